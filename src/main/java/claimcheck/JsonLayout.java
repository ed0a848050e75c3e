package claimcheck;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The one layout of every JSON file claimcheck writes: two-space indents, "\n" line ends, {@code "key": value}. */
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
        WRITER = new ObjectMapper().writer(pp);
    }
}
