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
import java.util.stream.Collectors;

/**
 * Compares {@code spec/documented-operations.txt} (every operation the API reference documents, each marked
 * {@code described} or {@code pending}) with the operations of {@code openapi.yaml}.
 *
 * <p>openapi.yaml grows towards the reference's 58 operations a few at a time, so "the spec lacks a documented
 * operation" cannot fail the build yet. What can: the list itself being wrong (not 58 operations, duplicates, malformed
 * lines), a {@code described} operation missing from the spec, a {@code pending} one present in it (the list must move
 * with the spec), and a spec operation the reference never showed (the project never invents endpoints). Operations are
 * matched on method and path with path parameter names dropped ({@link FacadeOperationCoverageCheck#requestKey}),
 * because our spec may name a parameter differently from the reference while the request on the wire is the same.
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

    /** Whether openapi.yaml describes a documented operation yet. */
    public enum Status {
        DESCRIBED, PENDING
    }

    /** One line of the list. */
    public record DocumentedOperation(int line, String httpMethod, String path, String tag, String completeness,
            Status status) {

        String key() {
            return FacadeOperationCoverageCheck.requestKey(httpMethod, path);
        }

        /** {@code line 12: GET /background_tracks/{id}}. */
        String describe() {
            return "line " + line + ": " + httpMethod + " " + path;
        }
    }

    /** What the comparison found; {@link #problems()} is empty when the check passes. */
    public record Result(Path list, Path spec, List<DocumentedOperation> operations, List<String> problems) {

        public boolean passed() {
            return problems.isEmpty();
        }

        /** {@code 20 of 58 documented operations described; pending: Ads 5, Analytics 8, ...}. */
        public String summary() {
            long described = operations.stream().filter(op -> op.status() == Status.DESCRIBED).count();
            // Tags in the order the list first names them, which is the reference's order.
            Map<String, Integer> pendingByTag = new LinkedHashMap<>();
            for (DocumentedOperation op : operations) {
                if (op.status() == Status.PENDING) {
                    pendingByTag.merge(op.tag(), 1, Integer::sum);
                }
            }
            return described + " of " + operations.size() + " documented operations described; pending: "
                    + (pendingByTag.isEmpty() ? "none" : pendingByTag.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
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
        for (DocumentedOperation op : operations) {
            SpecOperation inSpec = specByKey.get(op.key());
            if (op.status() == Status.DESCRIBED && inSpec == null) {
                problems.add(op.describe() + " is marked described, but openapi.yaml has no " + op.httpMethod() + " "
                        + op.path() + " (parameter names aside): add the operation to openapi.yaml, or mark the line"
                        + " pending if it was taken out on purpose");
            } else if (op.status() == Status.PENDING && inSpec != null) {
                problems.add(op.describe() + " is marked pending, but openapi.yaml describes it as "
                        + inSpec.describe() + ": mark the line described in the same commit");
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
        return new Result(listPath, specPath, List.copyOf(operations), List.copyOf(problems));
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
            if (columns.length != 5) {
                problem = "has " + columns.length + " column(s), expected 5 separated by two or more spaces"
                        + " (method, path, tag, completeness, described|pending)";
            } else if (!METHODS.contains(columns[0])) {
                problem = "method \"" + columns[0] + "\" is not one of " + METHODS.stream().sorted().toList();
            } else if (!PATH.matcher(columns[1]).matches()) {
                problem = "path \"" + columns[1] + "\" is not a path as the reference writes it"
                        + " (\"/segment/{param}\")";
            } else if (!COMPLETENESS.contains(columns[3])) {
                problem = "completeness \"" + columns[3] + "\" is not one of " + COMPLETENESS.stream().sorted()
                        .toList();
            } else if (!columns[4].equals("described") && !columns[4].equals("pending")) {
                problem = "status \"" + columns[4] + "\" is neither described nor pending";
            }
            if (problem != null) {
                problems.add("line " + (i + 1) + " is malformed: " + problem + ": \"" + text + "\"");
                continue;
            }
            operations.add(new DocumentedOperation(i + 1, columns[0], columns[1], columns[2], columns[3],
                    columns[4].equals("described") ? Status.DESCRIBED : Status.PENDING));
        }
        return operations;
    }
}
