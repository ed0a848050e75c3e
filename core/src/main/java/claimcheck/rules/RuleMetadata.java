package claimcheck.rules;

import claimcheck.InputError;
import claimcheck.findings.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import claimcheck.facts.DeclaredFact;
import claimcheck.facts.Fact;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;

/**
 * Reads and enforces rule metadata. A check is the rules sharing an {@code @id}: often one rule,
 * sometimes one rule per branch of a decision. Every rule declares {@code @id} ({@code pack/name}),
 * {@code @severity}, the same for every rule of a check, and {@code @claim}, the fact kinds under
 * review (see {@link Outcomes}); exactly one rule of each check, its head, also declares
 * {@code @title} and {@code @help}. The catalog has one entry per check, placed at its head.
 */
final class RuleMetadata {
    private RuleMetadata() {}

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*");
    private static final String REQUIRED = "every rule declares @id, @severity and @claim, and one rule of each check @title and @help";

    /** One compiled rule with its metadata and place. */
    private record Declared(String name, String id, Severity severity, String title, String help, String pack, String file, int line) {
        boolean head() { return title != null || help != null; }

        String where() { return file + ":" + line; }
    }

    /** The checks of {@code compiled}, in id order; any breach of the metadata rules is an InputError at the rule. */
    static List<RuleInfo> catalog(RuleCompiler.Compiled compiled) {
        List<Declared> declared = new ArrayList<>();
        Set<String> kinds = claimableKinds(compiled);
        compiled.rules().forEach((name, place) ->
                declared.add(read(compiled.base().getRule(name.pkg(), name.name()), place, compiled.packOfFile(), kinds)));
        declared.sort(Comparator.comparing((Declared d) -> String.valueOf(d.file())).thenComparingInt(Declared::line));
        Map<String, List<Declared>> checks = new LinkedHashMap<>();
        for (Declared d : declared) checks.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);

        List<RuleInfo> rules = new ArrayList<>();
        for (List<Declared> check : checks.values()) rules.add(check(check));
        rules.sort(Comparator.comparing(RuleInfo::id));
        return rules;
    }

    /** The type names {@code @claim} may give: Fact, the built-in fact kinds and the kinds the packs declare. */
    private static Set<String> claimableKinds(RuleCompiler.Compiled compiled) {
        Set<String> kinds = new TreeSet<>();
        kinds.add(Outcomes.ANY_FACT);
        for (Class<?> c : Fact.class.getPermittedSubclasses()) if (c != DeclaredFact.class) kinds.add(c.getSimpleName());
        for (KiePackage p : compiled.base().getKiePackages())
            for (FactType ft : p.getFactTypes())
                if (ft.getMetaData() != null && ft.getMetaData().containsKey("kind")) kinds.add(ft.getSimpleName());
        return kinds;
    }

    private static Declared read(Rule r, RuleCompiler.Place place, Map<String, String> packOfFile, Set<String> kinds) {
        String file = place.file();
        int line = place.line();
        Map<String, Object> meta = r.getMetaData();
        for (String key : List.of("id", "severity", "claim"))
            if (text(meta, key) == null) throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\" has no @" + key + "; " + REQUIRED);
        String id = text(meta, "id");
        String pack = packOfFile.getOrDefault(file, "");
        if (!RULE_ID.matcher(id).matches())
            throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\": @id \"" + id + "\" is not pack/name in lower case");
        if (!id.startsWith(pack + "/"))
            throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\": @id \"" + id + "\" does not start with its pack \"" + pack + "/\"");
        for (String kind : text(meta, "claim").split(",")) {
            if (!kinds.contains(kind.strip()))
                throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\": @claim names \"" + kind.strip()
                        + "\", not a fact kind; name the type its facts under review have: one of " + String.join(", ", kinds));
        }
        Severity severity;
        try {
            severity = Severity.parse(text(meta, "severity"));
        } catch (IllegalArgumentException e) {
            throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\": " + e.getMessage());
        }
        return new Declared(r.getName(), id, severity, text(meta, "title"), text(meta, "help"), pack, file, line);
    }

    /** The rules of one check (in file and line order) as one catalog entry. */
    private static RuleInfo check(List<Declared> rules) {
        Declared first = rules.get(0);
        Declared head = null;
        for (Declared d : rules) {
            if (d.severity() != first.severity())
                throw new InputError(d.file(), d.line(), 0, null, "rule \"" + d.name() + "\": @severity(\"" + d.severity().label()
                        + "\") differs from @severity(\"" + first.severity().label() + "\") of rule \"" + first.name() + "\" at " + first.where()
                        + "; rules sharing an @id are one check, with one severity");
            if (!d.head()) continue;
            if (d.title() == null || d.help() == null)
                throw new InputError(d.file(), d.line(), 0, null, "rule \"" + d.name() + "\" has no @" + (d.title() == null ? "title" : "help") + "; " + REQUIRED);
            if (head != null)
                throw new InputError(d.file(), d.line(), 0, null, "rule \"" + d.name() + "\": @id \"" + d.id() + "\" already has its @title and @help at "
                        + head.where() + " (rule \"" + head.name() + "\"); the other rules of a check declare only @id, @severity and @claim");
            head = d;
        }
        if (head == null)
            throw new InputError(first.file(), first.line(), 0, null, "rule \"" + first.name() + "\" has no @title; " + REQUIRED);
        return new RuleInfo(head.id(), head.severity(), head.title(), head.help(), head.pack(), head.file(), head.line());
    }

    /** A metadata value, or null when it is missing or blank. */
    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v);
    }
}
