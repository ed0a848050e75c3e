package claimcheck.rules;

import claimcheck.InputError;
import claimcheck.facts.DeclaredKind;
import claimcheck.facts.FactsSchema;
import claimcheck.facts.LocatedTree;
import claimcheck.facts.Position;
import claimcheck.facts.TextFile;
import claimcheck.findings.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Description;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles rule packs from DRL at run time. A pack is a folder of .drl files (plus, optionally, a
 * vocabulary.yaml); a folder given to {@link #load} is either a pack itself or a folder of packs.
 * Build errors and missing metadata are configuration errors: reported with file and line, and no
 * half-built rule base is ever returned.
 */
public final class RuleLoader {
    /** Every rule declares these; @id is {@code pack/name}. */
    public static final List<String> REQUIRED_METADATA = List.of("id", "severity", "title", "help");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*");
    private static final Pattern PARSER_POSITION = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    /** A pack found on disk: its name and files, each with the name messages use. */
    record Pack(String name, Path dir, List<Path> drl, Path vocabulary) {}

    /** Loads every pack under {@code roots} (each a pack or a folder of packs) into one rule set. */
    public RuleSet load(List<Path> roots) {
        List<Pack> packs = new ArrayList<>();
        for (Path root : roots) packs.addAll(findPacks(root));
        Map<String, Pack> byName = new LinkedHashMap<>();
        for (Pack p : packs) {
            Pack earlier = byName.putIfAbsent(p.name(), p);
            if (earlier != null && !earlier.dir().toAbsolutePath().normalize().equals(p.dir().toAbsolutePath().normalize()))
                throw new InputError(p.dir().toString(), 0, 0, null, "a second rule pack named \"" + p.name() + "\" (the first is " + earlier.dir() + ")");
        }
        packs = new ArrayList<>(byName.values());

        // Facts are immutable records, never modified in a session, so property reactivity buys nothing;
        // without it Drools also stops warning about constraints that call methods on other patterns.
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = kb.batch();
        Map<String, String> packOfFile = new HashMap<>();
        for (Pack p : packs) {
            for (Path f : p.drl()) {
                String name = f.toString();
                Resource r = ResourceFactory.newByteArrayResource(readBytes(f));
                r.setSourcePath(name);
                batch.add(r, ResourceType.DRL);
                packOfFile.put(name, p.name());
            }
        }
        batch.build();
        if (kb.hasErrors()) throw firstBuildError(kb);

        KieBase base = kb.newKieBase();
        List<RuleInfo> catalog = catalog(kb, base, packOfFile);
        List<DeclaredKind> kinds = declaredKinds(kb, base, packOfFile);
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (Pack p : packs) if (p.vocabulary() != null) words.putAll(readVocabulary(p));
        return new RuleSet(base, catalog, kinds, new Vocabulary(words));
    }

    private static List<Pack> findPacks(Path root) {
        if (!Files.isDirectory(root)) throw new InputError(root.toString(), 0, 0, null, "no such rules folder");
        if (!drlFiles(root).isEmpty()) return List.of(pack(root));
        List<Pack> packs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path d : s.filter(Files::isDirectory).sorted().toList()) if (!drlFiles(d).isEmpty()) packs.add(pack(d));
        } catch (IOException e) {
            throw new InputError(root.toString(), 0, 0, null, "cannot list rules folder: " + e.getMessage(), e);
        }
        if (packs.isEmpty()) throw new InputError(root.toString(), 0, 0, null, "no .drl files here or in its sub-folders");
        return packs;
    }

    private static Pack pack(Path dir) {
        Path vocab = dir.resolve("vocabulary.yaml");
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new Pack(name == null ? "rules" : name.toString(), dir, drlFiles(dir), Files.isRegularFile(vocab) ? vocab : null);
    }

    private static List<Path> drlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new InputError(dir.toString(), 0, 0, null, "cannot list rules folder: " + e.getMessage(), e);
        }
    }

    private static byte[] readBytes(Path f) {
        // Decode strictly first so a bad byte is named, not garbled into a parse error.
        String text = TextFile.read(f.toString(), f, "rule file");
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static InputError firstBuildError(KnowledgeBuilder kb) {
        List<InputError> errors = new ArrayList<>();
        for (KnowledgeBuilderError e : kb.getErrors()) {
            String message = e.getMessage() == null ? "" : e.getMessage().strip();
            if (message.startsWith("Parser returned a null Package")) continue; // noise after any syntax error
            String file = e.getResource() == null ? null : e.getResource().getSourcePath();
            int[] lines = e.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
            int column = 0;
            Matcher m = PARSER_POSITION.matcher(message);
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2)) + 1; // the parser counts columns from 0
            }
            errors.add(new InputError(file, line, column, null, message.lines().findFirst().orElse(message).strip()));
        }
        if (errors.isEmpty()) return new InputError(null, 0, 0, null, "the rules did not compile");
        errors.sort(Comparator.comparing((InputError e) -> String.valueOf(e.file())).thenComparingInt(InputError::line));
        return errors.get(0);
    }

    /** Reads every rule's metadata, with the file and line of its declaration, and enforces it. */
    private static List<RuleInfo> catalog(KnowledgeBuilder kb, KieBase base, Map<String, String> packOfFile) {
        Map<String, RuleDescr> descriptors = new HashMap<>();
        KnowledgeBuilderImpl impl = (KnowledgeBuilderImpl) kb;
        for (String pkg : impl.getPackageNames()) {
            for (PackageDescr pd : impl.getPackageDescrs(pkg)) {
                for (RuleDescr rd : pd.getRules()) {
                    RuleDescr earlier = descriptors.put(pkg + "\u0000" + rd.getName(), rd);
                    if (earlier != null) {
                        throw new InputError(sourceOf(rd), rd.getLine(), 0, null, "rule \"" + rd.getName()
                                + "\" is declared twice in package " + pkg + " (also at " + sourceOf(earlier) + ":" + earlier.getLine() + ")");
                    }
                }
            }
        }
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl ri && ri.isQuery()) continue;
                RuleDescr d = descriptors.get(p.getName() + "\u0000" + r.getName());
                String file = d == null ? null : sourceOf(d);
                int line = d == null ? 0 : d.getLine();
                Map<String, Object> meta = r.getMetaData();
                for (String key : REQUIRED_METADATA) {
                    Object v = meta.get(key);
                    if (v == null || String.valueOf(v).isBlank())
                        throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\" has no @" + key
                                + "; every rule declares @id, @severity, @title and @help");
                }
                String id = String.valueOf(meta.get("id"));
                String pack = packOfFile.getOrDefault(file, "");
                if (!RULE_ID.matcher(id).matches())
                    throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\": @id \"" + id + "\" is not pack/name in lower case");
                if (!id.startsWith(pack + "/"))
                    throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\": @id \"" + id + "\" does not start with its pack \"" + pack + "/\"");
                Severity severity;
                try {
                    severity = Severity.parse(String.valueOf(meta.get("severity")));
                } catch (IllegalArgumentException e) {
                    throw new InputError(file, line, 0, null, "rule \"" + r.getName() + "\": " + e.getMessage());
                }
                RuleInfo info = new RuleInfo(id, severity, String.valueOf(meta.get("title")), String.valueOf(meta.get("help")), pack, file, line);
                RuleInfo earlier = byId.putIfAbsent(id, info);
                if (earlier != null)
                    throw new InputError(file, line, 0, null, "@id \"" + id + "\" is already used by the rule at " + earlier.file() + ":" + earlier.line());
                rules.add(info);
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::id));
        return rules;
    }

    /**
     * The fact kinds the packs declare: every DRL {@code declare} with a {@code @kind("name")}. Other
     * declared types stay internal to their pack. A kind needs an {@code id : String} field, may not
     * declare the fields every fact has, and uses only field types a facts file can give.
     */
    private static List<DeclaredKind> declaredKinds(KnowledgeBuilder kb, KieBase base, Map<String, String> packOfFile) {
        Map<String, TypeDeclarationDescr> declarations = new HashMap<>();
        KnowledgeBuilderImpl impl = (KnowledgeBuilderImpl) kb;
        for (String pkg : impl.getPackageNames())
            for (PackageDescr pd : impl.getPackageDescrs(pkg))
                for (TypeDeclarationDescr td : pd.getTypeDeclarations()) declarations.put(pkg + "." + td.getTypeName(), td);

        Set<String> builtIn = new HashSet<>();
        FactsSchema.get().document().at("/$defs/fact/properties/kind/enum").forEach(n -> builtIn.add(n.asText()));
        List<DeclaredKind> kinds = new ArrayList<>();
        Map<String, DeclaredKind> byName = new HashMap<>();
        for (KiePackage p : base.getKiePackages()) {
            for (FactType ft : p.getFactTypes()) {
                Map<String, Object> meta = ft.getMetaData() == null ? Map.of() : ft.getMetaData();
                if (!meta.containsKey("kind")) continue;
                TypeDeclarationDescr td = declarations.get(ft.getName());
                String file = td == null || td.getResource() == null ? null : td.getResource().getSourcePath();
                int line = td == null ? 0 : td.getLine();
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
                    TypeFieldDescr fd = td == null ? null : td.getFields().get(f.getName());
                    int fieldLine = fd == null ? line : fd.getLine();
                    String field = what + ", field \"" + f.getName() + "\"";
                    if (DeclaredKind.RESERVED.contains(f.getName()))
                        throw new InputError(file, fieldLine, 0, null, field + ": every fact has " + String.join(", ", new java.util.TreeSet<>(DeclaredKind.RESERVED))
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
                DeclaredKind k = new DeclaredKind(name, packOfFile.getOrDefault(file, ""), ft.getSimpleName(), ft.getFactClass(),
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

    private static String sourceOf(RuleDescr d) {
        return d.getResource() == null ? null : d.getResource().getSourcePath();
    }

    /** vocabulary.yaml: a map from list name to a list of words; lists are named pack/list. */
    private static Map<String, List<String>> readVocabulary(Pack p) {
        String name = p.vocabulary().toString();
        LocatedTree tree = LocatedTree.read(name, TextFile.read(name, p.vocabulary(), "vocabulary file"));
        JsonNode root = tree.root();
        if (!root.isObject()) throw at(name, tree, "", "expected a map of list names to lists of words");
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String ptr = "/" + e.getKey();
            if (!e.getValue().isArray()) throw at(name, tree, ptr, "expected a list of words");
            List<String> words = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                JsonNode w = e.getValue().get(i);
                if (!w.isTextual() || w.textValue().isBlank()) throw at(name, tree, ptr + "/" + i, "expected a word (text)");
                words.add(w.textValue());
            }
            lists.put(p.name() + "/" + e.getKey(), words);
        }
        return lists;
    }

    private static InputError at(String name, LocatedTree tree, String pointer, String message) {
        Position pos = tree.valueAt(pointer);
        return new InputError(name, pos.line(), pos.column(), LocatedTree.fieldPath(pointer), message);
    }
}
