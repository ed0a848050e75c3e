package claimcheck.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a quantity that counts things, so every number in it must be whole. */
final class WholeQuantity extends StdDeserializer<Quantity> {
    WholeQuantity() { super(Quantity.class); }

    @Override
    public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        Quantity q;
        try {
            q = Quantity.fromJson(node);
        } catch (IllegalArgumentException e) {
            throw JsonMappingException.from(p, e.getMessage());
        }
        if (!q.isWhole()) throw JsonMappingException.from(p, "expected a whole number, got " + FactsSchema.shown(node));
        return q;
    }
}
