package claimcheck.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a {@link Draft} as a facts file in YAML, with each proposal's confidence and doubts as
 * comments above it. Strings that YAML could read as something else are written double-quoted
 * (as JSON strings, which YAML reads the same). Same draft, same bytes.
 */
public final class DraftWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/()-]*[A-Za-z0-9.)]|[A-Za-z]");
    private static final Pattern RESERVED = Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~");

    private DraftWriter() {}

    public static String yaml(Draft d, String source) {
        StringBuilder out = new StringBuilder();
        out.append("# A draft of the facts of ").append(oneLine(source)).append(", proposed by claimcheck extract.\n");
        out.append("# Every fact needs an editor's check: \"confidence\" is the extractor's own estimate (0 to 1),\n");
        out.append("# and \"unsure:\" lines name what it guessed. Relative dates are counted from the publication date.\n");
        out.append("article:\n");
        out.append("  id: ").append(scalar(d.id())).append('\n');
        out.append("  title: ").append(scalar(d.title())).append("   # unsure: the headline\n");
        out.append("  published: ").append(d.published()).append('\n');
        out.append("  text: ").append(scalar(d.textPath())).append('\n');
        out.append('\n');
        if (d.facts().isEmpty()) {
            out.append("facts: []   # the extractor found nothing it could propose\n");
            return out.toString();
        }
        out.append("facts:\n");
        for (int i = 0; i < d.facts().size(); i++) {
            Proposal p = d.facts().get(i);
            out.append("  # confidence ").append(String.format(Locale.ROOT, "%.2f", p.confidence())).append(" (").append(p.claimKind()).append(")\n");
            for (String doubt : p.doubts()) out.append("  # unsure: ").append(oneLine(doubt)).append('\n');
            out.append("  - id: ").append(p.id()).append('\n');
            out.append("    kind: ").append(p.kind()).append('\n');
            for (Map.Entry<String, Object> f : p.fields().entrySet()) field(out, "    ", f.getKey(), f.getValue());
            out.append("    quote: ").append(quoted(d.quotes().get(i))).append('\n');
            out.append('\n');
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String indent, String key, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append(indent).append(key).append(":\n");
            for (Map.Entry<?, ?> e : map.entrySet()) field(out, indent + "  ", String.valueOf(e.getKey()), e.getValue());
        } else if (value instanceof List<?> list) {
            out.append(indent).append(key).append(": [");
            for (int i = 0; i < list.size(); i++) out.append(i == 0 ? "" : ", ").append(scalar(String.valueOf(list.get(i))));
            out.append("]\n");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(indent).append(key).append(": ").append(value).append('\n');
        } else {
            out.append(indent).append(key).append(": ").append(scalar(String.valueOf(value))).append('\n');
        }
    }

    /** Plain when YAML reads it back as the same string, else double-quoted. */
    static String scalar(String s) {
        return PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches() && !s.contains(" #") ? s : quoted(s);
    }

    static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }
}
