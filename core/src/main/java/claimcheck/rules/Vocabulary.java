package claimcheck.rules;

import claimcheck.InputError;
import claimcheck.input.LocatedTree;
import claimcheck.input.Position;
import claimcheck.input.TextFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The word lists rule packs read (which legal bases are extradition, which words call an act
 * extradition), kept in each pack's vocabulary.yaml so no rule's logic names a domain word.
 * Lists are named {@code pack/list}; words compare case-insensitively.
 */
public final class Vocabulary {
    private final Map<String, Set<String>> lists;

    public Vocabulary(Map<String, ? extends Iterable<String>> lists) {
        Map<String, Set<String>> m = new TreeMap<>();
        lists.forEach((name, words) -> {
            Set<String> s = new TreeSet<>();
            for (String w : words) s.add(norm(w));
            m.put(name, Set.copyOf(s));
        });
        this.lists = Map.copyOf(m);
    }

    /** True when {@code word} is on list {@code list}; false for a null word; an unknown list is an error in the rule. */
    public boolean has(String list, String word) {
        if (word == null) return false;
        Set<String> s = lists.get(list);
        if (s == null) throw new IllegalArgumentException("no vocabulary list \"" + list + "\"");
        return s.contains(norm(word));
    }

    public Map<String, Set<String>> lists() { return lists; }

    private static String norm(String w) { return w.strip().toLowerCase(Locale.ROOT); }

    /** The vocabulary.yaml files of {@code packs}, each a map from list name to a list of words, as one vocabulary. */
    static Vocabulary read(List<RulePacks.Pack> packs) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (RulePacks.Pack p : packs) if (p.vocabulary() != null) words.putAll(read(p));
        return new Vocabulary(words);
    }

    private static Map<String, List<String>> read(RulePacks.Pack p) {
        String name = p.vocabulary().toString();
        LocatedTree tree = LocatedTree.read(name, TextFile.read(name, p.vocabulary(), "vocabulary file"));
        JsonNode root = tree.root();
        if (!root.isObject()) throw at(name, tree, "", "expected a map of list names to lists of words");
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String ptr = "/" + e.getKey();
            if (!e.getValue().isArray()) throw at(name, tree, ptr, "expected a list of words");
            List<String> words = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                JsonNode w = e.getValue().get(i);
                if (!w.isTextual() || w.textValue().isBlank()) throw at(name, tree, ptr + "/" + i, "expected a word (text)");
                words.add(w.textValue());
            }
            lists.put(p.name() + "/" + e.getKey(), words);
        }
        return lists;
    }

    private static InputError at(String name, LocatedTree tree, String pointer, String message) {
        Position pos = tree.valueAt(pointer);
        return new InputError(name, pos.line(), pos.column(), LocatedTree.fieldPath(pointer), message);
    }
}
