package io.beyondwords.it.coverage;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Compares the operations of an OpenAPI document with the generated Retrofit methods the facade calls.
 *
 * <p>The spec side is every (HTTP method, path) under {@code paths}. The facade side is read from bytecode: every call
 * (or method reference) from a class of the facade artifact to a method of an {@code io.beyondwords.generated.api}
 * interface, mapped to (HTTP method, path) through that method's Retrofit annotation. The two are matched on
 * (method, path), not on Java names, because a path or verb change regenerates the interface with the same method name
 * and the facade still compiles: only this comparison notices that the facade now sends a request the spec no longer
 * describes.
 */
public final class FacadeOperationCoverageCheck {

    /** The package the generator writes the Retrofit interfaces to (apiPackage in generated-client/pom.xml). */
    static final String GENERATED_API_PACKAGE = "io.beyondwords.generated.api";
    private static final String GENERATED_PACKAGE_PREFIX = "io.beyondwords.generated.";

    /** An operation of the spec, with its {@code x-beyondwords-docs} ({@code null} if it has none). */
    public record SpecOperation(String httpMethod, String path, String operationId, String docs) {
        /** {@code GET /background_tracks (operationId background_tracks#index)}. */
        public String describe() {
            return httpMethod + " " + path + " (operationId " + (operationId == null ? "<none>" : operationId) + ")";
        }
    }

    /** A method of a generated Retrofit interface, with the request its annotation sends. */
    public record GeneratedMethod(String httpMethod, String path, String javaSignature) {
    }

    /** One spec operation and the facade methods that reach it through the generated client. */
    public record CoveredOperation(SpecOperation operation, List<String> generatedMethods, List<String> facadeCallers) {
    }

    /** A generated method the facade calls whose request matches no operation of the spec. */
    public record OrphanMapping(GeneratedMethod generatedMethod, List<String> facadeCallers) {
    }

    /** What the comparison found. */
    public record Result(Path spec, List<CoveredOperation> covered, List<SpecOperation> uncovered,
            Map<SpecOperation, List<String>> uncalledGeneratedMethods, List<OrphanMapping> orphans) {

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
                    List<String> generated = uncalledGeneratedMethods.getOrDefault(op, List.of());
                    out.append("  - ").append(op.describe()).append(": ")
                            .append(generated.isEmpty()
                                    ? "not in the generated client on this classpath (rebuild generated-client)"
                                    : "generated as " + String.join(", ", generated) + ", called by no facade class")
                            .append('\n');
                }
            }
            if (!orphans.isEmpty()) {
                out.append("\nFacade mappings whose operation is gone from the spec (deprecate the facade method in a"
                        + " compatible release, or remove it in a breaking one):\n");
                for (OrphanMapping orphan : orphans) {
                    GeneratedMethod method = orphan.generatedMethod();
                    out.append("  - ").append(method.javaSignature()).append(" sends ").append(method.httpMethod())
                            .append(' ').append(method.path()).append(", called from ")
                            .append(String.join(", ", orphan.facadeCallers()))
                            .append(": the spec has no ").append(method.httpMethod()).append(' ')
                            .append(method.path()).append('\n');
                }
            }
            return out.toString();
        }
    }

    private final Path spec;

    private FacadeOperationCoverageCheck(Path spec) {
        this.spec = spec;
    }

    /** A check of the spec at {@code spec} against the facade and generated client on the test classpath. */
    public static FacadeOperationCoverageCheck of(Path spec) {
        return new FacadeOperationCoverageCheck(spec.toAbsolutePath().normalize());
    }

    public Result run() {
        List<SpecOperation> specOperations = readSpecOperations(spec);
        Map<GeneratedMethod, List<String>> facadeCalls = facadeCallsToGeneratedMethods();
        Map<String, List<GeneratedMethod>> generatedByRequest = new TreeMap<>();
        for (GeneratedMethod method : allGeneratedMethods()) {
            generatedByRequest.computeIfAbsent(requestKey(method.httpMethod(), method.path()), k -> new ArrayList<>())
                    .add(method);
        }

        List<CoveredOperation> covered = new ArrayList<>();
        List<SpecOperation> uncovered = new ArrayList<>();
        Map<SpecOperation, List<String>> uncalledGenerated = new LinkedHashMap<>();
        for (SpecOperation op : specOperations) {
            String key = requestKey(op.httpMethod(), op.path());
            TreeSet<String> callers = new TreeSet<>();
            List<String> calledMethods = new ArrayList<>();
            facadeCalls.forEach((method, methodCallers) -> {
                if (requestKey(method.httpMethod(), method.path()).equals(key)) {
                    callers.addAll(methodCallers);
                    calledMethods.add(method.javaSignature());
                }
            });
            if (callers.isEmpty()) {
                uncovered.add(op);
                uncalledGenerated.put(op, generatedByRequest.getOrDefault(key, List.of()).stream()
                        .map(GeneratedMethod::javaSignature).sorted().toList());
            } else {
                covered.add(new CoveredOperation(op, calledMethods, List.copyOf(callers)));
            }
        }

        var specKeys = specOperations.stream().map(op -> requestKey(op.httpMethod(), op.path()))
                .collect(Collectors.toSet());
        List<OrphanMapping> orphans = facadeCalls.entrySet().stream()
                .filter(e -> !specKeys.contains(requestKey(e.getKey().httpMethod(), e.getKey().path())))
                .map(e -> new OrphanMapping(e.getKey(), List.copyOf(new TreeSet<>(e.getValue()))))
                .sorted(Comparator.comparing(o -> o.generatedMethod().javaSignature()))
                .toList();
        return new Result(spec, covered, uncovered, uncalledGenerated, orphans);
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
     * The generated methods the facade reaches, each with the facade methods that call it. Only classes of the facade
     * artifact are read (the jar or directory that holds {@link io.beyondwords.BeyondWordsClient}), so tests, the
     * testkit and the generated client itself never count as callers.
     */
    private static Map<GeneratedMethod, List<String>> facadeCallsToGeneratedMethods() {
        JavaClasses facade = importLocationOf(io.beyondwords.BeyondWordsClient.class);
        Map<GeneratedMethod, List<String>> calls = new TreeMap<>(Comparator.comparing(GeneratedMethod::javaSignature));
        for (JavaClass type : facade) {
            if (type.getPackageName().startsWith(GENERATED_PACKAGE_PREFIX)) {
                continue;
            }
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                if (!(access.getTarget() instanceof CodeUnitAccessTarget target)
                        || !target.getOwner().getPackageName().equals(GENERATED_API_PACKAGE)
                        || target.getName().equals("<init>")) {
                    continue;
                }
                Method method = reflect(target);
                generatedMethod(method).ifPresent(generated -> calls
                        .computeIfAbsent(generated, k -> new ArrayList<>())
                        .add(access.getOrigin().getOwner().getSimpleName() + "." + access.getOrigin().getName()));
            }
        }
        return calls;
    }

    private static List<GeneratedMethod> allGeneratedMethods() {
        JavaClasses generated = new ClassFileImporter().importPackages(GENERATED_API_PACKAGE);
        List<GeneratedMethod> methods = new ArrayList<>();
        for (JavaClass type : generated) {
            if (!type.isInterface()) {
                continue;
            }
            for (Method method : type.reflect().getDeclaredMethods()) {
                generatedMethod(method).ifPresent(methods::add);
            }
        }
        return methods;
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

    private static Method reflect(CodeUnitAccessTarget target) {
        try {
            Class<?> owner = Class.forName(target.getOwner().getName());
            List<String> parameterTypes = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
            for (Method method : owner.getMethods()) {
                if (method.getName().equals(target.getName()) && Arrays.stream(method.getParameterTypes())
                        .map(Class::getName).toList().equals(parameterTypes)) {
                    return method;
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The facade calls " + target.getFullName()
                    + " but the generated client on the classpath has no such class", e);
        }
        throw new IllegalStateException("The facade calls " + target.getFullName()
                + " but the generated client on the classpath has no such method (stale build?)");
    }

    /** The request a generated method sends, from its Retrofit annotation; empty for a method without one. */
    static Optional<GeneratedMethod> generatedMethod(Method method) {
        String signature = method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
        for (Annotation annotation : method.getAnnotations()) {
            String httpMethod;
            String path;
            if (annotation instanceof GET a) {
                httpMethod = "GET";
                path = a.value();
            } else if (annotation instanceof POST a) {
                httpMethod = "POST";
                path = a.value();
            } else if (annotation instanceof PUT a) {
                httpMethod = "PUT";
                path = a.value();
            } else if (annotation instanceof DELETE a) {
                httpMethod = "DELETE";
                path = a.value();
            } else if (annotation instanceof PATCH a) {
                httpMethod = "PATCH";
                path = a.value();
            } else if (annotation instanceof HEAD a) {
                httpMethod = "HEAD";
                path = a.value();
            } else if (annotation instanceof OPTIONS a) {
                httpMethod = "OPTIONS";
                path = a.value();
            } else if (annotation instanceof HTTP a) {
                httpMethod = a.method().toUpperCase(java.util.Locale.ROOT);
                path = a.path();
            } else {
                continue;
            }
            // Retrofit paths are relative to the base URL (which ends in /v1/); spec paths start with a slash.
            return Optional.of(new GeneratedMethod(httpMethod, path.startsWith("/") ? path : "/" + path, signature));
        }
        return Optional.empty();
    }

    /**
     * The key two requests are matched on. Path template names are dropped ({@code {id}} and {@code {track_id}} are
     * the same request on the wire), so renaming a path parameter does not count as a new operation.
     */
    static String requestKey(String httpMethod, String path) {
        return httpMethod.toUpperCase(java.util.Locale.ROOT) + " " + path.replaceAll("\\{[^}/]*}", "{}");
    }
}
