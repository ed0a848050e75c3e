package claimcheck.rules;

import claimcheck.InputError;
import claimcheck.input.TextFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.kie.api.KieBase;
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
 * Compiles the packs' DRL in one KnowledgeBuilder batch (so rules may use types another file
 * declares) and reports the first build error as one {@link InputError} with file, line and column.
 * Also keeps where each rule and declared type is written, which the compiled rule base forgets.
 */
final class RuleCompiler {
    private RuleCompiler() {}

    private static final Pattern PARSER_POSITION = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    /** Where something is written: the file as messages name it, and the line. */
    record Place(String file, int line) {}

    /** A rule's name within its package. */
    record RuleName(String pkg, String name) {}

    /** Where a declared type is written, and the line of each of its fields. */
    record TypePlace(String file, int line, Map<String, Integer> fieldLines) {}

    /**
     * The compiled packs.
     *
     * @param packOfFile the pack of each .drl file, by the file's name
     * @param rules      where each rule (not query) is written
     * @param types      where each declared type is written, by its full name (package.Type)
     */
    record Compiled(KieBase base, Map<String, String> packOfFile, Map<RuleName, Place> rules, Map<String, TypePlace> types) {}

    static Compiled compile(List<RulePacks.Pack> packs) {
        // Facts are immutable records, never modified in a session, so property reactivity buys nothing;
        // without it Drools also stops warning about constraints that call methods on other patterns.
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = kb.batch();
        Map<String, String> packOfFile = new HashMap<>();
        for (RulePacks.Pack p : packs) {
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
        Map<RuleName, Place> rules = new HashMap<>();
        Map<String, TypePlace> types = new HashMap<>();
        readPlaces(kb, rules, types);
        return new Compiled(kb.newKieBase(), Map.copyOf(packOfFile), Map.copyOf(rules), Map.copyOf(types));
    }

    /**
     * Where each rule and declared type is written. The public API gives compiled rules and types
     * without their source, so this reads the parsed descriptors, which only the builder's
     * implementation class exposes: the one cast to Drools internals in claimcheck (the rest of
     * the loader reads the KieBase through the public API).
     */
    private static void readPlaces(KnowledgeBuilder kb, Map<RuleName, Place> rules, Map<String, TypePlace> types) {
        KnowledgeBuilderImpl impl = (KnowledgeBuilderImpl) kb;
        for (String pkg : impl.getPackageNames()) {
            for (PackageDescr pd : impl.getPackageDescrs(pkg)) {
                for (RuleDescr rd : pd.getRules()) {
                    if (rd instanceof QueryDescr) continue; // a query is not a check (the compiled Rule cannot tell: RuleImpl is also a Query)
                    Place place = new Place(rd.getResource() == null ? null : rd.getResource().getSourcePath(), rd.getLine());
                    Place earlier = rules.put(new RuleName(pkg, rd.getName()), place);
                    if (earlier != null) {
                        throw new InputError(place.file(), place.line(), 0, null, "rule \"" + rd.getName()
                                + "\" is declared twice in package " + pkg + " (also at " + earlier.file() + ":" + earlier.line() + ")");
                    }
                }
                for (TypeDeclarationDescr td : pd.getTypeDeclarations()) {
                    Map<String, Integer> fieldLines = new HashMap<>();
                    for (Map.Entry<String, TypeFieldDescr> f : td.getFields().entrySet()) fieldLines.put(f.getKey(), f.getValue().getLine());
                    types.put(pkg + "." + td.getTypeName(), new TypePlace(td.getResource() == null ? null : td.getResource().getSourcePath(),
                            td.getLine(), Map.copyOf(fieldLines)));
                }
            }
        }
    }

    private static byte[] readBytes(Path f) {
        // Decode strictly first so a bad byte is named, not garbled into a parse error.
        return TextFile.read(f.toString(), f, "rule file").getBytes(StandardCharsets.UTF_8);
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
}
