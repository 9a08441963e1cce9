package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.it.contract.SpecOperations.SpecOperation;
import io.beyondwords.it.support.ItPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract classes against Prism, together, drive every tag of openapi.yaml, each tag in one class only: a tag
 * added to the spec without a contract class (or named differently in one) fails here, not silently in no IT.
 */
class PrismFramesCoverEveryTagTest {

    @Test
    void thePrismFramesTagsTogetherAreTheSpecsTags() throws Exception {
        List<String> frameTags = new ArrayList<>();
        for (Class<?> frame : prismFrames()) {
            frameTags.addAll(((ContractFrame) frame.getDeclaredConstructor().newInstance()).tags());
        }
        assertThat(frameTags).as("tags driven by the Prism contract classes").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(specTags());
    }

    @Test
    void eachFramesTagsHaveOperations() throws Exception {
        for (Class<?> frame : prismFrames()) {
            for (String tag : ((ContractFrame) frame.getDeclaredConstructor().newInstance()).tags()) {
                List<SpecOperation> operations = SpecOperations.load(tag).all();
                assertThat(operations).as("operations of %s (%s)", tag, frame.getSimpleName()).isNotEmpty();
            }
        }
    }

    /** @return the concrete {@link ResourceAgainstPrism} classes compiled beside this one */
    private static List<Class<?>> prismFrames() throws Exception {
        Path dir = Path.of(ContractFrame.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(ContractFrame.class.getPackageName().replace('.', '/'));
        List<Class<?>> frames = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(ContractFrame.class.getPackageName() + "."
                        + name.substring(0, name.length() - ".class".length()));
                if (ResourceAgainstPrism.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    frames.add(type);
                }
            }
        }
        assertThat(frames).as("Prism contract classes in %s", dir).isNotEmpty();
        return frames;
    }

    /** @return every tag an operation of openapi.yaml carries */
    private static Set<String> specTags() {
        OpenAPI api = new OpenAPIV3Parser().read(ItPaths.openapi().toUri().toString());
        Set<String> tags = new TreeSet<>();
        for (PathItem path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                assertThat(operation.getTags()).as("tags of %s", operation.getOperationId()).isNotEmpty();
                tags.addAll(operation.getTags());
            }
        }
        return tags;
    }
}
