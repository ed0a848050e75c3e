package claimcheck.facts;

import claimcheck.InputError;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the values of a small YAML or JSON file claimcheck owns the format of (claimcheck.yaml, a
 * baseline, a rule case's expected.yaml) strictly: an unknown key, a missing one or a value of the
 * wrong shape is an {@link InputError} naming file, line, column and field.
 */
public final class TreeReader {
    private final String file;
    private final LocatedTree tree;

    private TreeReader(String file, LocatedTree tree) {
        this.file = file;
        this.tree = tree;
    }

    /**
     * Reads {@code path}; messages name it {@code name}; {@code what} says what the file is ("configuration
     * file"). A file with no document in it (empty, or only comments) reads as an empty map.
     */
    public static TreeReader read(Path path, String name, String what) {
        return new TreeReader(name, LocatedTree.readOrEmpty(name, TextFile.read(name, path, what)));
    }

    public String file() { return file; }

    public JsonNode node(String pointer) { return tree.root().at(pointer); }

    public boolean has(String pointer) { return !tree.root().at(pointer).isMissingNode(); }

    public Position positionOf(String pointer) { return tree.valueAt(pointer); }

    public Position keyPositionOf(String pointer) { return tree.keyAt(pointer); }

    /** Requires a map at {@code pointer} whose keys are all {@code allowed}; returns its keys in file order. */
    public List<String> map(String pointer, Collection<String> allowed, String expected) {
        JsonNode n = node(pointer);
        if (!n.isObject()) throw error(pointer, "expected " + expected + ", got " + FactsSchema.shown(n));
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                String best = Suggestions.closest(k, allowed);
                throw errorAtKey(pointer + "/" + escape(k), "unknown key" + (best != null ? "; did you mean \"" + best + "\"?"
                        : "; expected one of " + String.join(", ", allowed)));
            }
            keys.add(k);
        }
        return keys;
    }

    /** Requires a map at {@code pointer}; returns its keys in file order (any key allowed). */
    public List<String> anyMap(String pointer, String expected) {
        JsonNode n = node(pointer);
        if (!n.isObject()) throw error(pointer, "expected " + expected + ", got " + FactsSchema.shown(n));
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    public void require(String pointer, String key) {
        if (!has(pointer + "/" + escape(key))) throw new InputError(file, tree.valueAt(pointer).line(), tree.valueAt(pointer).column(),
                LocatedTree.fieldPath(pointer + "/" + escape(key)), "missing key");
    }

    /** A non-empty text at {@code pointer}. */
    public String text(String pointer, String expected) {
        JsonNode n = node(pointer);
        if (!n.isTextual() || n.textValue().isBlank()) throw error(pointer, "expected " + expected + ", got " + FactsSchema.shown(n));
        return n.textValue();
    }

    /** A list of non-empty texts at {@code pointer}; a single text is taken as a list of one. */
    public List<String> texts(String pointer, String expected) {
        JsonNode n = node(pointer);
        List<String> out = new ArrayList<>();
        if (n.isTextual() && !n.textValue().isBlank()) {
            out.add(n.textValue());
            return out;
        }
        if (!n.isArray()) throw error(pointer, "expected " + expected + ", got " + FactsSchema.shown(n));
        for (int i = 0; i < n.size(); i++) out.add(text(pointer + "/" + i, expected.startsWith("a list of ") ? expected.substring(10) : expected));
        return out;
    }

    /** A full date YYYY-MM-DD at {@code pointer}. */
    public LocalDate date(String pointer) {
        JsonNode n = node(pointer);
        if (n.isTextual()) {
            try {
                return LocalDate.parse(n.textValue());
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        throw error(pointer, "expected a full date YYYY-MM-DD, got " + FactsSchema.shown(n));
    }

    /** An error about the value at {@code pointer}. */
    public InputError error(String pointer, String message) {
        Position p = tree.valueAt(pointer);
        return new InputError(file, p.line(), p.column(), LocatedTree.fieldPath(pointer), message);
    }

    /** An error about the key of the member at {@code pointer}. */
    public InputError errorAtKey(String pointer, String message) {
        Position p = tree.keyAt(pointer);
        return new InputError(file, p.line(), p.column(), LocatedTree.fieldPath(pointer), message);
    }

    /** A key as a JSON Pointer step. */
    public static String escape(String key) { return key.replace("~", "~0").replace("/", "~1"); }
}
