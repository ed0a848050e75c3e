package claimcheck.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template engines of the HTML and Markdown reports and of the rule catalog's Markdown (Pebble,
 * templates under {@code claimcheck/templates/} on the class path). Every engine escapes every value a
 * template prints: HTML with {@link #html(String)}, which writes what Pebble's own strategy writes,
 * Markdown with the one Markdown escaper, {@link #markdown(String, LiveReferences)}. A template opts out
 * only with {@code | raw}, which ours use for nothing that comes from the facts, the article or a rule pack.
 */
final class Templates {
    private Templates() {}

    static final PebbleEngine HTML = builder().addEscapingStrategy("html", Templates::html).defaultEscapingStrategy("html").build();

    /** Markdown posted where it is live (findings.md, a pull-request comment): mentions, references and links neutralised. */
    static final PebbleEngine MARKDOWN = markdownEngine(LiveReferences.NEUTRALISE);

    /** Markdown of a page kept in a repository (docs/rules.md): escaped the same way, its links left to work. */
    static final PebbleEngine MARKDOWN_PAGE = markdownEngine(LiveReferences.KEEP);

    private static PebbleEngine markdownEngine(LiveReferences live) {
        return builder()
                .addEscapingStrategy("markdown", s -> markdown(s, live))
                .defaultEscapingStrategy("markdown")
                .extension(new MarkdownFilters())
                .build();
    }

    private static PebbleEngine.Builder builder() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("claimcheck/templates");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .defaultLocale(Locale.ROOT);
    }

    /** Renders straight into {@code out}, so that a bounded writer stops a report that grows too large. */
    static void render(PebbleEngine engine, String template, Map<String, Object> context, Writer out) throws IOException {
        engine.getTemplate(template).evaluate(out, context);
    }

    /** What the Markdown escaper does with text that GitHub or GitLab would make live in a comment. */
    enum LiveReferences {
        /**
         * Put it in a code span, where it neither links nor notifies: for Markdown posted as a comment
         * (findings.md), where a quote must not ping people or link issues.
         */
        NEUTRALISE,
        /**
         * Leave it as text, escaped like any other: for a page committed to a repository (docs/rules.md),
         * where mentions notify no one and a link in a rule's help is meant to work.
         */
        KEEP
    }

    /**
     * Text in HTML, an element's content or a quoted attribute value: {@code & < > " '} written as Pebble's own
     * {@code html} strategy writes them ({@code &amp; &lt; &gt; &quot; &#39;}), everything else as it is.
     * Pebble's strategy is unbescape's {@code escapeHtml4Xml}, whose first use builds tables of every HTML5
     * character reference: about 50 ms of each run that writes report.html, to replace these five.
     */
    static String html(String s) {
        int i = 0;
        while (i < s.length() && !htmlSpecial(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean htmlSpecial(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }

    /** Text escaped for findings.md: {@link #markdown(String, LiveReferences)} with live references neutralised. */
    static String markdown(String s) { return markdown(s, LiveReferences.NEUTRALISE); }

    /**
     * Text in a Markdown paragraph or table cell: Markdown and HTML specials escaped, lines joined.
     * With {@link LiveReferences#NEUTRALISE}, whatever GitHub or GitLab would make live in a comment is
     * put in a code span: {@code @name} and {@code @org/team} mentions, {@code #123}, {@code !123},
     * {@code &123} and {@code owner/repo#123} references (not {@code $5}: money is common in articles),
     * {@code GH-123}, bare URLs, {@code www.} links and e-mail addresses.
     */
    static String markdown(String s, LiveReferences live) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        if (live == LiveReferences.KEEP || !mayBeLive(s)) {
            markdownText(s, b);
            return b.toString();
        }
        Matcher m = LIVE.matcher(s).useTransparentBounds(true);
        int at = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) end--; // "see https://x.org." ends before the dot
            markdownText(s.substring(at, m.start()), b);
            b.append('`').append(markdownCode(s.substring(m.start(), end))).append('`');
            at = end;
            m.region(end, s.length());
        }
        markdownText(s.substring(at), b);
        return b.toString();
    }

    /** What comment renderers link or notify on; none of it holds a backtick, so a code span holds it whole. */
    static final Pattern LIVE = Pattern.compile(String.join("|",
            "(?i:\\b(?:https?|ftp)://[^\\s<>`|]+)",                             // bare URLs
            "(?i:(?<![\\w.@/-])www\\.[^\\s<>`|]+)",                              // www. links
            "[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+",                     // e-mail addresses
            "(?<![\\w`])@[A-Za-z0-9][A-Za-z0-9_-]*(?:/[A-Za-z0-9][\\w.-]*)?",     // @user, @org/team
            "(?<![\\w`])(?:[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?[#!&]\\d+",           // #123, owner/repo#123, GitLab !12 and &3
            "(?i:(?<![\\w`])GH-\\d+)"));                                       // GH-123
    private static final String TRAILING = ".,:;!?'\")]}";

    /**
     * False when {@link #LIVE} cannot match {@code s}: every match holds {@code @}, {@code #}, {@code !}, {@code &},
     * {@code ://}, {@code www.} or {@code GH-} (any case). Most of a report's text holds none, and the search itself
     * was most of the time findings.md took to render.
     */
    static boolean mayBeLive(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '@', '#', '!', '&' -> { return true; }
                case ':' -> { if (s.startsWith("//", i + 1)) return true; }
                case 'w', 'W' -> { if (s.regionMatches(true, i, "www.", 0, 4)) return true; }
                case 'g', 'G' -> { if (s.regionMatches(true, i, "gh-", 0, 3)) return true; }
                default -> { }
            }
        }
        return false;
    }

    private static void markdownText(String s, StringBuilder b) {
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
