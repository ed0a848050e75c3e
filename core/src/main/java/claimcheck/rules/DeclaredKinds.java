package claimcheck.rules;

import claimcheck.InputError;
import claimcheck.facts.DeclaredKind;
import claimcheck.facts.FactsSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.Description;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/**
 * The fact kinds the packs declare: every DRL {@code declare} with a {@code @kind("name")}. Other
 * declared types stay internal to their pack. A kind needs an {@code id : String} field, may not
 * declare the fields every fact has, and uses only field types a facts file can give.
 */
final class DeclaredKinds {
    private DeclaredKinds() {}

    static List<DeclaredKind> read(RuleCompiler.Compiled compiled) {
        Set<String> builtIn = new HashSet<>();
        FactsSchema.get().document().at("/$defs/fact/properties/kind/enum").forEach(n -> builtIn.add(n.asText()));
        List<DeclaredKind> kinds = new ArrayList<>();
        Map<String, DeclaredKind> byName = new HashMap<>();
        for (KiePackage p : compiled.base().getKiePackages()) {
            for (FactType ft : p.getFactTypes()) {
                Map<String, Object> meta = ft.getMetaData() == null ? Map.of() : ft.getMetaData();
                if (!meta.containsKey("kind")) continue;
                RuleCompiler.TypePlace place = compiled.types().get(ft.getName());
                String file = place == null ? null : place.file();
                int line = place == null ? 0 : place.line();
                String name = unquote(meta.get("kind"));
                String what = "declared kind \"" + ft.getSimpleName() + "\"";
                if (name == null || !DeclaredKind.NAME.matcher(name).matches())
                    throw new InputError(file, line, 0, null, what + ": @kind must be lower-case words joined by '-', such as \"candidate-share\", got "
                            + (name == null ? "nothing" : "\"" + name + "\""));
                if (builtIn.contains(name))
                    throw new InputError(file, line, 0, null, what + ": @kind(\"" + name + "\") is a built-in fact kind; choose another name");
                DeclaredKind earlier = byName.get(name);
                if (earlier != null)
                    throw new InputError(file, line, 0, null, what + ": @kind(\"" + name + "\") is already declared at " + earlier.file() + ":" + earlier.line());

                List<DeclaredKind.Field> fields = new ArrayList<>();
                boolean hasId = false;
                for (FactField f : ft.getFields()) {
                    Integer declaredLine = place == null ? null : place.fieldLines().get(f.getName());
                    int fieldLine = declaredLine == null ? line : declaredLine;
                    String field = what + ", field \"" + f.getName() + "\"";
                    if (DeclaredKind.RESERVED.contains(f.getName()))
                        throw new InputError(file, fieldLine, 0, null, field + ": every fact has " + String.join(", ", new TreeSet<>(DeclaredKind.RESERVED))
                                + " already; a declared kind may not declare them");
                    DeclaredKind.FieldType type = DeclaredKind.FieldType.of(f.getType());
                    if (type == null)
                        throw new InputError(file, fieldLine, 0, null, field + ": a facts file cannot give a " + f.getType().getName()
                                + "; use " + DeclaredKind.FieldType.supported());
                    Map<String, Object> fm = f.getMetaData() == null ? Map.of() : f.getMetaData();
                    String refersTo = null;
                    if (fm.containsKey("ref")) {
                        if (type != DeclaredKind.FieldType.TEXT)
                            throw new InputError(file, fieldLine, 0, null, field + ": @ref marks a String field that names another fact");
                        refersTo = fm.get("ref") == null ? "" : unquote(fm.get("ref"));
                    }
                    if (f.getName().equals("id")) {
                        if (type != DeclaredKind.FieldType.TEXT)
                            throw new InputError(file, fieldLine, 0, null, field + ": id must be a String");
                        hasId = true;
                    }
                    String fieldDescription = fieldDescription(ft.getFactClass(), f.getName(), fm);
                    if (fieldDescription == null && f.getName().equals("id")) fieldDescription = "Unique within the facts file; other facts refer to it.";
                    fields.add(new DeclaredKind.Field(f.getName(), type, fm.containsKey("required") || f.getName().equals("id"),
                            refersTo, fieldDescription));
                }
                if (!hasId)
                    throw new InputError(file, line, 0, null, what + " has no id field; a declared kind needs \"id : String\", which facts files name each fact by");
                String description = meta.containsKey("description") ? unquote(meta.get("description")) : null;
                DeclaredKind k = new DeclaredKind(name, compiled.packOfFile().getOrDefault(file, ""), ft.getSimpleName(), ft.getFactClass(),
                        description, fields, file, line);
                byName.put(name, k);
                kinds.add(k);
            }
        }
        for (DeclaredKind k : kinds) {
            for (DeclaredKind.Field f : k.fields()) {
                if (f.refersTo() != null && !f.refersTo().isEmpty() && !byName.containsKey(f.refersTo()) && !builtIn.contains(f.refersTo()))
                    throw new InputError(k.file(), k.line(), 0, null, "declared kind \"" + k.typeName() + "\", field \"" + f.name()
                            + "\": @ref(\"" + f.refersTo() + "\") names no fact kind");
            }
        }
        kinds.sort(Comparator.comparing(DeclaredKind::name));
        return kinds;
    }

    /** A declared field's {@code @description}: Drools turns it into a Java annotation on the generated field, not metadata. */
    private static String fieldDescription(Class<?> type, String field, Map<String, Object> meta) {
        try {
            Description d = type.getDeclaredField(field).getAnnotation(Description.class);
            if (d != null) return d.value();
        } catch (NoSuchFieldException e) {
            // a field Drools generated under another name; fall back to the metadata
        }
        return meta.containsKey("description") ? unquote(meta.get("description")) : null;
    }

    /**
     * Metadata on declared types and their fields keeps the quotes it was written with
     * ({@code @kind("race")} reads as {@code "race"}, quotes included); rule metadata does not.
     */
    private static String unquote(Object value) {
        if (value == null) return null;
        String s = String.valueOf(value).strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'")))
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"");
        return s;
    }
}
