package org.disclosureledger.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A ledger file in the interchange format (JSON Lines), written line by line as type, agency and field/value pairs. */
final class Ledger {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> lines = new ArrayList<>();

    Ledger line(String type, String agency, Object... fieldsAndValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type);
        line.put("agency", agency);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            line.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        try {
            lines.add(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Ledger agency(String agency, String name, String level, String parent) {
        return parent == null ? line("AgencyRegistered", agency, "name", name, "level", level)
                : line("AgencyRegistered", agency, "name", name, "level", level, "parent", parent);
    }

    Ledger received(String agency, String application, String receivedOn, String category) {
        return line("ApplicationReceived", agency, "application", application, "receivedOn", receivedOn,
                "applicantCategory", category, "channel", "ONLINE");
    }

    Ledger step(String type, String agency, String application, String on, Object... more) {
        Object[] fields = new Object[4 + more.length];
        fields[0] = "application";
        fields[1] = application;
        fields[2] = "on";
        fields[3] = on;
        System.arraycopy(more, 0, fields, 4, more.length);
        return line(type, agency, fields);
    }

    Ledger answered(String agency, String application, String on, String result) {
        return step("ApplicationAnswered", agency, application, on, "result", result);
    }

    int size() {
        return lines.size();
    }

    String ndjson() {
        return String.join("\n", lines) + "\n";
    }
}
