package claimcheck.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fact kind a rule pack declares in its DRL ({@code declare Race @kind("race") id : String ... end})
 * rather than claimcheck in Java. Facts files use it like a built-in kind: the loader validates it
 * against a schema made from its fields and binds it into an instance of the declared class, which
 * is what the pack's rules match.
 *
 * @param name        the kind as facts files write it ({@code kind: race})
 * @param pack        the pack that declares it
 * @param typeName    the declared type's simple name, as rules match it ({@code Race})
 * @param type        the class Drools generated for the declaration
 * @param description the declaration's {@code @description}, or null
 * @param fields      the fields a facts file may give, in declaration order, {@code id} first
 * @param file        the DRL file as messages name it
 * @param line        the line of the {@code declare}
 */
public record DeclaredKind(String name, String pack, String typeName, Class<?> type, String description,
                           List<Field> fields, String file, int line) {

    /** Kind names: lower case words joined by '-'. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** Fields every fact has and the loader handles itself, so a declaration may not declare them. */
    public static final Set<String> RESERVED = Set.of("kind", "quote", "note", "accept");

    public DeclaredKind {
        fields = List.copyOf(fields);
    }

    /**
     * One declared field.
     *
     * @param refersTo    for a field marked {@code @ref}: the kind its value must name ("" for any kind); null otherwise
     */
    public record Field(String name, FieldType type, boolean required, String refersTo, String description) {}

    /** What a facts file may write in a declared field, by the field's Java type. */
    public enum FieldType {
        TEXT("a non-empty text", "String"),
        WHOLE("a whole number", "Integer or Long"),
        DECIMAL("a number", "BigDecimal"),
        BOOLEAN("true or false", "Boolean"),
        DATE("a date as YYYY, YYYY-MM or YYYY-MM-DD", "PartialDate"),
        QUANTITY("a number (or a qualified one such as \"about 90\")", "Quantity"),
        TEXTS("a list of texts", "java.util.List");

        private final String expected;
        private final String javaNames;

        FieldType(String expected, String javaNames) {
            this.expected = expected;
            this.javaNames = javaNames;
        }

        /** How error messages and the catalog say what belongs in the field. */
        public String expected() { return expected; }

        /** The field type for a declared field's class, or null when a facts file cannot give it. */
        public static FieldType of(Class<?> c) {
            if (c == String.class) return TEXT;
            if (c == Integer.class || c == int.class || c == Long.class || c == long.class) return WHOLE;
            if (c == BigDecimal.class) return DECIMAL;
            if (c == Boolean.class || c == boolean.class) return BOOLEAN;
            if (c == PartialDate.class) return DATE;
            if (c == Quantity.class) return QUANTITY;
            if (c == List.class) return TEXTS;
            return null;
        }

        /** The Java types a declaration may use, for the message that rejects any other. */
        public static String supported() {
            StringBuilder s = new StringBuilder();
            for (FieldType t : values()) s.append(s.length() == 0 ? "" : ", ").append(t.javaNames);
            return s.toString();
        }

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** The field named {@code name}, or null. */
    public Field field(String name) {
        for (Field f : fields) if (f.name().equals(name)) return f;
        return null;
    }

    /** Where the declaration is, stable on every machine: {@code pack/file.drl:line}. */
    public String location() {
        return pack + "/" + java.nio.file.Path.of(file).getFileName() + ":" + line;
    }
}
