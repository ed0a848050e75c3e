package claimcheck.rules;

import claimcheck.InputError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the build (Maven's process-classes phase, before the jar is made): compiles the shipped rule
 * packs and writes them where the jar will hold them ({@link RuleCache#SHIPPED}), in the cache's own
 * format. A first run, a fresh CI runner or a copied jar then reads the shipped packs compiled instead
 * of compiling them; packs that differ from these by one byte are compiled as before.
 *
 * <p>Usage: {@code PrecompiledRules RULES_FOLDER OUTPUT_FILE}. A pack that does not compile fails the build.
 */
public final class PrecompiledRules {
    private PrecompiledRules() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: PrecompiledRules RULES_FOLDER OUTPUT_FILE");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off"); // a pack's problems are errors, below
        List<RulePacks.Pack> packs;
        RuleSet compiled;
        try {
            packs = RulePacks.find(List.of(Path.of(args[0])));
            compiled = RuleLoader.compile(packs);
        } catch (InputError e) {
            System.err.println(e.oneLine());
            System.exit(2);
            return;
        }
        RuleCache.Key key = RuleCache.key(packs).orElseThrow(() -> new IOException("cannot read the rule packs in " + args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            RuleCache.writeFile(o, key, RuleCache.encode(compiled));
        }
    }
}
