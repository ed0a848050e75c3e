package claimcheck.config;

import claimcheck.InputError;
import claimcheck.facts.LocatedTree;
import claimcheck.facts.Position;
import claimcheck.facts.Suggestions;
import claimcheck.facts.TreeReader;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import claimcheck.report.Renderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A project's settings for claimcheck, from claimcheck.yaml or from the command line; any setting may
 * be absent (null). {@link #overriddenBy} merges the two: a setting given on the command line replaces
 * the file's setting of the same name, whole.
 *
 * <pre>
 * rules: [rules, ../shared/rules]        # rule packs, or folders of packs
 * disable: [core/percent-change]         # rules that do not run
 * severity:                              # a rule's findings at its declared severity take this one
 *   extradition/assurance-attached: error
 * format: [json, md]                     # report formats
 * fail-on: warning                       # error, warning, info or none
 * out: reports                           # where reports go
 * baseline: claimcheck-baseline.yaml     # findings accepted for now
 * </pre>
 *
 * Paths in the file are relative to the file's folder. {@code sources} remembers where each rule id
 * was written, so that an id no loaded rule has is reported at its line and column.
 */
public record Config(String file, List<Path> rules, List<String> disabled, Map<String, Severity> severities,
                     List<String> formats, FailOn failOn, Path out, Path baseline, Map<String, Source> sources) {

    /** The file claimcheck looks for in the working directory when --config is not given. */
    public static final String FILE_NAME = "claimcheck.yaml";

    /** Every key the file may have. */
    public static final List<String> KEYS = List.of("rules", "disable", "severity", "format", "fail-on", "out", "baseline");

    /** No settings at all. */
    public static final Config NONE = new Config(null, null, null, null, null, null, null, null, Map.of());

    /** Where a rule id was written in the file: its field path and position. */
    public record Source(String field, Position position) {}

    public Config {
        rules = rules == null ? null : List.copyOf(rules);
        disabled = disabled == null ? null : List.copyOf(disabled);
        severities = severities == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        formats = formats == null ? null : List.copyOf(formats);
        sources = Map.copyOf(sources);
    }

    /**
     * The configuration for a run: the file {@code explicit} names (--config), else claimcheck.yaml in
     * the working directory if there is one, else {@link #NONE}.
     */
    public static Config find(Path explicit) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) throw new InputError(explicit.toString(), 0, 0, null, "no such configuration file");
            return load(explicit, explicit.toString());
        }
        Path here = Path.of(FILE_NAME);
        return Files.isRegularFile(here) ? load(here, FILE_NAME) : NONE;
    }

    /** Reads a configuration file; {@code name} is how messages name it. */
    public static Config load(Path path, String name) {
        TreeReader r = TreeReader.read(path, name, "configuration file");
        r.map("", KEYS, "a configuration: a map with " + String.join(", ", KEYS));
        Path base = Path.of(name).getParent();
        Map<String, Source> sources = new LinkedHashMap<>();

        List<Path> rules = null;
        if (r.has("/rules")) {
            rules = new ArrayList<>();
            List<String> dirs = r.texts("/rules", "a list of rule folders");
            if (dirs.isEmpty()) throw r.error("/rules", "expected at least one rule folder");
            for (int i = 0; i < dirs.size(); i++) {
                Path dir = resolve(base, dirs.get(i));
                String at = r.node("/rules").isArray() ? "/rules/" + i : "/rules";
                if (!Files.isDirectory(dir)) throw r.error(at, "no such rules folder: " + dir);
                rules.add(dir);
            }
        }

        List<String> disabled = null;
        if (r.has("/disable")) {
            disabled = r.texts("/disable", "a list of rule ids");
            for (int i = 0; i < disabled.size(); i++) {
                String at = r.node("/disable").isArray() ? "/disable/" + i : "/disable";
                sources.put("disable\u0000" + disabled.get(i), new Source(LocatedTree.fieldPath(at), r.positionOf(at)));
            }
        }

        Map<String, Severity> severities = null;
        if (r.has("/severity")) {
            severities = new LinkedHashMap<>();
            for (String id : r.anyMap("/severity", "a map from rule id to error, warning or info")) {
                String at = "/severity/" + TreeReader.escape(id);
                String level = r.text(at, "error, warning or info");
                try {
                    severities.put(id, Severity.parse(level));
                } catch (IllegalArgumentException e) {
                    throw r.error(at, "expected error, warning or info, got \"" + level + "\"");
                }
                sources.put("severity\u0000" + id, new Source(LocatedTree.fieldPath(at), r.keyPositionOf(at)));
            }
        }

        List<String> formats = null;
        if (r.has("/format")) {
            formats = new ArrayList<>();
            List<String> written = r.texts("/format", "a list of report formats");
            for (int i = 0; i < written.size(); i++) {
                String at = r.node("/format").isArray() ? "/format/" + i : "/format";
                for (String f : written.get(i).split(",")) {
                    String format = f.strip();
                    if (!format.equals("all") && !Renderers.names().contains(format))
                        throw r.error(at, "unknown format \"" + format + "\"; expected one of " + String.join(", ", Renderers.names()) + " or all");
                    formats.add(format);
                }
            }
            if (formats.isEmpty()) throw r.error("/format", "expected at least one report format");
        }

        FailOn failOn = null;
        if (r.has("/fail-on")) {
            String level = r.text("/fail-on", "error, warning, info or none");
            try {
                failOn = FailOn.valueOf(level.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("/fail-on", "expected error, warning, info or none, got \"" + level + "\"");
            }
        }

        Path out = r.has("/out") ? resolve(base, r.text("/out", "a folder for the reports")) : null;
        Path baseline = null;
        if (r.has("/baseline")) {
            baseline = resolve(base, r.text("/baseline", "the path of a baseline file"));
            if (!Files.isRegularFile(baseline)) throw r.error("/baseline", "no such baseline file: " + baseline);
        }
        return new Config(name, rules, disabled, severities, formats, failOn, out, baseline, sources);
    }

    private static Path resolve(Path base, String written) {
        return base == null ? Path.of(written) : base.resolve(written).normalize();
    }

    /**
     * These settings with every setting {@code commandLine} gives taken from it instead. The result
     * names this file, and remembers where the rule ids it kept from the file were written.
     */
    public Config overriddenBy(Config commandLine) {
        Map<String, Source> kept = new LinkedHashMap<>();
        sources.forEach((k, v) -> {
            boolean fromDisable = k.startsWith("disable\u0000");
            if (fromDisable ? commandLine.disabled == null : commandLine.severities == null) kept.put(k, v);
        });
        return new Config(file,
                commandLine.rules != null ? commandLine.rules : rules,
                commandLine.disabled != null ? commandLine.disabled : disabled,
                commandLine.severities != null ? commandLine.severities : severities,
                commandLine.formats != null ? commandLine.formats : formats,
                commandLine.failOn != null ? commandLine.failOn : failOn,
                commandLine.out != null ? commandLine.out : out,
                commandLine.baseline != null ? commandLine.baseline : baseline,
                kept);
    }

    /**
     * Requires every rule id in {@code disabled} and {@code severities} to be one of {@code known}, the
     * loaded rules' ids: an id from the file is reported at its line and column, one from the command
     * line by its option.
     */
    public void requireKnownRuleIds(Collection<String> known) {
        TreeSet<String> ids = new TreeSet<>(known);
        if (disabled != null) for (String id : disabled) require(ids, id, "disable", "--disable");
        if (severities != null) for (String id : severities.keySet()) require(ids, id, "severity", "--severity");
    }

    private void require(TreeSet<String> known, String id, String key, String option) {
        if (known.contains(id)) return;
        String best = Suggestions.closest(id, known);
        String message = "no rule \"" + id + "\" in the loaded rule packs" + (best == null ? "" : "; did you mean \"" + best + "\"?");
        Source s = sources.get(key + "\u0000" + id);
        if (s != null) throw new InputError(file, s.position().line(), s.position().column(), s.field(), message);
        throw new InputError(null, 0, 0, option, message);
    }
}
