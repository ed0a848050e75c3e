package claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** JSON claimcheck writes can be embedded in an HTML script element; parsers read back the same text. */
class JsonLayoutTest {
    @Test
    void noStringCanEndAScriptElementOrAJavaScriptLine() throws Exception {
        String hostile = "Mexico</script><script>alert(1)</script><!-- & \u2028\u2029 ok";
        ObjectNode n = new ObjectMapper().createObjectNode().put("headline", hostile);
        String json = JsonLayout.WRITER.writeValueAsString(n);
        assertEquals("{\n  \"headline\": \"Mexico\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\\u003C!-- \\u0026 \\u2028\\u2029 ok\"\n}", json);
        for (String raw : new String[] {"<", ">", "&", "\u2028", "\u2029"}) assertFalse(json.contains(raw), raw);
        assertEquals(hostile, new ObjectMapper().readTree(json).get("headline").asText(), "the same text read back");
    }
}
