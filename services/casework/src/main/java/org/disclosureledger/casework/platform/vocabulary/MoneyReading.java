package org.disclosureledger.casework.platform.vocabulary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.disclosureledger.kernel.money.Yuan;

/** An amount in 元 as the interchange writes it: a decimal string such as "12.50" (a JSON number is read alike). */
public class MoneyReading extends StdDeserializer<Yuan> {
    public MoneyReading() {
        super(Yuan.class);
    }

    @Override
    public Yuan deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return Yuan.parse(parser.getText());
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return Yuan.parse(parser.getDecimalValue().toPlainString());
        }
        throw new IllegalArgumentException("must be a decimal string in 元 such as \"12.50\"");
    }
}
