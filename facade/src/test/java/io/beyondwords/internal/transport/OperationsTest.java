package io.beyondwords.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.generated.SpecOperation;
import io.beyondwords.observability.Operation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;

/**
 * Every method of every generated Retrofit interface is an operation of the spec, and the {@link Operation} the
 * listeners hear for it carries that operation's id, HTTP method and path template exactly as {@code openapi.yaml}
 * writes them.
 */
class OperationsTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @Test
    void eachGeneratedMethodIsTheSpecsOperationWithItsOwnId() throws Exception {
        Map<String, String> specByLine = new HashMap<>(); // "GET background_tracks/{id}" -> operationId
        OpenAPI api = new OpenAPIV3Parser().read(REPO.resolve("openapi.yaml").toString());
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> op
                    : path.getValue().readOperationsMap().entrySet()) {
                specByLine.put(op.getKey() + " " + path.getKey().substring(1), op.getValue().getOperationId());
            }
        }

        Operations operations = new Operations();
        Map<String, String> generatedByLine = new HashMap<>();
        List<Method> methods = generatedApiMethods();
        for (Method method : methods) {
            Operation operation = operations.of(Invocation.of(method, List.of()));
            assertThat(method.getAnnotation(SpecOperation.class)).as("@SpecOperation on %s", method).isNotNull();
            assertThat(operation.name()).isEqualTo(
                    method.getDeclaringClass().getSimpleName().replaceFirst("Api$", "") + "." + method.getName());
            assertThat(generatedByLine.put(operation.method() + " " + operation.pathTemplate(), operation.operationId()))
                    .as("one generated method per operation: %s", method).isNull();
        }
        assertThat(generatedByLine).as("the generated methods' operations, as the spec writes them")
                .isEqualTo(specByLine);
    }

    /** The methods of the generated {@code *Api} interfaces, found next to {@link SpecOperation}'s class file. */
    private static List<Method> generatedApiMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SpecOperation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> methods = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.list(root.resolve("io/beyondwords/generated/api"))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Api.class")).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("io/beyondwords/generated/api/")
                        && n.endsWith("Api.class")).map(n -> n.substring(n.lastIndexOf('/') + 1)).forEach(names::add);
            }
        }
        for (String name : names) {
            Class<?> api = Class.forName("io.beyondwords.generated.api." + name.replace(".class", ""));
            methods.addAll(List.of(api.getDeclaredMethods()));
        }
        assertThat(methods).as("generated Retrofit methods found under %s", root).isNotEmpty();
        return methods;
    }
}
