package claimcheck.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The template engines of the HTML and Markdown reports (Pebble, templates under
 * {@code claimcheck/templates/} on the class path). Both escape every value a template prints:
 * HTML with Pebble's own strategy, Markdown with {@link #markdown}. A template opts out only with
 * {@code | raw}, which ours use for nothing that comes from the facts or the article.
 */
final class Templates {
    private Templates() {}

    static final PebbleEngine HTML = builder().defaultEscapingStrategy("html").build();

    static final PebbleEngine MARKDOWN = builder()
            .addEscapingStrategy("markdown", Templates::markdown)
            .defaultEscapingStrategy("markdown")
            .extension(new MarkdownFilters())
            .build();

    private static PebbleEngine.Builder builder() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("claimcheck/templates");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .defaultLocale(Locale.ROOT);
    }

    static String render(PebbleEngine engine, String template, Map<String, Object> context) {
        StringWriter w = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(w, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Text in a Markdown paragraph or table cell: Markdown and HTML specials escaped, lines joined. */
    static String markdown(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '|' -> b.append("\\|");
                case '\r', '\n' -> b.append(' ');
                case '\\', '`', '*', '_', '[', ']', '~' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Text inside a Markdown code span: only what would end the span or the table cell is replaced. */
    static String markdownCode(String s) {
        return s.replace("`", "'").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }

    /** {@code | code}: a value for a code span, escaped for that context instead of as text. */
    private static final class MarkdownFilters extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("code", new Filter() {
                @Override public List<String> getArgumentNames() { return List.of(); }

                @Override
                public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                    return input == null ? null : new SafeString(markdownCode(String.valueOf(input)));
                }
            });
        }
    }
}
