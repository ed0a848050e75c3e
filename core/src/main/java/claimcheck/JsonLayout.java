package claimcheck;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one layout of every JSON file claimcheck writes: two-space indents, "\n" line ends, {@code "key": value},
 * and {@code <}, {@code >}, {@code &}, U+2028 and U+2029 in strings written as {@code \u003C} and so on.
 */
public final class JsonLayout {
    private JsonLayout() {}

    public static final ObjectWriter WRITER;
    static {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        pp.indentObjectsWith(indent);
        pp.indentArraysWith(indent);
        // Renderers write straight into the report's writer and end it with a line feed of their own.
        WRITER = new ObjectMapper().writer(pp).with(new EmbeddableEscapes()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * JSON that is safe inside an HTML {@code <script>} element (ClaimReview is made for
     * {@code <script type="application/ld+json">}): no string can hold {@code </script>} or
     * {@code <!--}, and no line separator that older JavaScript parsers take for a line end. Every
     * JSON parser reads the escapes back as the same characters, so it costs nothing to do for all.
     */
    static final class EmbeddableEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        EmbeddableEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override public int[] getEscapeCodesForAscii() { return ascii; }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> new SerializedString("\\u2028");
                case 0x2029 -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
