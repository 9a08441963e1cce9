package io.beyondwords.examples.docs;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.testkit.BeyondWordsStandIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every Java block of the repository's Markdown with its kind, its source and, once compiled, its class: what
 * {@link MarkdownSnippetsTest} compiles and runs, and what {@link SnippetCoverageTest} holds every block against.
 */
final class DocSnippets {
    private static DocSnippets all;

    private final Map<CodeBlock, SnippetSource> sources = new LinkedHashMap<>();
    private final List<CodeBlock> blocks = new ArrayList<>();
    private SnippetCompiler compiled;

    private DocSnippets(Path root) {
        List<String> imports = importedPackages();
        for (Path file : MarkdownFiles.under(root)) {
            for (CodeBlock block : CodeBlocks.of(root, file)) {
                if (!block.isJava()) {
                    continue;
                }
                blocks.add(block);
                if (hasKind(block) && SnippetKind.of(block) != SnippetKind.FRAGMENT) {
                    String name = "Snippet" + (sources.size() + 1) + "_"
                            + file.getFileName().toString().replaceAll("[^A-Za-z0-9]", "_");
                    sources.put(block, SnippetSource.of(block, name, imports));
                }
            }
        }
    }

    private static boolean hasKind(CodeBlock block) {
        try {
            SnippetKind.of(block);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the repository's snippets, read (and compiled) once per test JVM */
    static synchronized DocSnippets repository() {
        if (all == null) {
            all = new DocSnippets(MarkdownFiles.REPO);
            Path work = Path.of("target", "doc-snippets").toAbsolutePath();
            deleteRecursively(work);   // a snippet since removed from the docs must not linger as a class
            all.compiled = SnippetCompiler.compile(work, List.copyOf(all.sources.values()));
        }
        return all;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every Java block of every Markdown file, fragments included */
    List<CodeBlock> blocks() {
        return List.copyOf(blocks);
    }

    /** @return the source compiled for {@code block}; a fragment has none */
    SnippetSource source(CodeBlock block) {
        SnippetSource source = sources.get(block);
        if (source == null) {
            throw new IllegalArgumentException(block.where() + " is not compiled (" + SnippetKind.of(block) + ")");
        }
        return source;
    }

    /** @return the compiler's errors for {@code block}, empty when it compiled */
    List<String> errors(CodeBlock block) {
        return compiled.errors(source(block).className());
    }

    /** @return the first Java block under the heading {@code heading} of {@code file} (e.g. {@code ## Errors}) */
    CodeBlock under(String file, String heading) {
        return blocks.stream().filter(b -> b.file().equals(Path.of(file)) && b.heading().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no Java block under '" + heading + "' in " + file));
    }

    /**
     * Runs {@code block}: statements against a fresh stand-in whose content is processed at once (so a wait reads
     * once and never sleeps), with {@code fromEnv()} pointed at it; a JUnit class through the JUnit launcher.
     *
     * @return what the statements printed, or the JUnit summary's failures (empty when every test passed)
     */
    String run(CodeBlock block) throws Exception {
        SnippetSource source = source(block);
        try (URLClassLoader loader = compiled.loader()) {
            Class<?> type = loader.loadClass(source.className());
            if (source.unit()) {
                return source.source().contains("@Test") ? junit(type) : "";
            }
            try (BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().pollsUntilProcessed(0).build().start()) {
                return printed(standIn, () -> {
                    try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey(standIn.apiKey())
                            .baseUrl(standIn.baseUrl()).build()) {
                        Method run = findRun(type);
                        List<Object> arguments = new ArrayList<>();
                        for (String parameter : source.parameters()) {
                            arguments.add(parameter.endsWith(" client") ? client
                                    : parameter.endsWith(" project") ? (Object) BeyondWordsStandIn.DEFAULT_PROJECT_ID
                                    : standIn);
                        }
                        run.invoke(null, arguments.toArray());
                    }
                });
            } catch (InvocationTargetException e) {
                throw new AssertionError(block.where() + " threw " + e.getCause() + "\n" + source.source(),
                        e.getCause());
            }
        }
    }

    private static Method findRun(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals("run")) {
                return method;
            }
        }
        throw new IllegalStateException(type + " has no run method");
    }

    /** Runs the JUnit tests of {@code type} and returns their failures, empty if at least one ran and all passed. */
    private static String junit(Class<?> type) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTestsFailedCount() == 0 && summary.getTestsSucceededCount() > 0) {
            return "";
        }
        StringWriter failures = new StringWriter();
        summary.printTo(new PrintWriter(failures));
        summary.printFailuresTo(new PrintWriter(failures), 20);
        return failures.toString();
    }

    /** Code that runs a compiled snippet. */
    private interface SnippetRun {
        void run() throws Exception;
    }

    /** Runs {@code run} with {@code fromEnv()} finding the stand-in (system properties win over the environment). */
    private static String printed(BeyondWordsStandIn standIn, SnippetRun run) throws Exception {
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

    /**
     * What a statement snippet may use without importing it: every package the SDK's and the testkit's module
     * descriptors export (read from the built descriptors, so a new resource's package comes along), and the JDK
     * packages the docs use.
     */
    private static List<String> importedPackages() {
        TreeSet<String> packages = new TreeSet<>(List.of("java.net", "java.time", "java.util",
                "java.util.concurrent", "java.util.stream"));
        for (Class<?> type : List.of(BeyondWordsClient.class, BeyondWordsStandIn.class)) {
            ModuleDescriptor descriptor = descriptorOf(type);
            descriptor.exports().forEach(e -> packages.add(e.source()));
        }
        return List.copyOf(packages);
    }

    /** @return the module descriptor of the jar or classes folder {@code type} was loaded from */
    static ModuleDescriptor descriptorOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ModuleFinder.of(location).findAll().stream().findFirst().map(ModuleReference::descriptor)
                    .orElseThrow(() -> new IllegalStateException("no module descriptor at " + location));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
