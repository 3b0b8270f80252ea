package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description lists every endpoint of casework and reporting: each method and path that the node's
 * controllers map is an operation of {@code /v3/api-docs}, and it describes nothing else; Swagger UI is served.
 */
@SpringBootTest(classes = SingleNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionTest {
    @Autowired
    private TestRestTemplate http;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsDescribed() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.disclosureledger.")) {
                for (String path : paths(info)) {
                    for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                        mapped.add(verb.name() + " " + path);
                    }
                }
            }
        });
        JsonNode description = LedgerClient.json(http.getForObject("/v3/api-docs", String.class));
        Set<String> described = new TreeSet<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(verb -> described.add(verb.toUpperCase() + " " + path.getKey())));

        assertThat(mapped).contains("POST /api/v1/imports", "POST /api/v1/agencies/{agency}/records",
                "GET /api/v1/agencies/{agency}/annual-reports/{year}", "PUT /api/v1/calendar/years/{year}");
        assertThat(described).isEqualTo(mapped);
    }

    @Test
    void theRequestRecordsAreDescribed() {
        JsonNode schemas = LedgerClient.json(http.getForObject("/v3/api-docs", String.class)).path("components").path("schemas");
        assertThat(schemas.path("Received").path("properties").has("receivedOn")).isTrue();
        assertThat(schemas.path("Received").path("required").toString()).contains("receivedOn", "applicantCategory");
        JsonNode records = LedgerClient.json(http.getForObject("/v3/api-docs", String.class)).path("paths")
                .path("/api/v1/agencies/{agency}/records").path("post").path("requestBody").path("content");
        assertThat(records.findValue("oneOf")).as("every record type of the vocabulary").hasSize(org.disclosureledger.casework.ledgerimport.LedgerVocabulary.TYPES.size());
    }

    @Test
    void swaggerUiIsServed() {
        ResponseEntity<String> ui = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(ui.getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().value()).isIn(200, 302);
    }

    private static Set<String> paths(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternsCondition().getPatterns();
    }
}
