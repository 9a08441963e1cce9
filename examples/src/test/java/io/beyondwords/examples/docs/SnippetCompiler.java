package io.beyondwords.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles snippet sources in one javac run against the test class path (the SDK and the testkit as this build made
 * them), keeping each source's errors apart, so one broken snippet names itself and does not hide the others.
 */
final class SnippetCompiler {
    private final Path classes;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private SnippetCompiler(Path classes) {
        this.classes = classes;
    }

    /**
     * Compiles every source of {@code sources}. javac writes no class at all once any source has an error, so the
     * sources that compiled cleanly are compiled again on their own, and only the broken ones fail.
     */
    static SnippetCompiler compile(Path work, List<SnippetSource> sources) {
        try {
            SnippetCompiler compiler = new SnippetCompiler(Files.createDirectories(work.resolve("classes")));
            List<Path> files = new ArrayList<>();
            for (SnippetSource source : sources) {
                Path file = Files.createDirectories(work.resolve("src").resolve(source.className()))
                        .resolve(source.className() + ".java");
                Files.writeString(file, source.source(), StandardCharsets.UTF_8);
                files.add(file);
                compiler.errors.put(source.className(), new ArrayList<>());
            }
            compiler.run(files);
            List<Path> clean = new ArrayList<>();
            for (Path file : files) {
                if (compiler.errors(file.getFileName().toString().replace(".java", "")).isEmpty()) {
                    clean.add(file);
                }
            }
            if (clean.size() < files.size() && !clean.isEmpty()) {
                compiler.run(clean);
            }
            return compiler;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<Path> files) throws IOException {
        {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                // Surefire's own class path is a manifest-only jar; this property is the test class path itself.
                String classPath = System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path"));
                javac.getTask(null, fileManager, diagnostics, List.of("-d", classes.toString(), "-cp", classPath,
                        "--release", "17", "-proc:none", "-Xlint:-options"), null,
                        fileManager.getJavaFileObjectsFromPaths(files)).call();
            }
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String name = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName()
                            .toString().replace(".java", "");
                    List<String> found = errors.computeIfAbsent(name, n -> new ArrayList<>());
                    String error = "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
                    if (!found.contains(error)) {
                        found.add(error);
                    }
                }
            }
        }
    }

    /** @return the compiler's errors in the source of class {@code className}, empty if it compiled */
    List<String> errors(String className) {
        return errors.getOrDefault(className, List.of("not compiled"));
    }

    /** @return a class loader over the compiled snippets, its parent the test's own */
    URLClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, SnippetCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
