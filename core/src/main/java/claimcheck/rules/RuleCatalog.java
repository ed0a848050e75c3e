package claimcheck.rules;

import claimcheck.facts.DeclaredKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule catalog: every rule of a rule set with its metadata (id, severity, title, help, pack, and
 * where it is written) and the fact kinds the packs declare. {@code report.CatalogRenderer} writes it as
 * text, Markdown or JSON; docs/rules.md is the Markdown form of the shipped packs.
 */
public record RuleCatalog(List<RuleInfo> rules, List<DeclaredKind> kinds) {
    public RuleCatalog {
        rules = List.copyOf(rules);
        kinds = List.copyOf(kinds);
    }

    public RuleCatalog(RuleSet set) { this(set.rules(), set.kinds()); }

    /** The rules grouped by pack, packs in name order, each pack's rules in catalog order. */
    public Map<String, List<RuleInfo>> byPack() {
        Map<String, List<RuleInfo>> packs = new TreeMap<>();
        for (RuleInfo r : rules) packs.computeIfAbsent(r.pack(), k -> new ArrayList<>()).add(r);
        return packs;
    }
}
