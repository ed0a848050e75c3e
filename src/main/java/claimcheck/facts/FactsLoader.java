package claimcheck.facts;

import claimcheck.InputError;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a facts file (YAML or JSON) into a {@link FactsFile}: schema first, then binding, then the
 * checks a schema cannot make (impossible dates, duplicate ids, references to unknown facts, the
 * article text). The first problem is thrown as an {@link InputError} naming file, line, column
 * and field; nothing is half-loaded.
 */
public final class FactsLoader {
    private final InputLimits limits;

    public FactsLoader() { this(InputLimits.DEFAULT); }

    public FactsLoader(InputLimits limits) { this.limits = limits; }

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // The schema forbids explicit nulls; an optional boolean left out (a list's "partial") means false.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Loads {@code path}; messages name it as {@code name} (the path as the user typed it). */
    public FactsFile load(Path path, String name) {
        return load(path, name, TextFile.read(name, path, "facts file", limits.maxFileBytes()));
    }

    /**
     * Loads a facts file already in memory, as if it were at {@code path} (the article text is read
     * beside it). For tools that hold facts in memory, and for fuzzing.
     */
    public FactsFile load(Path path, String name, byte[] content) {
        if (content.length > limits.maxFileBytes())
            throw new InputError(name, 0, 0, null, "facts file of " + content.length + " bytes, larger than the limit of " + limits.maxFileBytes() + " bytes");
        return load(path, name, TextFile.decode(name, content));
    }

    private FactsFile load(Path path, String name, String source) {
        LocatedTree tree = LocatedTree.read(name, source, limits);
        JsonNode declared = tree.root().path("facts");
        if (declared.size() > limits.maxFacts())
            throw error(name, tree, "/facts", declared.size() + " facts, more than the limit of " + limits.maxFacts());
        FactsSchema.get().validate(name, tree);

        // Checked here, before binding, so the error names the field rather than the article.
        try {
            Article.checkId(tree.root().at("/article/id").asText());
        } catch (IllegalArgumentException e) {
            throw error(name, tree, "/article/id", e.getMessage());
        }
        try {
            PartialDate.parse(tree.root().at("/article/published").asText());
        } catch (IllegalArgumentException e) {
            throw error(name, tree, "/article/published", e.getMessage());
        }
        Article article = bind(name, tree, "/article", Article.class, null);
        List<Fact> facts = new ArrayList<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        JsonNode factNodes = tree.root().get("facts");
        for (int i = 0; i < factNodes.size(); i++) {
            String at = "/facts/" + i;
            Fact f = bind(name, tree, at, Fact.class, article);
            Integer earlier = indexOf.putIfAbsent(f.id(), i);
            if (earlier != null) {
                Position first = tree.valueAt("/facts/" + earlier);
                throw error(name, tree, at + "/id", "duplicate id \"" + f.id() + "\" (first used in facts[" + earlier + "] at line " + first.line() + ")");
            }
            facts.add(f);
            positions.put(f.id(), tree.valueAt(at));
        }
        checkReferences(name, tree, facts, indexOf);

        Path textPath = (path.toAbsolutePath().getParent() == null ? Path.of("") : path.toAbsolutePath().getParent()).resolve(article.text());
        String textName = displayPath(name, article.text());
        String text;
        try {
            text = TextFile.read(textName, textPath, "article text file", limits.maxTextBytes());
        } catch (InputError e) {
            // Say it from the facts file's side: that is where the path was written.
            throw error(name, tree, "/article/text", e.getMessage().startsWith("no such")
                    ? "article text file not found: " + textName : textName + ": " + e.getMessage(), e);
        }
        return new FactsFile(path, name, article, new ArticleText(text), facts, positions, tree.valueAt("/article/id"));
    }

    private <T> T bind(String name, LocatedTree tree, String pointer, Class<T> type, Article article) {
        InjectableValues.Std inject = new InjectableValues.Std();
        inject.addValue(Window.PUBLISHED, article == null ? null : article.published());
        try {
            return mapper.reader(inject).treeToValue(tree.root().at(pointer), type);
        } catch (JsonMappingException e) {
            StringBuilder at = new StringBuilder(pointer);
            for (JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) at.append('/').append(r.getFieldName());
                else if (r.getIndex() >= 0) at.append('/').append(r.getIndex());
            }
            throw error(name, tree, at.toString(), reason(e));
        } catch (IllegalArgumentException e) {
            throw error(name, tree, pointer, e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw error(name, tree, pointer, e.getOriginalMessage());
        }
    }

    /** The user-facing reason inside Jackson's wrapping: our own constructors' words when they threw. */
    private static String reason(JsonMappingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) return t.getMessage();
        }
        String m = e.getOriginalMessage();
        return m == null ? "invalid value" : m.lines().findFirst().orElse(m);
    }

    private void checkReferences(String name, LocatedTree tree, List<Fact> facts, Map<String, Integer> indexOf) {
        for (int i = 0; i < facts.size(); i++) {
            for (Fact.Reference r : facts.get(i).references()) {
                String at = "/facts/" + i + "/" + r.field().replace('[', '/').replace("]", "");
                Integer target = indexOf.get(r.id());
                if (target == null) {
                    throw error(name, tree, at, "unknown fact id \"" + r.id() + "\"" + closest(r.id(), indexOf.keySet()));
                }
                Fact t = facts.get(target);
                if (!r.target().isInstance(t)) {
                    throw error(name, tree, at, "\"" + r.id() + "\" is a " + t.kind() + ", expected " + article(r.target()));
                }
            }
        }
    }

    private static String article(Class<? extends Fact> type) {
        String k = type.getSimpleName().toLowerCase();
        return ("aeiou".indexOf(k.charAt(0)) >= 0 ? "an " : "a ") + k;
    }

    private static String closest(String id, Iterable<String> ids) {
        String best = Suggestions.closest(id, ids);
        return best == null ? "" : "; did you mean \"" + best + "\"?";
    }

    private static InputError error(String name, LocatedTree tree, String pointer, String message) {
        Position p = tree.valueAt(pointer);
        return new InputError(name, p.line(), p.column(), LocatedTree.fieldPath(pointer), message);
    }

    private static InputError error(String name, LocatedTree tree, String pointer, String message, Throwable cause) {
        Position p = tree.valueAt(pointer);
        return new InputError(name, p.line(), p.column(), LocatedTree.fieldPath(pointer), message, cause);
    }

    /** The article text's path as the user would type it: beside the facts file as they named it. */
    static String displayPath(String factsName, String relative) {
        Path parent = Path.of(factsName).getParent();
        return (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize().toString();
    }
}
