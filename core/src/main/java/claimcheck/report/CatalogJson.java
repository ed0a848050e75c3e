package claimcheck.report;

import claimcheck.facts.DeclaredKind;
import claimcheck.rules.RuleCatalog;
import claimcheck.rules.RuleInfo;
import java.util.List;

/**
 * {@code claimcheck rules --format json} as data: its fields, nesting and order, as records that
 * Jackson writes in the order they are declared. A field without a value is written as null.
 * {@code file} is where the rule or kind is written, {@code pack/file.drl}, the same on every machine.
 */
public record CatalogJson(List<Rule> rules, List<Kind> kinds) {

    public record Rule(String id, String severity, String title, String help, String pack, String file, int line) {}

    public record Kind(String kind, String type, String pack, String file, int line, String description, List<Field> fields) {}

    /** {@code type} is the field type's label; {@code refersTo} the kind whose id it holds ("" for any), or null. */
    public record Field(String name, String type, boolean required, String refersTo, String description) {}

    public static CatalogJson of(RuleCatalog catalog) {
        return new CatalogJson(catalog.rules().stream().map(CatalogJson::rule).toList(),
                catalog.kinds().stream().map(CatalogJson::kind).toList());
    }

    private static Rule rule(RuleInfo r) {
        return new Rule(r.id(), r.severity().label(), r.title(), r.help(), r.pack(), file(r.location()), r.line());
    }

    private static Kind kind(DeclaredKind k) {
        return new Kind(k.name(), k.typeName(), k.pack(), file(k.location()), k.line(), k.description(),
                k.fields().stream().map(f -> new Field(f.name(), f.type().label(), f.required(), f.refersTo(), f.description())).toList());
    }

    /** {@code pack/file.drl} of a location {@code pack/file.drl:line}. */
    private static String file(String location) { return location.substring(0, location.lastIndexOf(':')); }
}
