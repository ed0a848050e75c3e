package claimcheck.rules;

import claimcheck.Version;
import claimcheck.facts.DeclaredKind;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.drools.core.impl.InternalRuleBase;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.FactType;

/**
 * Compiled rule packs kept on disk, so a run whose rules have not changed reads them back (about a
 * quarter of the time compiling takes) instead of compiling the DRL again. A cache file is named by a
 * hash of every rule and vocabulary file (its pack, name and content: not where the pack is), the
 * claimcheck version and the Drools version, so any change to them misses and recompiles; the files
 * its rules were compiled from are named again from where the packs are now when it is read.
 *
 * <p>The shipped packs are compiled when claimcheck is built ({@link PrecompiledRules}), and the jar
 * holds them in the same format ({@link #SHIPPED}): packs whose key is theirs are read from there, on
 * a first run as on any other, and nothing is written.
 *
 * <p>Reading a cache file deserialises Java objects, so a file is only read when nobody but the user
 * could have written it: the folder is created private (0700), and a folder or file that another user
 * owns, or that group or others may write, is never read (nor written to). A file that is truncated,
 * corrupt or from another key fails its magic, key, length or CRC-32C check before anything is
 * deserialised; any failure to read is a miss, and the rules are compiled and the file written again.
 * (The checksum catches accidents, not attacks: whoever could forge a file the user owns could forge a
 * SHA-256 too; over the shipped packs' 1.5 MB, in a fresh JVM with C1, CRC-32C takes 2 ms and SHA-256 took 52.)
 * Files are written whole, to a temporary name, then renamed. Nothing here is ever an error of the run.
 */
public final class RuleCache {
    /** Format of the file, after the magic; a change in what is stored bumps it. */
    private static final int FORMAT = 2;
    private static final byte[] MAGIC = "claimcheck-rules".getBytes(StandardCharsets.US_ASCII);
    /** Far above any real rule set (the shipped packs take about 1.5 MB); a bigger file is not read. */
    private static final long MAX_BYTES = 64L << 20;
    /**
     * Rule sets kept: each edit of a rules folder stores a new one (about 1.5 MB for the shipped packs), so
     * the least recently written go once there are more; one pruned and needed again is compiled again.
     */
    static final int KEEP = 16;
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path folder;

    /** A cache in {@code folder}, created (private) when first written. */
    public RuleCache(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() { return folder; }

    /**
     * Where compiled rules are kept unless the caller says otherwise: {@code $CLAIMCHECK_CACHE/rules},
     * else {@code $XDG_CACHE_HOME/claimcheck/rules}, else {@code ~/.cache/claimcheck/rules}.
     */
    public static Path defaultFolder() {
        return claimcheckFolder(System.getenv("CLAIMCHECK_CACHE"), System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home")).resolve("rules");
    }

    /** claimcheck's cache folder (bin/claimcheck keeps its class-data archive there too) from the environment. */
    static Path claimcheckFolder(String claimcheckCache, String xdgCacheHome, String home) {
        if (claimcheckCache != null && !claimcheckCache.isBlank()) return Path.of(claimcheckCache);
        // The XDG base directory specification: a relative XDG_CACHE_HOME is invalid and ignored.
        if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) return Path.of(xdgCacheHome, "claimcheck");
        return Path.of(home, ".cache", "claimcheck");
    }

    /** What names a cache file: the hash of everything the compiled rules depend on. */
    record Key(byte[] hash) {
        String fileName() { return HexFormat.of().formatHex(hash) + ".rules"; }
    }

    /**
     * The key of {@code packs} as they are on disk now; empty when a file cannot be read (compiling will say why).
     * Packs are named, not located: the same packs in another folder (another checkout) have the same key.
     */
    static Optional<Key> key(List<RulePacks.Pack> packs) {
        MessageDigest d = sha256();
        update(d, "claimcheck " + Version.number() + ", drools " + Drools.getFullVersion() + ", format " + FORMAT);
        try {
            for (RulePacks.Pack p : packs) {
                update(d, "pack " + p.name());
                List<Path> files = new ArrayList<>(p.drl());
                if (p.vocabulary() != null) files.add(p.vocabulary());
                for (Path f : files) {
                    byte[] content = Files.readAllBytes(f);
                    update(d, "file " + f.getFileName() + " " + content.length);
                    d.update(content);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new Key(d.digest()));
    }

    /** The rule set of {@code packs} stored under {@code key}, when there is one that is safe to read and reads back whole. */
    Optional<RuleSet> read(Key key, List<RulePacks.Pack> packs) {
        Path file = folder.resolve(key.fileName());
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !privateToUser(folder, true) || !privateToUser(file, false)) return Optional.empty();
            if (Files.size(file) > MAX_BYTES) return Optional.empty();
            byte[] content = Files.readAllBytes(file);
            byte[] header = header(key);
            if (content.length < header.length || !Arrays.equals(content, 0, header.length, header, 0, header.length)) return Optional.empty();
            ByteBuffer body = checkedBody(content, header.length);
            return body == null ? Optional.empty() : Optional.of(decode(body, packs, RuleSet.Origin.CACHED));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return Optional.empty(); // anything wrong with the file is a miss: the rules are compiled again
        }
    }

    /** Where the jar keeps the shipped packs, compiled when it was built. */
    static final String SHIPPED = "/claimcheck/rules/shipped.rules";

    /**
     * The shipped packs as the jar holds them, when {@code key} is theirs: {@code packs} are the shipped
     * packs, unedited, wherever they are. Part of claimcheck itself, so trusted as its classes are; a jar
     * built without them (or a damaged one) only means the packs are compiled.
     */
    static Optional<RuleSet> readShipped(Key key, List<RulePacks.Pack> packs) {
        try (InputStream in = RuleCache.class.getResourceAsStream(SHIPPED)) {
            if (in == null) return Optional.empty();
            // The key comes first: packs that are not the shipped ones cost its few bytes, not the whole file.
            byte[] header = header(key);
            if (!Arrays.equals(in.readNBytes(header.length), header)) return Optional.empty();
            ByteBuffer body = checkedBody(in.readAllBytes(), 0);
            return body == null ? Optional.empty() : Optional.of(decode(body, packs, RuleSet.Origin.SHIPPED));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Stores {@code rules} under {@code key}; quietly does nothing when the folder is not private to the user or cannot be written. */
    void write(Key key, RuleSet rules) {
        Path tmp = null;
        try {
            byte[] body = encode(rules);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS))
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (!privateToUser(folder, true)) return;
            tmp = Files.createTempFile(folder, ".tmp-", ".rules", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writeFile(out, key, body);
            }
            Files.move(tmp, folder.resolve(key.fileName()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            prune();
        } catch (IOException | RuntimeException | LinkageError e) {
            // a cache that cannot be written only costs the next run its compile time
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left for the next write to replace; it is never read
                }
            }
        }
    }

    /** What a cache file of {@code key} starts with: magic, format and key. */
    private static byte[] header(Key key) {
        return ByteBuffer.allocate(MAGIC.length + Integer.BYTES + key.hash().length).put(MAGIC).putInt(FORMAT).put(key.hash()).array();
    }

    /** Writes a cache file: magic, format and key, checksum and length, then the body. */
    static void writeFile(OutputStream out, Key key, byte[] body) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.write(header(key));
        data.writeLong(crc32c(body));
        data.writeInt(body.length);
        data.write(body);
        data.flush();
    }

    /** Deletes all but the {@link #KEEP} most recently written rule sets (by modification time, then name). */
    private void prune() throws IOException {
        List<Path> stored;
        try (Stream<Path> s = Files.list(folder)) {
            stored = s.filter(f -> f.getFileName().toString().endsWith(".rules") && !f.getFileName().toString().startsWith(".")
                    && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        if (stored.size() <= KEEP) return;
        Map<Path, FileTime> used = new HashMap<>();
        for (Path f : stored) used.put(f, Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS));
        List<Path> newestFirst = new ArrayList<>(stored);
        newestFirst.sort(Comparator.comparing((Path f) -> used.get(f)).reversed().thenComparing(Path::getFileName));
        for (Path old : newestFirst.subList(KEEP, newestFirst.size())) Files.deleteIfExists(old);
    }

    /**
     * The body of a cache file whose header (checked by the caller) ends at {@code from}, when its length and
     * checksum match; null otherwise. A view of {@code file}, not a copy: the body is 1.5 MB for the shipped packs.
     */
    private static ByteBuffer checkedBody(byte[] file, int from) {
        ByteBuffer rest = ByteBuffer.wrap(file, from, file.length - from);
        if (rest.remaining() < Long.BYTES + Integer.BYTES) return null;
        long sum = rest.getLong();
        int length = rest.getInt();
        if (length != rest.remaining()) return null;
        CRC32C crc = new CRC32C();
        crc.update(rest.duplicate());
        return sum == crc.getValue() ? rest : null;
    }

    /** What the catalog keeps besides the rule base: metadata and places the compiled packages forget. */
    private record Catalog(List<RuleInfo> rules, List<Kind> kinds, Map<String, Set<String>> vocabulary) {}

    /** A declared kind with its class named by the declared type's full name. */
    private record Kind(String name, String pack, String typeName, String type, String description,
                        List<DeclaredKind.Field> fields, String file, int line) {}

    static byte[] encode(RuleSet rules) throws IOException {
        List<Kind> kinds = new ArrayList<>();
        for (DeclaredKind k : rules.kinds())
            kinds.add(new Kind(k.name(), k.pack(), k.typeName(), k.type().getName(), k.description(), k.fields(), k.file(), k.line()));
        byte[] catalog = JSON.writeValueAsBytes(new Catalog(rules.rules(), kinds, rules.vocabulary().lists()));
        // Types the DRL declares are generated into the rule base's class loader, not into its packages.
        Map<String, byte[]> store = ((ProjectClassLoader) ((InternalRuleBase) rules.kieBase()).getRootClassLoader()).getStore();
        Map<String, byte[]> types = store == null ? Map.of() : new TreeMap<>(store); // null when the packs declare nothing

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(catalog.length);
        data.write(catalog);
        data.writeInt(types.size());
        for (Map.Entry<String, byte[]> t : types.entrySet()) {
            data.writeUTF(t.getKey());
            data.writeInt(t.getValue().length);
            data.write(t.getValue());
        }
        data.flush();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(rules.kieBase().getKiePackages()));
        }
        return bytes.toByteArray();
    }

    /** The rule set in {@code body}, its rules and kinds named in the files of {@code packs} (the packs it was compiled from, wherever they are now). */
    private static RuleSet decode(ByteBuffer body, List<RulePacks.Pack> packs, RuleSet.Origin origin) throws IOException, ClassNotFoundException {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body.array(), body.arrayOffset() + body.position(), body.remaining());
        DataInputStream data = new DataInputStream(bytes);
        Catalog catalog = JSON.readValue(data.readNBytes(data.readInt()), Catalog.class);
        int count = data.readInt();
        Map<String, byte[]> types = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            int length = data.readInt();
            if (length < 0 || length > bytes.available()) throw new IOException("truncated");
            types.put(name, data.readNBytes(length));
        }
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(RuleCache.class.getClassLoader());
        loader.storeClasses(types);
        Collection<KiePackage> packages;
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(bytes, loader)) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> read = (Collection<KiePackage>) in.readObject();
            packages = read;
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(KieServices.get().newKieBaseConfiguration(null, loader));
        base.addPackages(packages);

        List<DeclaredKind> kinds = new ArrayList<>();
        for (Kind k : catalog.kinds()) {
            int dot = k.type().lastIndexOf('.');
            FactType type = base.getFactType(k.type().substring(0, dot), k.type().substring(dot + 1));
            if (type == null) throw new IOException("declared type " + k.type() + " is missing");
            kinds.add(new DeclaredKind(k.name(), k.pack(), k.typeName(), type.getFactClass(), k.description(), k.fields(), inPacks(k.file(), k.pack(), packs), k.line()));
        }
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleInfo r : catalog.rules()) {
            if (r.id() == null || r.severity() == null) throw new IOException("incomplete rule entry");
            rules.add(new RuleInfo(r.id(), r.severity(), r.title(), r.help(), r.pack(), inPacks(r.file(), r.pack(), packs), r.line()));
        }
        return new RuleSet(base, rules, kinds, new Vocabulary(catalog.vocabulary()), origin);
    }

    /**
     * {@code file} of pack {@code pack} as compiling {@code packs} would name it: the file's name in the pack's
     * folder now. The key holds every file's pack and name, so the file is there.
     */
    private static String inPacks(String file, String pack, List<RulePacks.Pack> packs) throws IOException {
        if (file == null) return null;
        for (RulePacks.Pack p : packs) if (p.name().equals(pack)) return p.dir().resolve(Path.of(file).getFileName().toString()).toString();
        throw new IOException("no pack " + pack);
    }

    /**
     * True when {@code p} is not a link, is owned by the user running claimcheck, and neither group
     * nor others may write it. False too where the file system has no owners and permissions to check.
     */
    private static boolean privateToUser(Path p, boolean directory) throws IOException {
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return false;
        }
        if (directory ? !a.isDirectory() : !a.isRegularFile()) return false;
        Set<PosixFilePermission> perms = a.permissions();
        if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) return false;
        return a.owner().equals(currentUser());
    }

    private static UserPrincipal currentUser() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static long crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void update(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(ByteBuffer.allocate(4).putInt(b.length).array()); // length first: no two sequences of strings hash alike
        d.update(b);
    }
}
