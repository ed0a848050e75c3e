package claimcheck.reference;

import claimcheck.InputError;
import claimcheck.facts.PartialDate;
import claimcheck.facts.Quantity;
import claimcheck.input.JsonSchemaFile;
import claimcheck.input.LocatedTree;
import claimcheck.input.Position;
import claimcheck.input.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads reference files (reference.schema.json) into {@link ReferenceData}: schema first, then the
 * checks a schema cannot make (impossible dates, a term or window that ends before it starts, a
 * source id that is not defined, an entry id used twice, in one file or across the files given).
 * The first problem is an {@link InputError} naming file, line, column and field; nothing is half-loaded.
 */
public final class ReferenceLoader {
    public static final String SCHEMA = "/claimcheck/reference.schema.json";

    private static final class Schema {
        static final JsonSchemaFile INSTANCE = JsonSchemaFile.resource(SCHEMA,
                new JsonSchemaFile.Wording("field", false, (pointer, shown) -> null));
    }

    /** One entry's id, where it was first defined. */
    private record Defined(String file, Position at) {}

    /**
     * Loads every file named, and every .yaml, .yml and .json file directly in each folder named (in
     * name order); messages name each file as found from the paths given.
     */
    public ReferenceData load(List<Path> paths) {
        List<String> files = new ArrayList<>();
        List<OfficeHolder> holders = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        Map<String, Defined> ids = new HashMap<>();
        for (Path p : expand(paths)) {
            String name = p.toString();
            LocatedTree tree = Schema.INSTANCE.read(p, name, "reference file");
            Map<String, Source> sources = sources(name, tree);
            JsonNode hs = tree.root().path("holders");
            for (int i = 0; i < hs.size(); i++) holders.add(holder(name, tree, "/holders/" + i, sources, ids));
            JsonNode ts = tree.root().path("tallies");
            for (int i = 0; i < ts.size(); i++) tallies.add(tally(name, tree, "/tallies/" + i, sources, ids));
            files.add(name);
        }
        return new ReferenceData(files, holders, tallies);
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> found = s.filter(f -> Files.isRegularFile(f) && isReferenceName(f)).sorted().toList();
                    if (found.isEmpty()) throw new InputError(p.toString(), 0, 0, null, "no reference files here (.yaml, .yml or .json)");
                    out.addAll(found);
                } catch (IOException e) {
                    throw new InputError(p.toString(), 0, 0, null, "cannot list the folder: " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isReferenceName(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static Map<String, Source> sources(String name, LocatedTree tree) {
        Map<String, Source> out = new LinkedHashMap<>();
        JsonNode ss = tree.root().get("sources");
        for (Iterator<String> it = ss.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            String at = "/sources/" + id.replace("~", "~0").replace("/", "~1");
            JsonNode s = ss.get(id);
            LocalDate accessed = date(name, tree, at + "/accessed").earliest();
            if (s.has("published")) date(name, tree, at + "/published");
            out.put(id, new Source(id, s.get("publisher").asText(), s.get("title").asText(), text(s, "url"), text(s, "published"), accessed));
        }
        return out;
    }

    private static OfficeHolder holder(String name, LocatedTree tree, String at, Map<String, Source> sources, Map<String, Defined> ids) {
        JsonNode h = tree.root().at(at);
        String id = unique(name, tree, at, ids);
        List<String> officeNames = new ArrayList<>();
        h.path("officeNames").forEach(n -> officeNames.add(n.asText()));
        PartialDate from = date(name, tree, at + "/from");
        PartialDate to = h.has("to") ? date(name, tree, at + "/to") : null;
        List<Source> cited = cited(name, tree, at, sources);
        try {
            return new OfficeHolder(id, h.get("person").asText(), h.get("office").asText(), officeNames,
                    h.get("jurisdiction").asText(), from, to, cited);
        } catch (IllegalArgumentException e) {
            throw error(name, tree, at + (to != null ? "/to" : ""), e.getMessage());
        }
    }

    private static Tally tally(String name, LocatedTree tree, String at, Map<String, Source> sources, Map<String, Defined> ids) {
        JsonNode t = tree.root().at(at);
        String id = unique(name, tree, at, ids);
        boolean dated = t.has("date"), windowed = t.has("window");
        if (dated == windowed)
            throw error(name, tree, at, dated ? "give either date (one event) or window (a period), not both"
                    : "missing date (one event) or window (a period): say what the tally counts");
        if (windowed && (t.has("from") || t.has("to")))
            throw error(name, tree, at + (t.has("from") ? "/from" : "/to"), "from and to name the parties of a dated tally; a window tally has none");
        PartialDate date = dated ? date(name, tree, at + "/date") : null;
        PartialDate wFrom = windowed ? date(name, tree, at + "/window/from") : null;
        PartialDate wTo = windowed ? date(name, tree, at + "/window/to") : null;
        List<Source> cited = cited(name, tree, at, sources);
        try {
            return new Tally(id, t.get("eventType").asText(), date, wFrom, wTo, text(t, "from"), text(t, "to"),
                    Quantity.exact(t.get("value").bigIntegerValue().longValueExact()), text(t, "unit"), cited);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw error(name, tree, at + (windowed ? "/window/to" : ""), e.getMessage());
        }
    }

    /** The entry's id, refused when another entry (of either kind, in any file given) has it. */
    private static String unique(String name, LocatedTree tree, String at, Map<String, Defined> ids) {
        String id = tree.root().at(at + "/id").asText();
        Defined first = ids.putIfAbsent(id, new Defined(name, tree.valueAt(at + "/id")));
        if (first != null)
            throw error(name, tree, at + "/id", "duplicate id \"" + id + "\" (first used in " + first.file() + " at line " + first.at().line() + ")");
        return id;
    }

    private static List<Source> cited(String name, LocatedTree tree, String at, Map<String, Source> sources) {
        List<Source> out = new ArrayList<>();
        JsonNode ids = tree.root().at(at + "/sources");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i).asText();
            Source s = sources.get(id);
            if (s == null) {
                String best = Suggestions.closest(id, sources.keySet());
                throw error(name, tree, at + "/sources/" + i, "unknown source id \"" + id + "\"" + (best == null ? "" : "; did you mean \"" + best + "\"?"));
            }
            out.add(s);
        }
        return out;
    }

    private static PartialDate date(String name, LocatedTree tree, String at) {
        try {
            return PartialDate.parse(tree.root().at(at).asText());
        } catch (IllegalArgumentException e) {
            throw error(name, tree, at, e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static InputError error(String name, LocatedTree tree, String pointer, String message) {
        Position p = tree.valueAt(pointer);
        return new InputError(name, p.line(), p.column(), LocatedTree.fieldPath(pointer), message);
    }
}
