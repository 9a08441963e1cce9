package io.beyondwords.it.coverage;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.beyondwords.internal.transport.Endpoint;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Compares the operations of an OpenAPI document with the endpoints the facade sends requests to.
 *
 * <p>The spec side is every (HTTP method, path) under {@code paths}. The facade side is read from its classes: every
 * static {@link Endpoint} constant of a class of the facade artifact (the method and path the generator took from the
 * spec the facade was built from), with the facade methods that read it. The two are matched on (method, path), not on
 * Java names: a facade built from an older spec still compiles and runs, and only this comparison notices that it sends
 * a request the spec no longer describes, or lacks an operation the spec has.
 */
public final class FacadeOperationCoverageCheck {

    /** An operation of the spec, with its {@code x-beyondwords-docs} ({@code null} if it has none). */
    public record SpecOperation(String httpMethod, String path, String operationId, String docs) {
        /** {@code GET /background_tracks (operationId background_tracks#index)}. */
        public String describe() {
            return httpMethod + " " + path + " (operationId " + (operationId == null ? "<none>" : operationId) + ")";
        }
    }

    /** An {@code Endpoint} constant of the facade: the request it sends, and the constant's name. */
    public record FacadeEndpoint(String httpMethod, String path, String constant) {
    }

    /** One spec operation and the facade methods that send it (through the named endpoint constants). */
    public record CoveredOperation(SpecOperation operation, List<String> endpoints, List<String> facadeCallers) {
    }

    /** A facade endpoint whose request matches no operation of the spec. */
    public record OrphanMapping(FacadeEndpoint endpoint, List<String> facadeCallers) {
    }

    /** What the comparison found. */
    public record Result(Path spec, List<CoveredOperation> covered, List<SpecOperation> uncovered,
            List<OrphanMapping> orphans) {

        public boolean passed() {
            return uncovered.isEmpty() && orphans.isEmpty();
        }

        /** Every spec operation, one line each, with the facade methods that call it. */
        public String listing() {
            StringBuilder out = new StringBuilder();
            for (CoveredOperation op : covered) {
                out.append("  ").append(op.operation().describe()).append(" <- ")
                        .append(String.join(", ", op.facadeCallers())).append('\n');
            }
            for (SpecOperation op : uncovered) {
                out.append("  ").append(op.describe()).append(" <- NO FACADE METHOD\n");
            }
            return out.toString();
        }

        /** The message a failing build shows: each problem by name, with what to do about it. */
        public String failureMessage() {
            if (passed()) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            int total = covered.size() + uncovered.size();
            out.append(spec).append(" has ").append(total).append(" operation(s); the facade calls ")
                    .append(covered.size()).append(" of them.\n");
            if (!uncovered.isEmpty()) {
                out.append("\nOperations no facade method calls (REGENERATING.md: give the operation an"
                        + " x-beyondwords-method and a tag with x-beyondwords-resource, then rebuild):\n");
                for (SpecOperation op : uncovered) {
                    out.append("  - ").append(op.describe()).append(": no Endpoint of the facade on this classpath"
                            + " sends it\n");
                }
            }
            if (!orphans.isEmpty()) {
                out.append("\nFacade mappings whose operation is gone from the spec (deprecate the facade method in a"
                        + " compatible release, or remove it in a breaking one):\n");
                for (OrphanMapping orphan : orphans) {
                    FacadeEndpoint endpoint = orphan.endpoint();
                    out.append("  - ").append(endpoint.constant()).append(" sends ").append(endpoint.httpMethod())
                            .append(' ').append(endpoint.path()).append(", used by ")
                            .append(String.join(", ", orphan.facadeCallers()))
                            .append(": the spec has no ").append(endpoint.httpMethod()).append(' ')
                            .append(endpoint.path()).append('\n');
                }
            }
            return out.toString();
        }
    }

    private final Path spec;

    private FacadeOperationCoverageCheck(Path spec) {
        this.spec = spec;
    }

    /** A check of the spec at {@code spec} against the facade on the test classpath. */
    public static FacadeOperationCoverageCheck of(Path spec) {
        return new FacadeOperationCoverageCheck(spec.toAbsolutePath().normalize());
    }

    public Result run() {
        List<SpecOperation> specOperations = readSpecOperations(spec);
        Map<FacadeEndpoint, List<String>> endpoints = facadeEndpoints();

        List<CoveredOperation> covered = new ArrayList<>();
        List<SpecOperation> uncovered = new ArrayList<>();
        for (SpecOperation op : specOperations) {
            String key = requestKey(op.httpMethod(), op.path());
            TreeSet<String> callers = new TreeSet<>();
            List<String> constants = new ArrayList<>();
            endpoints.forEach((endpoint, readers) -> {
                if (requestKey(endpoint.httpMethod(), endpoint.path()).equals(key)) {
                    callers.addAll(readers);
                    constants.add(endpoint.constant());
                }
            });
            if (callers.isEmpty()) {
                uncovered.add(op);
            } else {
                covered.add(new CoveredOperation(op, constants, List.copyOf(callers)));
            }
        }

        var specKeys = specOperations.stream().map(op -> requestKey(op.httpMethod(), op.path()))
                .collect(Collectors.toSet());
        List<OrphanMapping> orphans = endpoints.entrySet().stream()
                .filter(e -> !specKeys.contains(requestKey(e.getKey().httpMethod(), e.getKey().path())))
                .map(e -> new OrphanMapping(e.getKey(), List.copyOf(new TreeSet<>(e.getValue()))))
                .sorted(Comparator.comparing(o -> o.endpoint().constant()))
                .toList();
        return new Result(spec, covered, uncovered, orphans);
    }

    /** Every (method, path) of the spec, in the order the document lists them. */
    static List<SpecOperation> readSpecOperations(Path spec) {
        if (!Files.isRegularFile(spec)) {
            throw new IllegalArgumentException("No spec at " + spec);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
        OpenAPI api = parsed.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalArgumentException("Cannot read the operations of " + spec + ": " + parsed.getMessages());
        }
        List<SpecOperation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                Map<String, Object> extensions = op.getValue().getExtensions();
                Object docs = extensions == null ? null : extensions.get("x-beyondwords-docs");
                operations.add(new SpecOperation(op.getKey().name(), path.getKey(), op.getValue().getOperationId(),
                        docs == null ? null : docs.toString()));
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalArgumentException(spec + " describes no operation: nothing to check the facade against");
        }
        return operations;
    }

    /**
     * The facade's endpoints, each with the facade methods that read it (its static initializer aside: a constant
     * nobody reads sends nothing). Only classes of the facade artifact are read (the jar or directory that holds
     * {@link io.beyondwords.BeyondWordsClient}), so tests and the testkit never count.
     */
    private static Map<FacadeEndpoint, List<String>> facadeEndpoints() {
        JavaClasses facade = importLocationOf(io.beyondwords.BeyondWordsClient.class);
        Map<FacadeEndpoint, List<String>> endpoints = new TreeMap<>(Comparator.comparing(FacadeEndpoint::constant));
        for (JavaClass type : facade) {
            for (JavaField field : type.getFields()) {
                if (!field.getRawType().isEquivalentTo(Endpoint.class)
                        || !field.getModifiers().contains(JavaModifier.STATIC)) {
                    continue; // an Endpoint held per instance (a request's own) names no operation of its own
                }
                FacadeEndpoint endpoint = endpointOf(type, field);
                List<String> readers = endpoints.computeIfAbsent(endpoint, k -> new ArrayList<>());
                for (JavaFieldAccess access : field.getAccessesToSelf()) {
                    if (access.getAccessType() == JavaFieldAccess.AccessType.GET) {
                        readers.add(access.getOrigin().getOwner().getSimpleName() + "." + access.getOrigin().getName());
                    }
                }
            }
        }
        endpoints.values().removeIf(List::isEmpty);
        return endpoints;
    }

    private static FacadeEndpoint endpointOf(JavaClass type, JavaField field) {
        String constant = type.getSimpleName() + "." + field.getName();
        try {
            Field reflected = Class.forName(type.getName()).getDeclaredField(field.getName());
            reflected.setAccessible(true);
            Endpoint endpoint = (Endpoint) reflected.get(null);
            return new FacadeEndpoint(endpoint.method(), endpoint.path(), constant);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + constant, e);
        }
    }

    private static JavaClasses importLocationOf(Class<?> type) {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of " + type, e);
        }
        if (Files.isDirectory(location)) {
            return new ClassFileImporter().importPath(location);
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return new ClassFileImporter().importJar(jar);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + location, e);
        }
    }

    /**
     * The key two requests are matched on. Path template names are dropped ({@code {id}} and {@code {track_id}} are
     * the same request on the wire), so renaming a path parameter does not count as a new operation.
     */
    static String requestKey(String httpMethod, String path) {
        return httpMethod.toUpperCase(java.util.Locale.ROOT) + " " + path.replaceAll("\\{[^}/]*}", "{}");
    }
}
