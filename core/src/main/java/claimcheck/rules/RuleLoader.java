package claimcheck.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads rule packs at run time: finds them ({@link RulePacks}), compiles their DRL
 * ({@link RuleCompiler}), enforces rule metadata ({@link RuleMetadata}), reads the fact kinds they
 * declare ({@link DeclaredKinds}) and their word lists ({@link Vocabulary}). Build errors and
 * missing metadata are configuration errors, reported with file and line; no half-built rule set
 * is ever returned. With a {@link RuleCache}, packs compiled before are read back instead: the shipped
 * packs from the jar, which holds them compiled, and others from the cache folder.
 */
public final class RuleLoader {
    private final RuleCache cache;

    /** A loader that compiles the packs every time, the shipped ones too. */
    public RuleLoader() {
        this(null);
    }

    /** A loader that keeps compiled packs in {@code cache}, or compiles them every time when it is null. */
    public RuleLoader(RuleCache cache) {
        this.cache = cache;
    }

    /** Loads every pack under {@code roots} (each a pack or a folder of packs) into one rule set. */
    public RuleSet load(List<Path> roots) {
        List<RulePacks.Pack> packs = RulePacks.find(roots);
        if (cache == null) return compile(packs);
        Optional<RuleCache.Key> key = RuleCache.key(packs);
        if (key.isEmpty()) return compile(packs);
        Optional<RuleSet> stored = RuleCache.readShipped(key.get(), packs).or(() -> cache.read(key.get(), packs));
        if (stored.isPresent()) return stored.get();
        RuleSet compiled = compile(packs);
        cache.write(key.get(), compiled);
        return compiled;
    }

    static RuleSet compile(List<RulePacks.Pack> packs) {
        RuleCompiler.Compiled compiled = RuleCompiler.compile(packs);
        return new RuleSet(compiled.base(), RuleMetadata.catalog(compiled), DeclaredKinds.read(compiled), Vocabulary.read(packs), RuleSet.Origin.COMPILED);
    }
}
