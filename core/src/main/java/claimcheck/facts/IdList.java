package claimcheck.facts;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An immutable list of fact ids (a total's components, an attachment's events, a rank's among) whose
 * {@code contains} and {@code indexOf} are hash lookups: rules and reports ask them once per fact,
 * and a linear scan there made a big article's session quadratic. Otherwise an ordinary list: it
 * equals, hashes and serialises as any list of the same ids does.
 */
public final class IdList extends AbstractList<String> implements RandomAccess {
    private static final IdList EMPTY = new IdList(List.of());
    /** Below this size a scan is as quick as a lookup, and no map is built. */
    private static final int SCAN_UP_TO = 8;

    private final List<String> ids;
    private final Map<String, Integer> firstIndex;

    private IdList(List<String> ids) {
        this.ids = ids;
        if (ids.size() <= SCAN_UP_TO) {
            this.firstIndex = null;
        } else {
            Map<String, Integer> index = new HashMap<>(ids.size() * 2);
            for (int i = 0; i < ids.size(); i++) index.putIfAbsent(ids.get(i), i);
            this.firstIndex = index;
        }
    }

    /** {@code ids} as an IdList (null as empty); nulls inside are refused, as {@link List#copyOf} refuses them. */
    public static List<String> of(List<String> ids) {
        if (ids == null || ids.isEmpty()) return EMPTY;
        if (ids instanceof IdList l) return l;
        return new IdList(List.copyOf(ids));
    }

    @Override public String get(int index) { return ids.get(index); }

    @Override public int size() { return ids.size(); }

    @Override
    public int indexOf(Object o) {
        if (firstIndex == null) return ids.indexOf(o);
        Integer i = firstIndex.get(o);
        return i == null ? -1 : i;
    }

    @Override public boolean contains(Object o) { return indexOf(o) >= 0; }
}
