package claimcheck.config;

import claimcheck.InputError;
import claimcheck.input.JsonSchemaFile;
import claimcheck.input.LocatedTree;
import claimcheck.input.Position;
import claimcheck.input.Suggestions;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import claimcheck.report.Renderers;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
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
 * rules: [rules, .claimcheck/rules]      # rule packs, or folders of packs
 * disable: [core/percent-change]         # rules that do not run
 * severity:                              # a rule's findings at its declared severity take this one
 *   extradition/assurance-attached: error
 * format: [json, md]                     # report formats
 * fail-on: warning                       # error, warning, info or none
 * out: reports                           # where reports go
 * baseline: claimcheck-baseline.yaml     # findings accepted for now
 * reference: [facts/reference]           # reference data claims are checked against (files or folders)
 * </pre>
 *
 * Paths in the file are relative to the file's folder and must lead inside it, links followed. The
 * file's shape is config.schema.json's ({@link #SCHEMA}). {@code sources} remembers where each rule id
 * was written, so that an id no loaded rule has is reported at its line and column.
 */
public record Config(String file, List<Path> rules, List<String> disabled, Map<String, Severity> severities,
                     List<String> formats, FailOn failOn, Path out, Path baseline, List<Path> reference, Map<String, Source> sources) {

    /** The file claimcheck looks for in the working directory when --config is not given. */
    public static final String FILE_NAME = "claimcheck.yaml";

    /** No settings at all. */
    public static final Config NONE = ofRules(null);

    /** Settings that name the rule folders only (null: none). */
    public static Config ofRules(List<Path> rules) {
        return new Config(null, rules, null, null, null, null, null, null, Map.of());
    }

    /** Settings without reference data (null: none). */
    public Config(String file, List<Path> rules, List<String> disabled, Map<String, Severity> severities,
                  List<String> formats, FailOn failOn, Path out, Path baseline, Map<String, Source> sources) {
        this(file, rules, disabled, severities, formats, failOn, out, baseline, null, sources);
    }

    /** Where a rule id was written in the file: its field path and position. */
    public record Source(String field, Position position) {}

    public Config {
        rules = rules == null ? null : List.copyOf(rules);
        disabled = disabled == null ? null : List.copyOf(disabled);
        severities = severities == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        formats = formats == null ? null : List.copyOf(formats);
        reference = reference == null ? null : List.copyOf(reference);
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

    /** claimcheck.yaml's schema: what an editor offers, and what {@link #load} enforces. */
    public static final String SCHEMA = "/claimcheck/config.schema.json";

    private static final class Schema {
        static final JsonSchemaFile INSTANCE = JsonSchemaFile.resource(SCHEMA, JsonSchemaFile.Wording.KEYS);
    }

    /** The file as written, once the schema has checked it: paths not yet resolved, names not yet checked. */
    record Written(List<String> rules, List<String> disable, Map<String, String> severity, List<String> format,
                   @JsonProperty("fail-on") String failOn, String out, String baseline, List<String> reference) {}

    /**
     * Reads a configuration file; {@code name} is how messages name it. The schema checks the shape;
     * then each path must stay inside the file's folder (a configuration can come with a pull
     * request, and must not make claimcheck read or write elsewhere), rule folders, reference data and
     * the baseline must exist, and format names must be known.
     */
    public static Config load(Path path, String name) {
        LocatedTree tree = Schema.INSTANCE.read(path, name, "configuration file");
        Written w = JsonSchemaFile.bind(tree, "", Written.class);
        Folder folder = new Folder(path, name, tree);
        Map<String, Source> sources = new LinkedHashMap<>();

        List<Path> rules = null;
        if (w.rules() != null) {
            rules = new ArrayList<>();
            for (int i = 0; i < w.rules().size(); i++) {
                String at = item(tree, "/rules", i);
                Path dir = folder.inside(at, w.rules().get(i));
                if (!Files.isDirectory(dir)) throw folder.error(at, "no such rules folder: " + dir);
                rules.add(dir);
            }
        }

        if (w.disable() != null) {
            for (int i = 0; i < w.disable().size(); i++) {
                String at = item(tree, "/disable", i);
                sources.put("disable\u0000" + w.disable().get(i), new Source(LocatedTree.fieldPath(at), tree.valueAt(at)));
            }
        }

        Map<String, Severity> severities = null;
        if (w.severity() != null) {
            severities = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : w.severity().entrySet()) {
                String at = "/severity/" + e.getKey().replace("~", "~0").replace("/", "~1");
                severities.put(e.getKey(), Severity.parse(e.getValue()));
                sources.put("severity\u0000" + e.getKey(), new Source(LocatedTree.fieldPath(at), tree.keyAt(at)));
            }
        }

        List<String> formats = null;
        if (w.format() != null) {
            formats = new ArrayList<>();
            for (int i = 0; i < w.format().size(); i++) {
                String at = item(tree, "/format", i);
                for (String f : w.format().get(i).split(",")) {
                    String format = f.strip();
                    if (!format.equals("all") && !Renderers.names().contains(format))
                        throw folder.error(at, "unknown format \"" + format + "\"; expected one of " + String.join(", ", Renderers.names()) + " or all");
                    formats.add(format);
                }
            }
        }

        FailOn failOn = w.failOn() == null ? null : FailOn.valueOf(w.failOn().toUpperCase(Locale.ROOT));
        Path out = w.out() == null ? null : folder.inside("/out", w.out());
        Path baseline = null;
        if (w.baseline() != null) {
            baseline = folder.inside("/baseline", w.baseline());
            if (!Files.isRegularFile(baseline)) throw folder.error("/baseline", "no such baseline file: " + baseline);
        }
        List<Path> reference = null;
        if (w.reference() != null) {
            reference = new ArrayList<>();
            for (int i = 0; i < w.reference().size(); i++) {
                String at = item(tree, "/reference", i);
                Path p = folder.inside(at, w.reference().get(i));
                if (!Files.exists(p)) throw folder.error(at, "no such reference file or folder: " + p);
                reference.add(p);
            }
        }
        return new Config(name, rules, w.disable(), severities, formats, failOn, out, baseline, reference, sources);
    }

    /** The pointer of the {@code i}th value of a setting written as a list, or of the setting when written as one value. */
    private static String item(LocatedTree tree, String pointer, int i) {
        return tree.root().at(pointer).isArray() ? pointer + "/" + i : pointer;
    }

    /** The configuration file's folder, which every path the file gives must stay inside. */
    private record Folder(Path config, String name, LocatedTree tree) {
        InputError error(String pointer, String message) {
            Position p = tree.valueAt(pointer);
            return new InputError(name, p.line(), p.column(), LocatedTree.fieldPath(pointer), message);
        }

        /**
         * {@code written} resolved against the folder as before (relative paths stay relative when the
         * file was named so), once it is known to lead inside the folder with every link followed.
         */
        Path inside(String pointer, String written) {
            Path base = Path.of(name).getParent();
            Path resolved = base == null ? Path.of(written) : base.resolve(written).normalize();
            Path folderName = Path.of(name).getFileName();
            try {
                Path folder = config.toAbsolutePath().getParent().toRealPath();
                if (!Path.of(written).isAbsolute() && followed(folder.resolve(written)).startsWith(folder)) return resolved;
            } catch (IOException e) {
                // a link that leads nowhere, or a folder that cannot be read: not known to be inside
            }
            throw error(pointer, written + " is outside the folder of " + folderName);
        }

        /** {@code p} with every link followed, as far as it exists; the rest, which cannot be a link, appended. */
        private static Path followed(Path p) throws IOException {
            Path existing = p;
            Deque<Path> rest = new ArrayDeque<>();
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                rest.push(existing.getFileName());
                existing = existing.getParent();
            }
            if (existing == null) throw new IOException("no part of " + p + " exists");
            Path real = existing.toRealPath();
            while (!rest.isEmpty()) real = real.resolve(rest.pop());
            return real.normalize();
        }
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
                commandLine.reference != null ? commandLine.reference : reference,
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
