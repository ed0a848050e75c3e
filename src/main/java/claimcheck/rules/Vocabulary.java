package claimcheck.rules;

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

    public static final Vocabulary EMPTY = new Vocabulary(Map.of());

    /** True when {@code word} is on list {@code list}; false for an unknown list or a null word. */
    public boolean has(String list, String word) {
        if (word == null) return false;
        Set<String> s = lists.get(list);
        if (s == null) throw new IllegalArgumentException("no vocabulary list \"" + list + "\"");
        return s.contains(norm(word));
    }

    public boolean hasList(String list) { return lists.containsKey(list); }

    public Map<String, Set<String>> lists() { return lists; }

    private static String norm(String w) { return w.strip().toLowerCase(Locale.ROOT); }
}
