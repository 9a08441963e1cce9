package io.beyondwords.it.coverage;

import io.beyondwords.it.coverage.FacadeOperationCoverageCheck.SpecOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares {@code spec/documented-operations.txt} (every operation the API reference documents, with how completely it
 * was shown) with the operations of {@code openapi.yaml}.
 *
 * <p>It fails on the list itself being wrong (not 58 operations, duplicates, malformed lines), on a documented
 * operation that openapi.yaml lacks (every one must be reachable from the facade), on an operation whose
 * {@code x-beyondwords-docs} in openapi.yaml differs from the completeness the list gives it (that value becomes the
 * method's Javadoc and the README's table), and on a spec operation the reference never showed (the project never
 * invents endpoints). Operations are matched on method and path with path parameter names dropped
 * ({@link FacadeOperationCoverageCheck#requestKey}), because our spec may name a parameter differently from the
 * reference while the request on the wire is the same.
 */
public final class DocumentedOperationsCheck {

    /** "Total operations: 58" in the reference's endpoints.md, which the tests must not read. */
    static final int DOCUMENTED_TOTAL = 58;

    // Columns are separated by two or more spaces (or tabs) because tags such as "Background tracks" contain one.
    private static final Pattern COLUMN_SEPARATOR = Pattern.compile("\\s{2,}|\\t+");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> COMPLETENESS = Set.of("complete", "op-complete", "partial", "example-only",
            "listed-only");
    // One or more segments of literals or {name}; no query string, no trailing slash.
    private static final Pattern PATH = Pattern.compile("(/([A-Za-z0-9_.-]+|\\{[A-Za-z0-9_]+}))+");

    /** One line of the list. */
    public record DocumentedOperation(int line, String httpMethod, String path, String tag, String completeness) {

        String key() {
            return FacadeOperationCoverageCheck.requestKey(httpMethod, path);
        }

        /** {@code line 12: GET /background_tracks/{id}}. */
        String describe() {
            return "line " + line + ": " + httpMethod + " " + path;
        }
    }

    /** What the comparison found; {@link #problems()} is empty when the check passes. */
    public record Result(Path list, Path spec, List<DocumentedOperation> operations, int inSpec,
            List<String> problems) {

        public boolean passed() {
            return problems.isEmpty();
        }

        /** {@code 58 of 58 documented operations in openapi.yaml}. */
        public String summary() {
            return inSpec + " of " + operations.size() + " documented operations in openapi.yaml";
        }

        /** The message a failing build shows: each problem with its line and what to do. */
        public String failureMessage() {
            if (passed()) {
                return "";
            }
            return list + " does not agree with " + spec + " (" + summary() + "):\n  - "
                    + String.join("\n  - ", problems) + "\n";
        }
    }

    private DocumentedOperationsCheck() {
    }

    /** Checks the list at {@code list} against the spec at {@code spec}. */
    public static Result run(Path list, Path spec) {
        Path listPath = list.toAbsolutePath().normalize();
        Path specPath = spec.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        List<DocumentedOperation> operations = parse(listPath, problems);

        if (operations.size() != DOCUMENTED_TOTAL) {
            problems.add("the list has " + operations.size() + " well-formed operation line(s); the reference"
                    + " documents " + DOCUMENTED_TOTAL + " (\"Total operations: " + DOCUMENTED_TOTAL + "\" in"
                    + " ../shared/reference/endpoints.md): add or remove lines until it lists each exactly once");
        }
        Map<String, DocumentedOperation> byKey = new HashMap<>();
        for (DocumentedOperation op : operations) {
            DocumentedOperation earlier = byKey.putIfAbsent(op.key(), op);
            if (earlier != null) {
                problems.add(op.describe() + " is the same operation as " + earlier.describe()
                        + " (paths compared without parameter names): remove one of them");
            }
        }

        Map<String, SpecOperation> specByKey = new LinkedHashMap<>();
        for (SpecOperation op : FacadeOperationCoverageCheck.readSpecOperations(specPath)) {
            specByKey.putIfAbsent(FacadeOperationCoverageCheck.requestKey(op.httpMethod(), op.path()), op);
        }
        int inSpec = 0;
        for (DocumentedOperation op : operations) {
            SpecOperation described = specByKey.get(op.key());
            if (described == null) {
                problems.add(op.describe() + " is a documented operation, but openapi.yaml has no " + op.httpMethod()
                        + " " + op.path() + " (parameter names aside): describe it in openapi.yaml, so that the"
                        + " facade reaches it");
                continue;
            }
            inSpec++;
            if (!op.completeness().equals(described.docs())) {
                problems.add(op.describe() + " is " + op.completeness() + " in the reference, but openapi.yaml"
                        + " gives " + described.describe() + " x-beyondwords-docs: " + described.docs() + ": make"
                        + " them agree (it is what the method's Javadoc and the README's table say)");
            }
        }
        for (Map.Entry<String, SpecOperation> e : specByKey.entrySet()) {
            if (!byKey.containsKey(e.getKey())) {
                problems.add("openapi.yaml has " + e.getValue().describe() + ", which is not a documented operation:"
                        + " the reference never showed it and the project never invents endpoints, so remove it"
                        + " from openapi.yaml; if it is a documented operation with its path written differently,"
                        + " write the path as the reference does");
            }
        }
        return new Result(listPath, specPath, List.copyOf(operations), inSpec, List.copyOf(problems));
    }

    /** The operation lines of the list; each malformed line becomes a problem instead. */
    static List<DocumentedOperation> parse(Path list, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(list);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of documented operations at " + list, e);
        }
        List<DocumentedOperation> operations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String problem = null;
            String[] columns = COLUMN_SEPARATOR.split(text);
            if (columns.length != 4) {
                problem = "has " + columns.length + " column(s), expected 4 separated by two or more spaces"
                        + " (method, path, tag, completeness)";
            } else if (!METHODS.contains(columns[0])) {
                problem = "method \"" + columns[0] + "\" is not one of " + METHODS.stream().sorted().toList();
            } else if (!PATH.matcher(columns[1]).matches()) {
                problem = "path \"" + columns[1] + "\" is not a path as the reference writes it"
                        + " (\"/segment/{param}\")";
            } else if (!COMPLETENESS.contains(columns[3])) {
                problem = "completeness \"" + columns[3] + "\" is not one of " + COMPLETENESS.stream().sorted()
                        .toList();
            }
            if (problem != null) {
                problems.add("line " + (i + 1) + " is malformed: " + problem + ": \"" + text + "\"");
                continue;
            }
            operations.add(new DocumentedOperation(i + 1, columns[0], columns[1], columns[2], columns[3]));
        }
        return operations;
    }
}
