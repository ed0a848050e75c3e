package claimcheck.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every report format by name; --format and its help take their names from here. */
public final class Renderers {
    private static final Map<String, Renderer> ALL = new LinkedHashMap<>();
    static {
        for (Renderer r : List.of(new JsonRenderer(), new MarkdownRenderer(), new HtmlRenderer(), new SarifRenderer(),
                new JunitRenderer(), new ClaimReviewRenderer())) ALL.put(r.format(), r);
    }

    private Renderers() {}

    public static List<String> names() { return List.copyOf(ALL.keySet()); }

    /** The formats written when none is asked for, comma-separated: a constant, so that --help can name it. */
    public static final String DEFAULTS = "json,md,html";

    /** The formats written when none is asked for. */
    public static List<String> defaults() { return List.of(DEFAULTS.split(",")); }

    /** The renderers for {@code names} in the order given; an unknown name is an IllegalArgumentException. */
    public static List<Renderer> of(List<String> names) {
        List<Renderer> out = new ArrayList<>();
        for (String n : names) {
            if (n.equals("all")) return Collections.unmodifiableList(new ArrayList<>(ALL.values()));
            Renderer r = ALL.get(n);
            if (r == null) throw new IllegalArgumentException("unknown format \"" + n + "\"; expected one of " + String.join(", ", names()) + " or all");
            if (!out.contains(r)) out.add(r);
        }
        return out;
    }
}
