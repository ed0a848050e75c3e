package claimcheck.report;

import claimcheck.JsonLayout;
import claimcheck.facts.DeclaredKind;
import claimcheck.rules.RuleCatalog;
import claimcheck.rules.RuleInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule catalog ({@code claimcheck rules}) as text for a terminal, as Markdown (docs/rules.md is
 * the shipped packs' catalog in it) or as JSON. Places are written {@code pack/file.drl:line}, so the
 * same packs give the same bytes on every machine. Markdown goes through the rules.md template and
 * the reports' Markdown escaper; JSON is {@link CatalogJson} in {@link JsonLayout}.
 */
public final class CatalogRenderer {
    private CatalogRenderer() {}

    /** The formats {@link #render} takes. */
    public static final List<String> FORMATS = List.of("text", "md", "json");

    /** The catalog in {@code format} (text, md or json); an unknown format is an IllegalArgumentException. */
    public static String render(RuleCatalog catalog, String format) {
        try {
            return switch (format) {
                case "text" -> text(catalog);
                case "md" -> markdown(catalog);
                case "json" -> JsonLayout.WRITER.writeValueAsString(CatalogJson.of(catalog)) + "\n";
                default -> throw new IllegalArgumentException("unknown format \"" + format + "\"; expected one of " + String.join(", ", FORMATS));
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack's section of the Markdown page. */
    public record PackView(String name, List<RuleInfo> rules) {}

    /** A declared kind's section of the Markdown page; {@code description} may be null. */
    public record KindView(String name, String typeName, String location, String description, List<FieldView> fields) {}

    /** A row of a kind's field table: required is "yes" or "no", meaning "" when the field has no description. */
    public record FieldView(String name, String value, String required, String meaning) {}

    private static String markdown(RuleCatalog catalog) throws IOException {
        List<PackView> packs = new ArrayList<>();
        catalog.byPack().forEach((name, rules) -> packs.add(new PackView(name, rules)));
        List<KindView> kinds = new ArrayList<>();
        for (DeclaredKind k : catalog.kinds()) {
            List<FieldView> fields = new ArrayList<>();
            for (DeclaredKind.Field f : k.fields())
                fields.add(new FieldView(f.name(), fieldType(f), f.required() ? "yes" : "no", f.description() == null ? "" : f.description()));
            kinds.add(new KindView(k.name(), k.typeName(), k.location(), k.description(), fields));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rules", catalog.rules());
        view.put("packs", packs);
        view.put("kinds", kinds);
        StringWriter out = new StringWriter();
        Templates.render(Templates.MARKDOWN_PAGE, "rules.md.peb", view, out);
        return out.toString();
    }

    /** What a declared field holds, in words. */
    private static String fieldType(DeclaredKind.Field f) {
        if (f.refersTo() == null) return f.type().expected();
        return f.refersTo().isEmpty() ? "the id of another fact" : "the id of a " + f.refersTo() + " fact";
    }

    /**
     * For a terminal: each rule's id, severity and place in aligned columns, its title and its help
     * wrapped at 100 columns; then the declared kinds. Plain text laid out by width, so written here
     * rather than through a template (which would only print lines laid out here).
     */
    private static String text(RuleCatalog catalog) {
        List<RuleInfo> rules = catalog.rules();
        StringBuilder s = new StringBuilder();
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (RuleInfo r : rules) {
            s.append(String.format("%-" + width + "s  %-7s  %s", r.id(), r.severity().label(), r.location())).append('\n');
            s.append("    ").append(r.title()).append('\n');
            wrap(s, r.help(), "    ", 100);
            s.append('\n');
        }
        int packs = catalog.byPack().size();
        s.append(rules.size()).append(rules.size() == 1 ? " rule" : " rules").append(" in ").append(packs)
                .append(packs == 1 ? " pack" : " packs").append('\n');
        if (!catalog.kinds().isEmpty()) {
            s.append("\nFact kinds declared by packs:\n");
            for (DeclaredKind k : catalog.kinds()) {
                s.append('\n').append(k.name()).append("  (").append(k.typeName()).append(", ").append(k.location()).append(")\n");
                if (k.description() != null) wrap(s, k.description(), "    ", 100);
                for (DeclaredKind.Field f : k.fields()) {
                    wrap(s, f.name() + ": " + fieldType(f) + ", " + (f.required() ? "required" : "optional")
                            + (f.description() == null ? "" : ". " + f.description()), "    ", 100);
                }
            }
        }
        return s.toString();
    }

    private static void wrap(StringBuilder s, String text, String indent, int width) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                s.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) line.append(' ');
            line.append(word);
        }
        if (line.length() > indent.length()) s.append(line).append('\n');
    }
}
