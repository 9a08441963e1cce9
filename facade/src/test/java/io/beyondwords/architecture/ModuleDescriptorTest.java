package io.beyondwords.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facade's module descriptor (generated with the resource layer) exports exactly the packages that hold public
 * API, unqualified, and opens nothing: a resource package the spec adds is exported, and internals never are. The
 * tests here run on the class path; the consumers module runs the SDK on the module path.
 */
class ModuleDescriptorTest {
    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readTheBuiltDescriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
    }

    @Test
    void isTheSdkModule() {
        assertThat(descriptor.name()).isEqualTo("io.beyondwords");
        assertThat(descriptor.isOpen()).isFalse();
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void exportsEveryPackageWithPublicApiAndNothingElse() {
        JavaClasses facade = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
        Set<String> withPublicTypes = new TreeSet<>();
        for (JavaClass c : facade) {
            boolean internal = c.getPackageName().startsWith("io.beyondwords.internal");
            if (c.getModifiers().contains(JavaModifier.PUBLIC) && !internal) {
                withPublicTypes.add(c.getPackageName());
            }
        }
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(exported).isEqualTo(withPublicTypes)
                .contains("io.beyondwords", "io.beyondwords.errors", "io.beyondwords.paging",
                        "io.beyondwords.backgroundtracks")
                .noneMatch(p -> p.contains("internal") || p.contains("generated"));
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    }

    @Test
    void readsTheWireLayerWithoutPassingItOn() {
        assertThat(descriptor.requires()).anyMatch(r -> r.name().equals("io.beyondwords.generated")
                && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        assertThat(descriptor.requires()).noneMatch(r -> r.modifiers()
                .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }
}
