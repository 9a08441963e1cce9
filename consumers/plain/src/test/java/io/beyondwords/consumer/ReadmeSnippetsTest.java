package io.beyondwords.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.StandInTrack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The README's code, taken from README.md as it is written there (so the README cannot drift from the SDK), compiled
 * against this project's class path (the installed artifacts, as a user gets them) and run against the testkit's
 * stand-in.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of(System.getProperty("beyondwords.readme"));
    private static final Path WORK = Path.of("target", "readme-snippets").toAbsolutePath();

    @Test
    void theUsageSnippetCompilesAndRunsAgainstTheStandIn() throws Exception {
        List<String> snippet = javaBlockAfter("## Usage");
        List<String> imports = snippet.stream().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
        List<String> statements = snippet.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.toList());
        String source = String.join("\n", imports) + "\n\npublic class ReadmeUsage {\n"
                + "    public static void main(String[] args) {\n"
                + statements.stream().map(l -> "        " + l).collect(Collectors.joining("\n"))
                + "\n    }\n}\n";
        Path classes = compile("ReadmeUsage", source);

        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.startDefault();
                URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                        getClass().getClassLoader())) {
            // fromEnv() reads these system properties before the environment.
            System.setProperty("beyondwords.apiKey", standIn.apiKey());
            System.setProperty("beyondwords.baseUrl", standIn.baseUrl());
            String printed;
            PrintStream out = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                Method main = loader.loadClass("ReadmeUsage").getMethod("main", String[].class);
                main.invoke(null, (Object) new String[0]);
            } finally {
                System.setOut(out);
                System.clearProperty("beyondwords.apiKey");
                System.clearProperty("beyondwords.baseUrl");
                printed = captured.toString(StandardCharsets.UTF_8);
            }

            assertThat(printed).isEqualTo("1 Calm piano https://example.com/calm-piano.mp3" + System.lineSeparator());
            assertThat(standIn.tracks()).extracting(StandInTrack::name, StandInTrack::volume)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Calm piano", 100));
            assertThat(standIn.requests()).extracting(c -> c.method() + " " + c.path()).containsExactly(
                    "POST /v1/background_tracks", "GET /v1/background_tracks/1", "PUT /v1/background_tracks/1",
                    "GET /v1/background_tracks");
        }
    }

    @Test
    void theJUnit5ExampleCompilesAndPasses() throws Exception {
        String source = String.join("\n", javaBlockAfter("### A complete JUnit 5 example")) + "\n";
        assertThat(source).contains("class JingleServiceTest");
        Path classes = compile("JingleServiceTest", source);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(loader.loadClass("JingleServiceTest"))).build(), listener);
            TestExecutionSummary summary = listener.getSummary();
            StringWriter failures = new StringWriter();
            summary.printFailuresTo(new java.io.PrintWriter(failures), 20);

            assertThat(summary.getTestsFailedCount()).as(failures.toString()).isZero();
            assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        }
    }

    /** The lines of the first ```java block after the line {@code heading}. */
    private static List<String> javaBlockAfter(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertThat(at).as("README.md has a line '" + heading + "'").isNotNegative();
        List<String> block = new ArrayList<>();
        boolean inside = false;
        for (String line : lines.subList(at + 1, lines.size())) {
            if (!inside && line.equals("```java")) {
                inside = true;
            } else if (inside && line.equals("```")) {
                return block;
            } else if (inside) {
                block.add(line);
            }
        }
        throw new AssertionError("no ```java block after '" + heading + "' in " + README);
    }

    /** Compiles one source file against the test class path (what this project resolved), with every warning. */
    private static Path compile(String className, String source) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve(className));
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        // Surefire's own class path is a manifest-only jar; this property is the test class path itself.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int status = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(), "-cp", classPath,
                "--release", "17", file.toString());
        assertThat(status).as(file + " compiles:\n" + diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }
}
