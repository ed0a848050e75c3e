package claimcheck.rules;

import claimcheck.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds rule packs on disk. A pack is a folder of .drl files (plus, optionally, a vocabulary.yaml);
 * a folder given as a root is either a pack itself or a folder of packs. Two different folders
 * with the same pack name are an error, since rule ids start with the pack name.
 */
final class RulePacks {
    private RulePacks() {}

    /** A pack found on disk: its name, folder, .drl files in name order, and vocabulary file (or null). */
    record Pack(String name, Path dir, List<Path> drl, Path vocabulary) {}

    /** Every pack under {@code roots}, each once, in the order found. */
    static List<Pack> find(List<Path> roots) {
        List<Pack> packs = new ArrayList<>();
        for (Path root : roots) packs.addAll(under(root));
        Map<String, Pack> byName = new LinkedHashMap<>();
        for (Pack p : packs) {
            Pack earlier = byName.putIfAbsent(p.name(), p);
            if (earlier != null && !earlier.dir().toAbsolutePath().normalize().equals(p.dir().toAbsolutePath().normalize()))
                throw new InputError(p.dir().toString(), 0, 0, null, "a second rule pack named \"" + p.name() + "\" (the first is " + earlier.dir() + ")");
        }
        return List.copyOf(byName.values());
    }

    private static List<Pack> under(Path root) {
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
}
