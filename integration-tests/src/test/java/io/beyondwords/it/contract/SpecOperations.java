package io.beyondwords.it.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.beyondwords.it.support.ItPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The operations {@code openapi.yaml} declares, read from the file itself (not from a list kept in the tests), as
 * (method, path template) pairs, and a matcher from a concrete request path to its operation. An operation without an
 * {@code operationId} is still listed, under its method and path.
 */
final class SpecOperations {

    /** One operation: {@code GET /background_tracks/{id}} and its operationId, if the spec gives one. */
    record SpecOperation(String method, String pathTemplate, Optional<String> operationId) {

        /** Whether {@code method} and {@code path} (relative to the base path) name this operation. */
        boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && pattern(pathTemplate).matcher(path).matches();
        }

        @Override
        public String toString() {
            return method + " " + pathTemplate + operationId.map(id -> " (" + id + ")").orElse("");
        }
    }

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^/}]+}");

    private final List<SpecOperation> operations;

    private SpecOperations(List<SpecOperation> operations) {
        this.operations = Collections.unmodifiableList(operations);
    }

    /** The operations of {@link ItPaths#openapi()}. */
    static SpecOperations load() {
        return load(tag -> true);
    }

    /**
     * @param tags the tags (resources) whose operations to keep, e.g. {@code "Background tracks"}
     * @return the operations of {@link ItPaths#openapi()} under those tags
     */
    static SpecOperations load(String... tags) {
        java.util.Set<String> wanted = java.util.Set.of(tags);
        return load(wanted::contains);
    }

    private static SpecOperations load(java.util.function.Predicate<String> tagWanted) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(ItPaths.openapi().toUri().toString(), null, options);
        if (api == null || api.getPaths() == null || api.getPaths().isEmpty()) {
            throw new IllegalStateException("Could not read any path from " + ItPaths.openapi());
        }
        List<SpecOperation> list = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                List<String> opTags = op.getValue().getTags() == null ? List.of() : op.getValue().getTags();
                if (opTags.stream().noneMatch(tagWanted)) {
                    continue;
                }
                list.add(new SpecOperation(op.getKey().name().toUpperCase(Locale.ROOT), path.getKey(),
                        Optional.ofNullable(op.getValue().getOperationId())));
            }
        }
        return of(list);
    }

    static SpecOperations of(List<SpecOperation> operations) {
        return new SpecOperations(List.copyOf(operations));
    }

    List<SpecOperation> all() {
        return operations;
    }

    /** The operation a request names, given its path relative to the base path. */
    Optional<SpecOperation> match(String method, String relativePath) {
        return operations.stream().filter(op -> op.matches(method, relativePath)).findFirst();
    }

    /** {@code /background_tracks/{id}} becomes {@code /background_tracks/[^/]+}, anchored. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = TEMPLATE_VARIABLE.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
