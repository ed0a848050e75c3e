package claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example compiles against the library as built, and runs as the README says. */
class LibraryExampleTest {
    private static final Pattern EXAMPLE = Pattern.compile(
            "## Using claimcheck as a library.*?```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README.md has no Java example under \"Using claimcheck as a library\"");
        String source = m.group(1);
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(name.find(), "the example declares no public class");
        Path file = dir.resolve(name.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString()),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertTrue(compiled, "the README example does not compile:\n" + diagnostics);

        Path reports = dir.resolve("reports");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {reports.toString()});
        } finally {
            System.setOut(stdout);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("error core/role-status: \"former President Donald Trump\""), out);
        assertTrue(out.endsWith("gate failed\n"), out);
        assertEquals(List.of("findings.json", "report.html"),
                Files.list(reports.resolve("mx-us-transfers-2026-01")).map(p -> p.getFileName().toString()).sorted().toList());
    }
}
