package claimcheck.report;

import claimcheck.facts.DerivedValue;
import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.Interval;
import claimcheck.facts.Measure;
import claimcheck.facts.Membership;
import claimcheck.facts.Quantity;
import claimcheck.facts.Total;
import claimcheck.findings.ArticleReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers behind a small bar chart of one total: a bar per component (stated, derived by a
 * rule, or unknown), the components stacked, and the stated total, all on one scale so a reader
 * sees at once whether the parts fill the whole. Geometry only; the HTML template draws it as SVG.
 */
record TotalChart(String totalId, String stated, String summary, int width, int height, List<Bar> bars, List<Label> labels) {
    static final int WIDTH = 680, LABEL_WIDTH = 200, BAR_AREA = 380, ROW = 26, BAR = 16, TOP = 8;

    /** kind: stated, derived, unknown or total. */
    record Bar(int x, int y, int width, int height, String kind, String title) {}

    /** anchor: start or end (SVG text-anchor). */
    record Label(int x, int y, String anchor, String kind, String text) {}

    private record Part(String id, String label, Quantity value, boolean derived) {}

    static List<TotalChart> of(ArticleReport r) {
        // Worked out once for every chart: each total's parts, the facts by id, and the first value derived for each
        // fact's field. Looked up per total, a big article's charts cost time in its totals times its facts.
        Map<String, List<Fact>> partsOf = new HashMap<>();
        for (Membership m : Membership.of(r.facts())) partsOf.computeIfAbsent(m.total(), k -> new ArrayList<>()).add(m.fact());
        Map<String, Fact> byId = new HashMap<>();
        for (Fact f : r.facts()) byId.put(f.id(), f);
        Map<List<String>, DerivedValue> derived = new HashMap<>();
        for (DerivedValue d : r.derived()) derived.putIfAbsent(List.of(d.factId(), d.field()), d);
        List<TotalChart> out = new ArrayList<>();
        for (Fact f : r.facts()) if (f instanceof Total t) out.add(of(t, partsOf.getOrDefault(t.id(), List.of()), byId, derived));
        return out;
    }

    /** The chart of {@code t}, whose parts are {@code members} (the facts it {@link Total#includes}, in facts-file order). */
    private static TotalChart of(Total t, List<Fact> members, Map<String, Fact> byId, Map<List<String>, DerivedValue> derivedValues) {
        List<Part> parts = new ArrayList<>();
        for (Fact f : members) {
            // Events, amounts and nested totals alike: whatever the total adds up, with the number it states.
            Quantity v = f.quantity();
            boolean derived = false;
            if (v == null) {
                DerivedValue d = derivedValues.get(List.of(f.id(), f instanceof Event ? "count" : "value"));
                if (d != null) {
                    v = d.value();
                    derived = true;
                }
            }
            parts.add(new Part(f.id(), label(f), v, derived));
        }
        parts = distinctlyLabelled(parts, byId);
        // Components in the order the total lists them (where each is first listed), else in facts-file order.
        if (!t.components().isEmpty()) {
            Map<String, Integer> listedAt = new HashMap<>();
            for (String c : t.components()) listedAt.putIfAbsent(c, listedAt.size());
            parts.sort(Comparator.comparingInt(p -> listedAt.getOrDefault(p.id(), -1)));
        }

        BigDecimal sum = BigDecimal.ZERO;
        for (Part p : parts) if (p.value() != null) sum = sum.add(magnitude(p.value()));
        double scale = BAR_AREA / Math.max(1.0, Math.max(sum.doubleValue(), magnitude(t.value()).doubleValue()));

        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int y = TOP;
        StringBuilder terms = new StringBuilder();
        for (Part p : parts) {
            String kind = p.value() == null ? "unknown" : p.derived() ? "derived" : "stated";
            String value = p.value() == null ? "not stated" : p.value() + (p.derived() ? " (derived)" : "");
            int w = p.value() == null ? 0 : px(magnitude(p.value()).doubleValue() * scale);
            labels.add(new Label(LABEL_WIDTH - 8, y + BAR - 3, "end", "name", clip(p.label())));
            if (w > 0) bars.add(new Bar(LABEL_WIDTH, y, w, BAR, kind, p.label() + ": " + value));
            labels.add(new Label(LABEL_WIDTH + w + 6, y + BAR - 3, "start", kind, value));
            if (terms.length() > 0) terms.append(" + ");
            terms.append(p.value() == null ? "?" : p.value() + (p.derived() ? " (derived)" : ""));
            y += ROW;
        }

        // The components stacked, then the stated total, on the same scale.
        labels.add(new Label(LABEL_WIDTH - 8, y + BAR - 3, "end", "name", "components together"));
        int x = LABEL_WIDTH;
        for (Part p : parts) {
            if (p.value() == null) continue;
            int w = px(magnitude(p.value()).doubleValue() * scale);
            if (w > 0) bars.add(new Bar(x, y, w, BAR, p.derived() ? "derived" : "stated", p.label() + ": " + p.value()));
            x += w;
        }
        boolean complete = parts.stream().allMatch(p -> p.value() != null);
        String sumShown = t.value().display(Interval.point(sum));
        String sumText = parts.isEmpty() ? "no component" : complete ? "= " + sumShown : sumShown + " and unknowns";
        labels.add(new Label(x + 6, y + BAR - 3, "start", "sum", sumText));
        y += ROW;
        int tw = px(magnitude(t.value()).doubleValue() * scale);
        labels.add(new Label(LABEL_WIDTH - 8, y + BAR - 3, "end", "name", "stated total"));
        bars.add(new Bar(LABEL_WIDTH, y, Math.max(tw, 1), BAR, "total", label(t) + ": " + t.value()));
        labels.add(new Label(LABEL_WIDTH + tw + 6, y + BAR - 3, "start", "total", t.value().toString()));
        y += ROW;

        String summary = (parts.isEmpty() ? "no component" : terms + (complete ? " = " + sumShown : ""))
                + "; stated total " + t.value();
        return new TotalChart(t.id(), t.value().toString(), summary, WIDTH, y + TOP, bars, labels);
    }

    /** The length a quantity is drawn with: its value, or the middle of its range. */
    static BigDecimal magnitude(Quantity q) {
        if (q.value() != null) return q.value();
        return q.min().add(q.max()).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
    }

    private static int px(double v) { return (int) Math.round(Math.max(0, v)); }

    /**
     * The parts with labels a reader can tell apart: where two would read the same (two events of
     * one type and month), each of those takes the article's words for it, then its id as a last resort.
     */
    private static List<Part> distinctlyLabelled(List<Part> parts, Map<String, Fact> byId) {
        List<Part> out = new ArrayList<>(parts);
        for (int pass = 0; pass < 2; pass++) {
            java.util.Map<String, Long> seen = new java.util.HashMap<>();
            for (Part p : out) seen.merge(p.label(), 1L, Long::sum);
            for (int i = 0; i < out.size(); i++) {
                Part p = out.get(i);
                if (seen.get(p.label()) < 2) continue;
                String label = pass == 0 ? byId.get(p.id()).quotes().get(0) : p.label() + " (" + p.id() + ")";
                out.set(i, new Part(p.id(), label, p.value(), p.derived()));
            }
        }
        return out;
    }

    /**
     * What a bar counts, in the article's terms rather than the facts file's ids: "transfer of
     * 2026-01" for an event, "health spending" for a measure, the words quoted for anything else.
     */
    static String label(Fact f) {
        if (f instanceof Event e) return e.type() + (e.date() == null ? "" : " of " + e.date());
        if (f instanceof Measure m) return m.subject() + (m.metric() == null ? "" : " " + m.metric());
        return f.quotes().get(0);
    }

    private static String clip(String s) { return s.length() <= 28 ? s : s.substring(0, 27) + "…"; }
}
