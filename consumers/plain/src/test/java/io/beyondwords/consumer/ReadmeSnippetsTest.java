package io.beyondwords.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.ContentSeed;
import io.beyondwords.testkit.StandInTrack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
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
            Method main = loader.loadClass("ReadmeUsage").getMethod("main", String[].class);
            String printed = printedAgainst(standIn, () -> main.invoke(null, (Object) new String[0]));

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

    /**
     * The README's first screen: a fragment with its own client from {@code fromEnv()}, compiled with the imports
     * a user would add, and run against a stand-in that processes at once (so the wait reads once and never sleeps).
     */
    @Test
    void theFirstScreensSnippetCompilesAndRunsAgainstTheStandIn() throws Exception {
        String printed = runFragment("ReadmeTop", javaBlockAfter("# beyondwords-java"), standIn -> { });

        assertThat(printed).containsPattern("https://example\\.com/audio/[0-9a-f-]{36}\\.mp3")
                .containsPattern("[0-9a-f-]{36}  processed");
    }

    /**
     * Every snippet of "From an article to audio", each against a fresh stand-in. A snippet that opens its own client
     * runs as it is; the others are fragments that use {@code client}, {@code project} (the default project's id) and
     * {@code params} (a create with its own source id), which the harness declares, and {@code publish(…)}, which it
     * defines. A snippet that reads the item with source id {@code article-42} without creating it finds it seeded.
     */
    @Test
    void everyArticleToAudioSnippetCompilesAndRunsAgainstTheStandIn() throws Exception {
        List<List<String>> blocks = javaBlocksBetween("## From an article to audio", "## Operations");
        assertThat(blocks).as("snippets in the section").hasSizeGreaterThanOrEqualTo(6);
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<String> block = blocks.get(i);
            String code = String.join("\n", block);
            boolean seed = code.contains("\"article-42\"") && !code.contains(".sourceId(\"article-42\")");
            outputs.add(runFragment("ReadmeArticle" + (i + 1), block, standIn -> {
                if (seed) {
                    standIn.addContent(BeyondWordsStandIn.DEFAULT_PROJECT_ID, ContentSeed.titled("Rain clears")
                            .sourceId("article-42").sourceUrl("https://example.com/weather/rain-clears"));
                }
            }));
        }
        String all = String.join("\n", outputs);
        assertThat(all).as("audio URLs printed").contains("audio/mpeg  https://example.com/audio/")
                .as("a project's voices").containsPattern("\\d+  \\S.*  en_")
                .as("the wait's progress").contains("status: processed")
                .as("the async create's audio").contains("published 2 audio file(s)")
                .as("languages").contains("en_US");
    }

    /**
     * The Operations section's fragments use resources the stand-in does not serve (ads, analytics, player settings,
     * script templates; their contract tests run against Prism), so they are compiled, with every resource package
     * imported, but not run.
     */
    @Test
    void theOperationsSnippetsCompile() throws Exception {
        List<List<String>> blocks = javaBlocksBetween("## Operations", "## Configuration");
        assertThat(blocks).as("snippets in the section").isNotEmpty();
        for (int i = 0; i < blocks.size(); i++) {
            String className = "ReadmeOperations" + (i + 1);
            String body = blocks.get(i).stream().map(l -> "        " + l).collect(Collectors.joining("\n"));
            compile(className, SNIPPET_IMPORTS + "import io.beyondwords.ads.*;\nimport io.beyondwords.analytics.*;\n"
                    + "import io.beyondwords.playersettings.*;\nimport io.beyondwords.scripttemplates.*;\n"
                    + "import java.net.URI;\n\npublic class " + className + " {\n"
                    + "    public static void run(BeyondWordsClient client) throws Exception {\n" + body + "\n    }\n}\n");
        }
    }

    /** What a fragment does to a fresh stand-in before it runs. */
    private interface Setup {
        void prepare(BeyondWordsStandIn standIn);
    }

    /**
     * Compiles a README fragment into a class with the imports a user would write, runs it against a fresh stand-in,
     * and returns what it printed.
     */
    private static String runFragment(String className, List<String> block, Setup setup) throws Exception {
        String code = String.join("\n", block);
        boolean ownClient = code.contains("BeyondWordsClient.fromEnv()");
        String body = block.stream().map(l -> "        " + l).collect(Collectors.joining("\n"));
        String source = SNIPPET_IMPORTS + "\npublic class " + className + " {\n"
                + (ownClient
                        ? "    public static void run() throws Exception {\n"
                        : "    public static void run(BeyondWordsClient client, long project, ContentCreateParams params)"
                                + " throws Exception {\n")
                + body + "\n    }\n\n"
                + "    static void publish(List<ContentMedia> audio) {\n"
                + "        System.out.println(\"published \" + audio.size() + \" audio file(s)\");\n    }\n}\n";
        Path classes = compile(className, source);

        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().pollsUntilProcessed(0).build().start();
                URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                        ReadmeSnippetsTest.class.getClassLoader())) {
            setup.prepare(standIn);
            Class<?> snippet = loader.loadClass(className);
            return printedAgainst(standIn, () -> {
                if (ownClient) {
                    snippet.getMethod("run").invoke(null);
                    return;
                }
                try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey(standIn.apiKey())
                        .baseUrl(standIn.baseUrl()).build()) {
                    snippet.getMethod("run", BeyondWordsClient.class, long.class, ContentCreateParams.class)
                            .invoke(null, client, BeyondWordsStandIn.DEFAULT_PROJECT_ID,
                                    ContentCreateParams.builder().title("Harness article").sourceId("harness-1")
                                            .build());
                }
            });
        } catch (InvocationTargetException e) {
            throw new AssertionError(className + " threw " + e.getCause() + "\n" + source, e.getCause());
        }
    }

    /** Code that runs a compiled snippet. */
    private interface SnippetRun {
        void run() throws Exception;
    }

    /**
     * Runs a snippet as a user's program against the stand-in: {@code fromEnv()} finds it (through the system
     * properties it reads before the environment), and what the snippet prints is returned.
     */
    private static String printedAgainst(BeyondWordsStandIn standIn, SnippetRun run) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty("beyondwords.apiKey", standIn.apiKey());
        System.setProperty("beyondwords.baseUrl", standIn.baseUrl());
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            run.run();
        } finally {
            System.setOut(out);
            System.clearProperty("beyondwords.apiKey");
            System.clearProperty("beyondwords.baseUrl");
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** What a user's file would import for the README's fragments. */
    private static final String SNIPPET_IMPORTS = String.join("\n",
            "import io.beyondwords.*;",
            "import io.beyondwords.content.*;",
            "import io.beyondwords.errors.*;",
            "import io.beyondwords.languages.*;",
            "import io.beyondwords.player.*;",
            "import io.beyondwords.projects.*;",
            "import io.beyondwords.voices.*;",
            "import java.time.Duration;",
            "import java.util.List;",
            "");

    /** The lines of every ```java block between the line {@code from} and the line {@code to}. */
    private static List<List<String>> javaBlocksBetween(String from, String to) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(from);
        int end = lines.indexOf(to);
        assertThat(start).as("README.md has a line '" + from + "'").isNotNegative();
        assertThat(end).as("README.md has a line '" + to + "' after '" + from + "'").isGreaterThan(start);
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : lines.subList(start + 1, end)) {
            if (block == null && line.equals("```java")) {
                block = new ArrayList<>();
            } else if (block != null && line.equals("```")) {
                blocks.add(block);
                block = null;
            } else if (block != null) {
                block.add(line);
            }
        }
        return blocks;
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
