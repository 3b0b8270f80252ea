package org.disclosureledger.casework.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The staff API over real HTTP, as a client sees it: JSON in, status and JSON out. */
public final class LedgerApi {
    public record Answer(int status, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public LedgerApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer importLines(String ndjson) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports")).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)));
    }

    /** GETs {@code path} until {@code condition} holds (event processors catch up asynchronously), at most {@code timeout}. */
    public Answer await(String path, Predicate<JsonNode> condition, Duration timeout) {
        return org.awaitility.Awaitility.await("GET " + path + " reaches the expected state").atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> get(path), answer -> answer.status() == 200 && condition.test(answer.body()));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("X-Ledger-User", "test-clerk").build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The event types of a case history answered by {@code GET .../history}, in order. */
    public static List<String> types(JsonNode history) {
        List<String> types = new ArrayList<>();
        history.forEach(entry -> types.add(entry.path("type").asText()));
        return types;
    }

    /** The last entry of that type in a case history, or null. */
    public static JsonNode last(JsonNode history, String type) {
        JsonNode found = null;
        for (JsonNode entry : history) {
            if (type.equals(entry.path("type").asText())) {
                found = entry;
            }
        }
        return found;
    }
}
