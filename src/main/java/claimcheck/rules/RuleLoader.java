package claimcheck.rules;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads rule packs at run time: finds them ({@link RulePacks}), compiles their DRL
 * ({@link RuleCompiler}), enforces rule metadata ({@link RuleMetadata}), reads the fact kinds they
 * declare ({@link DeclaredKinds}) and their word lists ({@link Vocabulary}). Build errors and
 * missing metadata are configuration errors, reported with file and line; no half-built rule set
 * is ever returned.
 */
public final class RuleLoader {
    /** Loads every pack under {@code roots} (each a pack or a folder of packs) into one rule set. */
    public RuleSet load(List<Path> roots) {
        List<RulePacks.Pack> packs = RulePacks.find(roots);
        RuleCompiler.Compiled compiled = RuleCompiler.compile(packs);
        return new RuleSet(compiled.base(), RuleMetadata.catalog(compiled), DeclaredKinds.read(compiled), Vocabulary.read(packs));
    }
}
