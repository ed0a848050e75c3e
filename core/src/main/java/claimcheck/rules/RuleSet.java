package claimcheck.rules;

import claimcheck.facts.DeclaredKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * Compiled rule packs: the Drools rule base, the catalog of rules with their metadata, the fact
 * kinds the packs declare, and the packs' vocabulary.
 */
public record RuleSet(KieBase kieBase, List<RuleInfo> rules, List<DeclaredKind> kinds, Vocabulary vocabulary) {
    public RuleSet {
        rules = List.copyOf(rules);
        kinds = List.copyOf(kinds);
    }

    public Map<String, RuleInfo> byId() {
        return rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    }
}
