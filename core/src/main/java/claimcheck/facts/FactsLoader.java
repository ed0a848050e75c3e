package claimcheck.facts;

import claimcheck.input.LocatedTree;
import claimcheck.input.TextFile;
import claimcheck.input.Position;
import claimcheck.input.Suggestions;
import claimcheck.input.InputLimits;
import claimcheck.InputError;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * and field; nothing is half-loaded. Kinds that rule packs declare are read the same way, once the
 * loader is given them.
 */
public final class FactsLoader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // The schema forbids explicit nulls; an optional boolean left out (a list's "partial") means false.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** Binds values that need no publication date (the article, declared kinds); facts get a reader with their article's. */
    private final ObjectReader undated = readerWith(null);
    private final FactsSchema schema;
    private final Map<String, DeclaredKind> declared = new HashMap<>();
    private final InputLimits limits;
    private final TextRoot textRoot;

    /** A loader for the built-in kinds only, within the default limits. */
    public FactsLoader() { this(List.of(), InputLimits.DEFAULT); }

    /** A loader for the built-in kinds only, within {@code limits}. */
    public FactsLoader(InputLimits limits) { this(List.of(), limits); }

    /** A loader for the built-in kinds and {@code declared}, the kinds the loaded rule packs declare. */
    public FactsLoader(List<DeclaredKind> declared) { this(declared, InputLimits.DEFAULT); }

    public FactsLoader(List<DeclaredKind> declared, InputLimits limits) { this(declared, limits, null); }

    /**
     * As {@link #FactsLoader(List, InputLimits)}; article texts may also be read from inside {@code textRoot}
     * (null: only from inside each facts file's own folder).
     */
    public FactsLoader(List<DeclaredKind> declared, InputLimits limits, TextRoot textRoot) {
        this.schema = FactsSchema.with(declared);
        for (DeclaredKind k : declared) this.declared.put(k.name(), k);
        this.limits = limits;
        this.textRoot = textRoot;
    }

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

    /**
     * Loads one line of JSON Lines input, a whole facts document in JSON, as if it were a facts file in the
     * working directory (an {@code article.text} path is read from there, under the same containment rule).
     * The file is named {@code source:line} (say {@code <stdin>:3}); an error names {@code source}, the
     * line, and the column within it.
     */
    public FactsFile loadLine(String source, int line, byte[] content) {
        String name = source + ":" + line;
        try {
            if (content.length > limits.maxFileBytes())
                throw new InputError(name, 0, 0, null, "facts document of " + content.length + " bytes, larger than the limit of " + limits.maxFileBytes() + " bytes");
            // The reader is chosen by file name; a line is JSON whatever the source is called.
            // Its article.text is a path from the working directory, and messages show it so, whatever the source's folder.
            return load(Path.of("").toAbsolutePath().resolve("stdin.json"), name, name + ".json", "", TextFile.decode(name, content));
        } catch (InputError e) {
            if (!name.equals(e.file()) && !(name + ".json").equals(e.file())) throw e;
            InputError located = new InputError(source, line + Math.max(e.line(), 1) - 1, e.line() > 1 ? 0 : e.column(), e.field(), e.getMessage(), e);
            throw located;
        }
    }

    private FactsFile load(Path path, String name, String source) {
        return load(path, name, name, name, source);
    }

    /**
     * {@code readAs} is the name the reader goes by (its ending says JSON or YAML); messages name {@code name},
     * and show article.text's path from {@code textShownFrom}'s folder.
     */
    private FactsFile load(Path path, String name, String readAs, String textShownFrom, String source) {
        LocatedTree tree = LocatedTree.read(readAs, source, limits);
        int factCount = tree.root().path("facts").size();
        if (factCount > limits.maxFacts())
            throw error(name, tree, "/facts", factCount + " facts, more than the limit of " + limits.maxFacts());
        schema.validate(name, tree);

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
        // article.content holds the text itself; article.text is then only the name reports give it.
        ObjectNode articleNode = (ObjectNode) tree.root().at("/article").deepCopy();
        JsonNode content = articleNode.remove("content");
        if (!articleNode.has("text")) articleNode.put("text", inlineTextName(name));
        Article article = bind(name, tree, "/article", articleNode, undated.forType(Article.class));
        ObjectReader factReader = readerWith(article.published()).forType(Fact.class);
        List<Fact> facts = new ArrayList<>();
        List<Acceptance> acceptances = new ArrayList<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        JsonNode factNodes = tree.root().get("facts");
        for (int i = 0; i < factNodes.size(); i++) {
            String at = "/facts/" + i;
            ObjectNode node = (ObjectNode) factNodes.get(i);
            // accept is read beside the fact: it is about the findings, not the claim. The tree is left as read.
            JsonNode accept = node.get("accept");
            if (accept != null) {
                node = node.deepCopy();
                node.remove("accept");
            }
            DeclaredKind kind = declared.get(node.path("kind").asText());
            Fact f = kind != null ? bindDeclared(name, tree, at, node, kind) : bind(name, tree, at, node, factReader);
            Integer earlier = indexOf.putIfAbsent(f.id(), i);
            if (earlier != null) {
                Position first = tree.valueAt("/facts/" + earlier);
                throw error(name, tree, at + "/id", "duplicate id \"" + f.id() + "\" (first used in facts[" + earlier + "] at line " + first.line() + ")");
            }
            facts.add(f);
            positions.put(f.id(), tree.valueAt(at));
            if (accept != null) acceptances.addAll(acceptances(tree, at + "/accept", f.id(), accept));
        }
        checkReferences(name, tree, facts, indexOf);

        return new FactsFile(path, name, article, new ArticleText(articleText(path, name, textShownFrom, tree, article, content)), facts, positions,
                tree.valueAt("/article/id"), acceptances);
    }

    /** The article text: {@code article.content} within the text size limit, else the file {@code article.text} names. */
    private String articleText(Path path, String name, String textShownFrom, LocatedTree tree, Article article, JsonNode content) {
        if (content != null) {
            String inline = content.asText();
            long bytes = inline.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > limits.maxTextBytes())
                throw error(name, tree, "/article/content", "article text of " + bytes + " bytes, larger than the limit of " + limits.maxTextBytes() + " bytes");
            return inline;
        }
        Path folder = path.toAbsolutePath().getParent() == null ? Path.of("").toAbsolutePath() : path.toAbsolutePath().getParent();
        String textName = displayPath(textShownFrom, article.text());
        Path textPath = allowedText(name, tree, folder, folder.resolve(article.text()), textName);
        String text;
        try {
            text = TextFile.read(textName, textPath, "article text file", limits.maxTextBytes());
        } catch (InputError e) {
            // Say it from the facts file's side: that is where the path was written.
            throw error(name, tree, "/article/text", e.getMessage().startsWith("no such")
                    ? "article text file not found: " + textName : textName + ": " + e.getMessage(), e);
        }
        return text;
    }

    /** What an inline text is called in reports when article.text does not name it: the facts file it is in. */
    private static String inlineTextName(String name) {
        try {
            Path file = Path.of(name).getFileName();
            return file == null ? name : file.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return name;
        }
    }

    /**
     * The article text's real path, when it is inside the facts file's folder or the text root. Checked
     * with links followed and before anything is opened: {@code ../../etc/passwd}, {@code /proc/self/environ}
     * or a link to either would otherwise land in every report. The message never quotes the file.
     */
    private Path allowedText(String name, LocatedTree tree, Path folder, Path textPath, String textName) {
        Path real;
        try {
            real = textPath.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            throw error(name, tree, "/article/text", "article text file not found: " + textName);
        } catch (java.io.IOException | SecurityException e) {
            throw error(name, tree, "/article/text", textName + ": cannot read article text file: " + e.getMessage(), e);
        }
        if (inside(real, folder) || (textRoot != null && textRoot.holds(real))) return real;
        throw error(name, tree, "/article/text", textName + " is outside the facts file's folder"
                + (textRoot == null ? "" : " and --text-root " + textRoot.folder())
                + " (links followed); article texts are read only from there" + (textRoot == null ? " or from --text-root DIR" : ""));
    }

    private static boolean inside(Path real, Path folder) {
        try {
            return real.startsWith(folder.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** {@code accept: {rule, reason}} or a list of them; the schema has checked the shape. */
    private static List<Acceptance> acceptances(LocatedTree tree, String at, String factId, JsonNode accept) {
        List<Acceptance> out = new ArrayList<>();
        if (accept.isObject()) {
            out.add(new Acceptance(factId, accept.get("rule").asText(), accept.get("reason").asText(),
                    LocatedTree.fieldPath(at + "/rule"), tree.valueAt(at + "/rule")));
        } else {
            for (int i = 0; i < accept.size(); i++) {
                JsonNode a = accept.get(i);
                String rule = at + "/" + i + "/rule";
                out.add(new Acceptance(factId, a.get("rule").asText(), a.get("reason").asText(), LocatedTree.fieldPath(rule), tree.valueAt(rule)));
            }
        }
        return out;
    }

    /**
     * A fact of a declared kind: the fields every fact has are read here, the declared fields bound
     * into an instance of the declared class (the schema has checked names and types already).
     */
    private DeclaredFact bindDeclared(String name, LocatedTree tree, String at, ObjectNode node, DeclaredKind kind) {
        String id = node.path("id").asText();
        List<String> quotes = new ArrayList<>();
        JsonNode q = node.get("quote");
        if (q.isArray()) q.forEach(n -> quotes.add(n.asText()));
        else quotes.add(q.asText());
        String note = node.hasNonNull("note") ? node.get("note").asText() : null;
        List<Fact.Reference> references = new ArrayList<>();
        for (DeclaredKind.Field field : kind.fields()) {
            if (field.refersTo() != null && node.hasNonNull(field.name()))
                references.add(new Fact.Reference(field.name(), node.get(field.name()).asText(), Fact.class,
                        field.refersTo().isEmpty() ? null : field.refersTo()));
        }
        ObjectNode values = node.deepCopy();
        for (String common : List.of("kind", "quote", "note")) values.remove(common);
        Object instance = bind(name, tree, at, values, undated.forType(kind.type()));
        try {
            return new DeclaredFact(id, kind.name(), quotes, note, instance, references);
        } catch (IllegalArgumentException e) {
            throw error(name, tree, at, e.getMessage());
        }
    }

    /** A reader that gives {@code published} to the values that ask for the article's publication date. */
    private ObjectReader readerWith(java.time.LocalDate published) {
        return mapper.reader(new InjectableValues.Std().addValue(Window.PUBLISHED, published));
    }

    /**
     * Binds {@code node}, the value at {@code pointer} (perhaps with fields the caller has read itself taken out),
     * with {@code reader}, made for the type wanted.
     */
    private <T> T bind(String name, LocatedTree tree, String pointer, JsonNode node, ObjectReader reader) {
        try {
            return reader.readValue(node);
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
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);  // reading a tree in memory: no I/O to fail
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
                if (r.kind() != null && !r.kind().equals(t.kind())) {
                    throw error(name, tree, at, "\"" + r.id() + "\" is a " + t.kind() + ", expected " + article(r.kind()));
                }
            }
        }
    }

    private static String article(Class<? extends Fact> type) {
        return article(type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
    }

    private static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
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
