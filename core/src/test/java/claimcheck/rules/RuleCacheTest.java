package claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.Settings;
import claimcheck.Verification;
import claimcheck.facts.DeclaredFact;
import claimcheck.facts.DeclaredKind;
import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled rules read back from the cache, or from the jar for the shipped packs, are the rules compiled; a cache
 * file is trusted only when it is the user's own and whole.
 */
class RuleCacheTest {
    @TempDir Path dir;

    private static final Path SHIPPED = Path.of("rules");
    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    /** The shipped packs with one comment added, as a newsroom's edited copy: not what the jar holds, so cached on disk. */
    private Path edited;

    @BeforeEach
    void editedCopy() throws IOException {
        edited = copy(SHIPPED, dir.resolve("edited"));
        Path file = edited.resolve("core").resolve("total-sum.drl");
        Files.writeString(file, Files.readString(file) + "\n// edited by a newsroom\n");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    private Path cacheFolder() { return dir.resolve("cache"); }

    private RuleSet load(List<Path> packs) {
        return new RuleLoader(new RuleCache(cacheFolder())).load(packs);
    }

    /** The one cache file; marked "long ago" so a later rewrite shows. */
    private Path onlyCacheFile() throws IOException {
        List<Path> files = cacheFiles();
        assertEquals(1, files.size(), files.toString());
        Files.setLastModifiedTime(files.get(0), LONG_AGO);
        return files.get(0);
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> s = Files.list(cacheFolder())) {
            return s.sorted().toList();
        }
    }

    private static String kinds(RuleSet r) {
        StringBuilder s = new StringBuilder();
        for (DeclaredKind k : r.kinds())
            s.append(k.name()).append(' ').append(k.pack()).append(' ').append(k.typeName()).append(' ').append(k.type().getName())
                    .append(' ').append(k.description()).append(' ').append(k.fields()).append(' ').append(k.file()).append(':').append(k.line()).append('\n');
        return s.toString();
    }

    /** What a report says, as text: declared facts are instances of generated classes, which compare by identity. */
    private static String findings(ArticleReport r) {
        StringBuilder s = new StringBuilder(r.summary().toString()).append('\n');
        r.findings().forEach(f -> s.append(f.ruleId()).append(' ').append(f.severity()).append(' ').append(f.message()).append(' ').append(f.facts()).append('\n'));
        r.checks().forEach(c -> s.append(c).append('\n'));
        return s.toString();
    }

    private ArticleReport verify(Path rules, Path cache, String facts) {
        Verification v = Verification.create(Settings.of(List.of(rules)).withRuleCache(cache));
        return v.verify(v.load(Path.of(facts)));
    }

    @Test
    void aHitIsTheRuleSetCompiled() throws IOException {
        RuleSet compiled = new RuleLoader().load(List.of(edited));
        RuleSet first = load(List.of(edited));
        Path file = onlyCacheFile();
        RuleSet cached = load(List.of(edited));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file), "read back, not compiled and written again");
        assertEquals(List.of(RuleSet.Origin.COMPILED, RuleSet.Origin.COMPILED, RuleSet.Origin.CACHED), List.of(compiled.origin(), first.origin(), cached.origin()));

        assertEquals(compiled.rules(), cached.rules());
        assertEquals(first.rules(), cached.rules());
        assertEquals(kinds(compiled), kinds(cached));
        assertEquals(compiled.vocabulary().lists(), cached.vocabulary().lists());
        assertEquals(compiled.kieBase().getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum(),
                cached.kieBase().getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFolder())));
    }

    @Test
    void theSampleGivesTheSameFindingsFromTheCache() throws IOException {
        String uncached = findings(verify(edited, null, "facts/mx-us-transfers-2026-01.yaml"));
        verify(edited, cacheFolder(), "facts/mx-us-transfers-2026-01.yaml");
        Path file = onlyCacheFile();
        String cached = findings(verify(edited, cacheFolder(), "facts/mx-us-transfers-2026-01.yaml"));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
        assertEquals(uncached, cached);
        assertTrue(cached.contains("core/role-status error"), cached);
    }

    @Test
    void declaredKindsWorkFromTheCache() throws IOException {
        String uncached = findings(verify(edited, null, "facts/eastbrook-mayor-2026.yaml"));
        verify(edited, cacheFolder(), "facts/eastbrook-mayor-2026.yaml");
        Path file = onlyCacheFile();
        ArticleReport report = verify(edited, cacheFolder(), "facts/eastbrook-mayor-2026.yaml");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file));
        assertEquals(uncached, findings(report));
        assertTrue(report.facts().stream().anyMatch(f -> f instanceof DeclaredFact), "facts of declared kinds were bound");
        assertTrue(findings(report).contains("elections/"), findings(report));
    }

    @Test
    void aChangedRuleIsCompiledAgain() throws IOException {
        Path pack = dir.resolve("demo");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("rules.drl"), RuleLoaderTest.OK);
        assertEquals("Events are dated", load(List.of(pack)).rules().get(0).title());
        onlyCacheFile();

        Files.writeString(pack.resolve("rules.drl"), RuleLoaderTest.OK.replace("Events are dated", "Every event has a date"));
        assertEquals("Every event has a date", load(List.of(pack)).rules().get(0).title());
        assertEquals(2, cacheFiles().size(), "a new key for the new content");
    }

    @Test
    void onlyTheMostRecentlyWrittenRuleSetsAreKept() throws IOException {
        Path pack = dir.resolve("demo");
        Files.createDirectories(pack);
        int versions = RuleCache.KEEP + 3;
        java.util.Set<Path> seen = java.util.Set.of();
        for (int i = 0; i < versions; i++) {
            Files.writeString(pack.resolve("rules.drl"), RuleLoaderTest.OK.replace("Events are dated", "Events are dated, version " + i));
            load(List.of(pack));
            // Each new file marked older than the next, whatever the clock's resolution.
            for (Path f : cacheFiles()) if (!seen.contains(f)) Files.setLastModifiedTime(f, FileTime.fromMillis(1_000L * (i + 1)));
            seen = java.util.Set.copyOf(cacheFiles());
        }
        assertEquals(RuleCache.KEEP, cacheFiles().size(), cacheFiles().toString());

        // The newest versions are kept: loading the last is a hit, which writes nothing.
        load(List.of(pack));
        assertEquals(seen, java.util.Set.copyOf(cacheFiles()));
        // The oldest went: loading the first compiles it again and stores it, and one more old one goes.
        Files.writeString(pack.resolve("rules.drl"), RuleLoaderTest.OK.replace("Events are dated", "Events are dated, version 0"));
        load(List.of(pack));
        List<Path> now = new java.util.ArrayList<>(cacheFiles());
        assertEquals(RuleCache.KEEP, now.size());
        now.removeAll(seen);
        assertEquals(1, now.size(), "version 0 stored again");
    }

    @Test
    void aCorruptOrTruncatedFileIsRebuilt() throws IOException {
        RuleSet compiled = load(List.of(edited));
        Path file = onlyCacheFile();
        byte[] whole = Files.readAllBytes(file);

        byte[] flipped = whole.clone();
        flipped[whole.length - 100] ^= 0x5a;
        Files.write(file, flipped);
        Files.setLastModifiedTime(file, LONG_AGO);
        assertEquals(compiled.rules(), load(List.of(edited)).rules());
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file), "rebuilt");

        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.setLastModifiedTime(file, LONG_AGO);
        assertEquals(compiled.rules(), load(List.of(edited)).rules());
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file), "rebuilt");

        Files.write(file, "not a cache file".getBytes());
        Files.setLastModifiedTime(file, LONG_AGO);
        assertEquals(compiled.rules(), load(List.of(edited)).rules());
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file), "rebuilt");
        // Compiled packages need not serialise to the same bytes twice; a whole cache file is back.
        assertTrue(Files.size(file) > whole.length / 2, "a whole cache file again: " + Files.size(file) + " bytes");
    }

    @Test
    void aFileOthersMayWriteIsNeverRead() throws IOException {
        load(List.of(edited));
        Path file = onlyCacheFile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setLastModifiedTime(file, LONG_AGO);
        load(List.of(edited));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file), "compiled again and replaced");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFolderOthersMayWriteIsNotUsed() throws IOException {
        Files.createDirectories(cacheFolder());
        Files.setPosixFilePermissions(cacheFolder(), PosixFilePermissions.fromString("rwxrwxrwx"));
        RuleSet r = load(List.of(edited));
        assertFalse(r.rules().isEmpty());
        assertTrue(cacheFiles().isEmpty(), "nothing written where others could replace it");
    }

    @Test
    void theShippedPacksAreReadFromTheJar() throws IOException {
        RuleSet compiled = new RuleLoader().load(List.of(SHIPPED));
        RuleSet shipped = load(List.of(SHIPPED));
        assertFalse(Files.exists(cacheFolder()), "read from the jar (mvn builds it with the packs compiled), nothing compiled or written");
        assertEquals(RuleSet.Origin.SHIPPED, shipped.origin());
        assertEquals(RuleSet.Origin.COMPILED, compiled.origin());
        assertEquals(compiled.rules(), shipped.rules());
        assertEquals(kinds(compiled), kinds(shipped));
        assertEquals(compiled.vocabulary().lists(), shipped.vocabulary().lists());
        assertEquals(compiled.kieBase().getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum(),
                shipped.kieBase().getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum());
    }

    @Test
    void theShippedPacksGiveTheSameFindingsFromTheJar() {
        for (String facts : List.of("facts/mx-us-transfers-2026-01.yaml", "facts/eastbrook-mayor-2026.yaml")) {
            String compiled = findings(verify(SHIPPED, null, facts));
            assertEquals(compiled, findings(verify(SHIPPED, cacheFolder(), facts)), facts);
        }
        assertFalse(Files.exists(cacheFolder()));
    }

    @Test
    void theShippedPacksCopiedElsewhereAreStillTheJarsAndNameTheirNewPlace() throws IOException {
        Path copy = copy(SHIPPED, dir.resolve("another checkout").resolve("rules"));
        RuleSet compiled = new RuleLoader().load(List.of(copy));
        RuleSet shipped = load(List.of(copy));
        assertFalse(Files.exists(cacheFolder()));
        assertEquals(compiled.rules(), shipped.rules());
        assertEquals(kinds(compiled), kinds(shipped));
        assertTrue(shipped.rules().get(0).file().startsWith(copy.toString()), shipped.rules().get(0).file());
    }

    @Test
    void aCachedRuleSetMovedWithItsPacksIsAHitThatNamesTheirNewPlace() throws IOException {
        load(List.of(edited));
        Path file = onlyCacheFile();
        Path moved = copy(edited, dir.resolve("moved"));
        RuleSet compiled = new RuleLoader().load(List.of(moved));
        RuleSet cached = load(List.of(moved));
        assertEquals(List.of(file), cacheFiles(), "the same key wherever the packs are");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file), "read back, not written again");
        assertEquals(compiled.rules(), cached.rules());
        assertEquals(kinds(compiled), kinds(cached));
    }

    @Test
    void theFolderFollowsTheEnvironment() {
        assertEquals(Path.of("/c"), RuleCache.claimcheckFolder("/c", "/x", "/home/u"));
        assertEquals(Path.of("/x/claimcheck"), RuleCache.claimcheckFolder(null, "/x", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/claimcheck"), RuleCache.claimcheckFolder("", "relative", "/home/u"));
    }
}
