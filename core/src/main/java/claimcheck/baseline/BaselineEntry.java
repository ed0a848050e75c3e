package claimcheck.baseline;

import claimcheck.input.Position;
import claimcheck.findings.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * One recorded finding: which article, which rule, on which facts quoting which words; why it is
 * accepted for now and until when. {@code severity} and {@code message} are kept for the reader of
 * the file and play no part in matching. {@code position} is where the entry is written (UNKNOWN for
 * an entry not read from a file).
 */
public record BaselineEntry(String article, String rule, List<String> facts, List<String> quotes, Severity severity,
                            String message, String justification, LocalDate expires, Position position) {

    public BaselineEntry {
        if (article == null || rule == null) throw new IllegalArgumentException("article and rule are required");
        if (justification == null || justification.isBlank()) throw new IllegalArgumentException("an entry needs a justification");
        facts = List.copyOf(new TreeSet<>(facts));
        quotes = List.copyOf(new TreeSet<>(quotes));
        if (position == null) position = Position.UNKNOWN;
    }

    /** What an entry and a finding are matched on: never a line number, so edits elsewhere in the article keep it. */
    public record Key(String article, String rule, List<String> facts, List<String> quotes) implements Comparable<Key> {
        public Key {
            facts = List.copyOf(new TreeSet<>(facts));
            quotes = List.copyOf(new TreeSet<>(quotes));
        }

        @Override
        public int compareTo(Key o) {
            int c = article.compareTo(o.article);
            if (c == 0) c = rule.compareTo(o.rule);
            if (c == 0) c = String.join("\u0000", facts).compareTo(String.join("\u0000", o.facts));
            if (c == 0) c = String.join("\u0000", quotes).compareTo(String.join("\u0000", o.quotes));
            return c;
        }
    }

    public Key key() { return new Key(article, rule, facts, quotes); }

    /** True when {@code day} is after the expiry date: an entry suppresses up to and including that date. */
    public boolean expiredOn(LocalDate day) { return expires != null && day.isAfter(expires); }

    /** The same entry with another justification and expiry, as when a rewritten baseline keeps what a person wrote. */
    BaselineEntry keeping(BaselineEntry earlier) {
        return new BaselineEntry(article, rule, facts, quotes, severity, message, earlier.justification, earlier.expires, position);
    }
}
