package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The join facts the engine inserts ({@link Membership}, {@link Attached}) say exactly what
 * {@link Total#includes} and {@link Attachment#covers} say, pair for pair and in file order, over every
 * core rule case's facts file and the sample; and {@link IdList} is a list like any other.
 */
class JoinFactsTest {

    private static List<FactsFile> articles() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("facts/mx-us-transfers-2026-01.yaml"));
        try (Stream<Path> s = Files.walk(Path.of("core/src/test/rules/core"))) {
            s.filter(p -> p.getFileName().toString().equals("facts.yaml")).sorted(Comparator.naturalOrder()).forEach(files::add);
        }
        FactsLoader loader = new FactsLoader();
        List<FactsFile> out = new ArrayList<>();
        for (Path p : files) {
            try {
                out.add(loader.load(p, p.toString()));
            } catch (claimcheck.InputError e) {
                // Cases about bad input are not articles.
            }
        }
        return out;
    }

    @Test
    void membershipsAreTheIncludedPairsInFileOrder() throws Exception {
        int totals = 0, pairs = 0;
        for (FactsFile file : articles()) {
            // Each total's parts in file order (the order a collect over the facts gives them, and rules rely on).
            java.util.Map<String, List<String>> expected = new java.util.TreeMap<>();
            for (Fact t : file.facts())
                for (Fact f : file.facts())
                    if (t instanceof Total total && total.includes(f)) expected.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(f.id());
            java.util.Map<String, List<String>> got = new java.util.TreeMap<>();
            java.util.Map<String, Total> byId = new java.util.HashMap<>();
            for (Fact f : file.facts()) if (f instanceof Total t) byId.put(t.id(), t);
            for (Membership m : Membership.of(file.facts())) {
                assertEquals(m.part(), m.fact().id());
                // Listed: the total names the part among its components (else it selects it by type).
                assertEquals(byId.get(m.total()).components().contains(m.part()), m.listed(), m.toString());
                got.computeIfAbsent(m.total(), k -> new ArrayList<>()).add(m.part());
                pairs++;
            }
            assertEquals(expected, got, file.name());
            totals += (int) file.facts().stream().filter(Total.class::isInstance).count();
        }
        assertTrue(totals > 10 && pairs > totals, totals + " totals, " + pairs + " pairs: the cases exercise it");
    }

    @Test
    void attachmentsAreTheCoveredPairs() throws Exception {
        int pairs = 0;
        for (FactsFile file : articles()) {
            List<String> expected = new ArrayList<>();
            for (Fact a : file.facts())
                for (Fact e : file.facts())
                    if (a instanceof Attachment at && e instanceof Event && at.covers(e.id())) expected.add(a.id() + " > " + e.id());
            List<String> got = new ArrayList<>();
            for (Attached x : Attached.of(file.facts())) got.add(x.attachment().id() + " > " + x.event());
            expected.sort(null);
            got.sort(null);
            assertEquals(expected, got, file.name());
            pairs += got.size();
        }
        assertTrue(pairs > 0);
    }

    @Test
    void idListsBehaveAsLists() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) ids.add("f" + (i % 30));  // long enough to be indexed, with repeats
        List<String> list = IdList.of(ids);
        assertEquals(ids, list);
        assertEquals(ids.hashCode(), list.hashCode());
        for (int i = 0; i < 32; i++) {
            assertEquals(ids.indexOf("f" + i), list.indexOf("f" + i));
            assertEquals(ids.contains("f" + i), list.contains("f" + i));
        }
        assertFalse(list.contains(null));
        assertEquals(List.of("a", "b"), IdList.of(List.of("a", "b")));
        assertTrue(IdList.of(null).isEmpty());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> list.add("x"));
    }
}
