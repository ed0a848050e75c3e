package claimcheck.rules;

import claimcheck.facts.DeclaredKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * Compiled rule packs: the Drools rule base, the catalog of rules with their metadata, the fact
 * kinds the packs declare, the packs' vocabulary, and where the compiled packs came from.
 */
public record RuleSet(KieBase kieBase, List<RuleInfo> rules, List<DeclaredKind> kinds, Vocabulary vocabulary, Origin origin) {
    public RuleSet {
        rules = List.copyOf(rules);
        kinds = List.copyOf(kinds);
    }

    /** Where a rule set came from, which is most of what a run's start-up takes (docs/performance.md). */
    public enum Origin {
        /** The shipped packs, unedited: read from the jar, which the build compiles them into. */
        SHIPPED("read from the jar"),
        /** Packs compiled on an earlier run, read from the rules cache. */
        CACHED("read from the cache"),
        /** Compiled on this run. */
        COMPILED("compiled");

        private final String label;

        Origin(String label) { this.label = label; }

        /** How a timing line says it: "read from the jar". */
        public String label() { return label; }
    }

    public Map<String, RuleInfo> byId() {
        return rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    }
}
