package io.beyondwords.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages {@value #DOC} says the module {@code io.beyondwords} exports (between {@value #BEGIN} and
 * {@value #END}) are exactly those the module descriptor generated from {@code openapi.yaml} in this build exports
 * ({@value #DESCRIPTOR}), in its order, so the docs name every resource package the moment the spec gains one.
 */
class ModuleExportsDocTest {
    static final String DOC = "docs/compatibility.md";
    static final String DESCRIPTOR = "facade/target/generated-sources/facade/src/main/java/module-info.java";
    static final String BEGIN = "<!-- exports:begin (checked against the generated module descriptor) -->";
    static final String END = "<!-- exports:end -->";

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("`(io\\.beyondwords[\\w.]*)`");

    @Test
    void theDocsListEveryPackageTheGeneratedDescriptorExports() throws IOException {
        List<String> exported = exports(Files.readString(REPO.resolve(DESCRIPTOR), StandardCharsets.UTF_8));
        List<String> documented = documented(Files.readString(REPO.resolve(DOC), StandardCharsets.UTF_8));

        assertThat(exported).as("packages exported by " + DESCRIPTOR).hasSizeGreaterThan(3)
                .contains("io.beyondwords", "io.beyondwords.errors", "io.beyondwords.paging");
        assertThat(documented).as("the packages " + DOC + " lists between " + BEGIN + " and " + END
                + "; write them as the descriptor does").containsExactlyElementsOf(exported);
    }

    @Test
    void qualifiedExportsAreNotPublicAndAMissingBlockIsNamed() {
        assertThat(exports("module m {\n    exports a.b;\n    exports c.d to e;\n  exports  f ;\n}\n"))
                .containsExactly("a.b", "f");
        assertThat(documented("x\n" + BEGIN + "\n`io.beyondwords`, `io.beyondwords.ads` and `java.util`\n" + END
                + "\n`io.beyondwords.after`")).containsExactly("io.beyondwords", "io.beyondwords.ads");
        assertThatThrownBy(() -> documented("no block")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BEGIN).hasMessageContaining(END);
    }

    /** @return the packages a module descriptor's source exports to every module, in order */
    static List<String> exports(String descriptor) {
        List<String> packages = new ArrayList<>();
        Matcher export = EXPORT.matcher(descriptor);
        while (export.find()) {
            packages.add(export.group(1));
        }
        return packages;
    }

    /** @return the {@code io.beyondwords} packages written in code spans between the markers, in order */
    static List<String> documented(String doc) {
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(DOC + " must list the exported packages between a line " + BEGIN
                    + " and a later line " + END);
        }
        List<String> packages = new ArrayList<>();
        Matcher name = PACKAGE.matcher(doc.substring(begin + BEGIN.length(), end));
        while (name.find()) {
            packages.add(name.group(1));
        }
        return packages;
    }
}
