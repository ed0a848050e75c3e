package claimcheck.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Run by the build (Maven's process-classes phase, after the shipped packs are compiled): writes the list of
 * classes {@link Preloader} loads ahead of a run. It runs {@code claimcheck verify} on the repository's sample
 * article in a JVM of its own, started as bin/claimcheck starts one, with the JVM's class-loading log on, and
 * keeps the classes that run read from the class path and the JDK's runtime image, in the order it read them.
 * Classes the JDK's own archive holds cost little to load and are left out, as are classes made at run time
 * (lambdas, proxies, compiled rules), which the application's class loader cannot be asked for by name.
 *
 * <p>Usage: {@code PreloadTraining REPOSITORY OUTPUT_FILE}. A training run that does not end with exit 0 or 1
 * (the sample fails its gate) fails the build.
 */
public final class PreloadTraining {
    static final String SAMPLE = "facts/mx-us-transfers-2026-01.yaml";

    // "[0.123s][info][class,load] java.util.List source: jrt:/java.base", decorations optional.
    private static final Pattern LOADED = Pattern.compile("^(?:\\[[^]]*])*\\s*([\\w$.]+) source: (.*)$");

    private PreloadTraining() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) throw new IllegalArgumentException("usage: PreloadTraining REPOSITORY OUTPUT_FILE");
        Path repository = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath();
        Path work = Files.createTempDirectory("claimcheck-preload");
        try {
            List<String> log = train(repository, work);
            List<String> classes = classesRead(log);
            Files.createDirectories(out.getParent());
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");  // the umask's mode, as the build's other files
            Files.write(tmp, classes, UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** Runs verify on the sample as bin/claimcheck would, its caches and reports in {@code work}; returns its class-loading log. */
    private static List<String> train(Path repository, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("classes.log");
        Path errors = work.resolve("stderr.txt");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xlog:disable", "-Xlog:class+load=info:file=\"" + log + "\":none",  // quoted: a path may hold a colon
                "-Dclaimcheck.home=" + repository,
                // The list is of what the run itself loads, not of what an older list preloaded.
                "-Dclaimcheck.preload=false",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "verify", repository.resolve(SAMPLE).toString(), "--out", work.resolve("reports").toString());
        ProcessBuilder training = new ProcessBuilder(command)
                .directory(repository.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile());
        training.environment().put("CLAIMCHECK_CACHE", work.resolve("cache").toString());
        String what = "the training run of claimcheck verify on " + SAMPLE;
        Process run = training.start();
        if (!run.waitFor(5, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new IOException(what + " did not end within 5 minutes");
        }
        int exit = run.exitValue();
        if (exit != 0 && exit != 1) throw new IOException(what + " ended with exit " + exit + ":\n" + Files.readString(errors, UTF_8));
        return Files.readAllLines(log, UTF_8);
    }

    /**
     * The classes a class-loading log ({@code -Xlog:class+load}) shows read from the class path (a jar or a
     * folder) or the runtime image and that this class's loader can find by name, each once, in the order read.
     */
    static List<String> classesRead(List<String> log) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : log) {
            Matcher m = LOADED.matcher(line);
            if (!m.matches()) continue;
            String source = m.group(2);
            if (source.startsWith("jrt:/") || source.startsWith("file:") || source.startsWith("jar:")) names.add(m.group(1));
        }
        // Classes Drools defines for compiled rules name the jar as their source too, but only their own
        // class loader knows them.
        ClassLoader loader = PreloadTraining.class.getClassLoader();
        names.removeIf(name -> loader.getResource(name.replace('.', '/') + ".class") == null);
        return List.copyOf(names);
    }
}
