package io.beyondwords.it.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.beyondwords.it.contract.SpecOperations.SpecOperation;
import io.beyondwords.it.support.SpecValidatingInterceptor;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;

/**
 * Collects, across the tests of one class, the exchanges each validator saw, grouped by a label (the facade's
 * {@code "sync"} or {@code "async"} client), and answers which spec operations no label exercised successfully.
 *
 * <p>An operation counts as exercised through a label when at least one exchange with a 2xx status and no validation
 * error matched its (method, path template). An error-only exchange (a 404 for a show) does not count: the point is
 * that each operation's success path went through the facade and past the validator.
 */
final class ExchangeCoverage {

    private final SpecOperations spec;
    private final String basePath;
    private final Map<String, List<Exchange>> byLabel = new LinkedHashMap<>();

    ExchangeCoverage(SpecOperations spec, String basePath) {
        this.spec = spec;
        this.basePath = "/".equals(basePath) ? "" : basePath;
    }

    /** Records what {@code validator} saw so far under {@code label}. */
    synchronized void record(String label, SpecValidatingInterceptor validator) {
        record(label, validator.exchanges());
    }

    synchronized void record(String label, List<Exchange> exchanges) {
        byLabel.computeIfAbsent(label, k -> new ArrayList<>()).addAll(exchanges);
    }

    /** The spec operations that {@code label} never exercised successfully, e.g. {@code [PUT /background_tracks/{id}]}. */
    synchronized List<SpecOperation> notExercised(String label) {
        List<Exchange> exchanges = byLabel.getOrDefault(label, List.of());
        return spec.all().stream()
                .filter(op -> exchanges.stream().noneMatch(e -> succeeded(e) && covers(op, e)))
                .collect(Collectors.toList());
    }

    /** Exchanges that matched no operation of the spec (they are validation errors too; listed for the message). */
    synchronized List<Exchange> unmatched() {
        return byLabel.values().stream().flatMap(List::stream)
                .filter(e -> relativePath(e).flatMap(p -> spec.match(e.method(), p)).isEmpty())
                .collect(Collectors.toList());
    }

    /** Fails, naming each gap, unless every spec operation was exercised successfully under every label given. */
    synchronized void assertEveryOperationExercised(String... labels) {
        List<String> gaps = new ArrayList<>();
        for (String label : labels) {
            for (SpecOperation op : notExercised(label)) {
                gaps.add(label + ": " + op);
            }
        }
        if (!gaps.isEmpty()) {
            throw new AssertionError("Operations in openapi.yaml not exercised through the facade (a 2xx exchange that"
                    + " passed swagger-request-validator):\n  " + String.join("\n  ", gaps)
                    + "\nAdd a contract test driving them. Seen: " + summary());
        }
    }

    /** Per label, the distinct {@code METHOD template -> status} seen, e.g. {@code GET /background_tracks/{id} -> 404}. */
    private Map<String, java.util.Set<String>> summary() {
        Map<String, java.util.Set<String>> summary = new LinkedHashMap<>();
        byLabel.forEach((label, exchanges) -> summary.put(label, exchanges.stream()
                .map(e -> e.method() + " " + relativePath(e).flatMap(p -> spec.match(e.method(), p))
                        .map(SpecOperation::pathTemplate).orElse(e.url().encodedPath())
                        + " -> " + (e.status() > 0 ? e.status() : "no response") + (e.hasErrors() ? " (invalid)" : ""))
                .collect(Collectors.toCollection(java.util.TreeSet::new))));
        return summary;
    }

    private static boolean succeeded(Exchange e) {
        return e.status() >= 200 && e.status() < 300 && !e.hasErrors();
    }

    private boolean covers(SpecOperation op, Exchange e) {
        return relativePath(e).map(p -> op.matches(e.method(), p)).orElse(false);
    }

    private Optional<String> relativePath(Exchange e) {
        String path = e.url().encodedPath();
        if (basePath.isEmpty()) {
            return Optional.of(path);
        }
        return path.startsWith(basePath + "/") ? Optional.of(path.substring(basePath.length())) : Optional.empty();
    }
}
