package claimcheck.cli;

import claimcheck.Printable;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * How option values are read: each converter parses one kind of value and, when it cannot, says what
 * it expected and what it got (escaped: option values may come from a script that took them from anywhere).
 * Public for the Spark job (claimcheck.spark.SparkVerify), which reads the same values.
 */
public final class OptionValues {
    private OptionValues() {}

    /** A converter from a parsing function and the words for what it expects. */
    public abstract static class Parsed<T> implements CommandLine.ITypeConverter<T> {
        private final Function<String, T> parse;
        private final String expected;

        Parsed(Function<String, T> parse, String expected) {
            this.parse = parse;
            this.expected = expected;
        }

        @Override
        public T convert(String value) {
            T parsed;
            try {
                parsed = parse.apply(value);
            } catch (RuntimeException e) {
                parsed = null;
            }
            if (parsed == null) throw new CommandLine.TypeConversionException("expected " + expected + ", got \"" + Printable.line(value) + "\"");
            return parsed;
        }
    }

    public static final class Date extends Parsed<LocalDate> {
        public Date() { super(LocalDate::parse, "a date YYYY-MM-DD"); }
    }

    public static final class Level extends Parsed<FailOn> {
        public Level() { super(v -> FailOn.valueOf(v.toUpperCase(Locale.ROOT)), "error, warning, info or none"); }
    }

    public static final class SeverityName extends Parsed<Severity> {
        public SeverityName() { super(Severity::parse, "error, warning or info"); }
    }

    /** A positive duration written as people write it: 500ms, 10s, 2m. */
    public static final class Time extends Parsed<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m)");

        public Time() { super(Time::parse, "a positive duration such as 500ms, 10s or 2m"); }

        private static Duration parse(String value) {
            Matcher m = FORM.matcher(value.strip());
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) return null;
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        }
    }

    /** Map keys of --severity RULE=LEVEL are rule ids, taken as written (checked once the rules are loaded). */
    public static final class RuleId implements CommandLine.ITypeConverter<String> {
        @Override public String convert(String value) { return value; }
    }
}
