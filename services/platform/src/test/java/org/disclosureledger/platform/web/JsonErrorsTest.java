package org.disclosureledger.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Malformed JSON is described by what and where, never by quoting it. */
class JsonErrorsTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonProcessingException parsing(String text) {
        return catchThrowableOfType(JsonProcessingException.class, () -> json.readTree(text));
    }

    @Test
    void anUnquotedNameIsNotRepeated() {
        JsonProcessingException error = parsing("{\"applicantName\": 张三丰}");
        assertThat(error.getOriginalMessage()).contains("张三丰");
        assertThat(JsonErrors.inLine(error)).isEqualTo("Unrecognized token at column 22");
    }

    @Test
    void anUnexpectedCharacterIsNotRepeated() {
        JsonProcessingException error = parsing("{\"applicantName\" 张}");
        assertThat(error.getOriginalMessage()).contains("张");
        assertThat(JsonErrors.inLine(error)).startsWith("Unexpected character at column").doesNotContain("张");
    }

    @Test
    void anUnrecognizedTokenIsNotRepeated() {
        JsonProcessingException error = parsing("{\n\"contact\": tel13900001111}");
        assertThat(JsonErrors.inText(error)).startsWith("Unrecognized token at line 2").doesNotContain("13900001111");
    }

    @Test
    void aTruncatedLineSaysSo() {
        assertThat(JsonErrors.inLine(parsing("{\"type\":"))).startsWith("Unexpected end-of-input");
    }
}
