package io.beyondwords.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.architecture.fixture.Shelf;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade's public API, as dumped by {@link PublicApiDump}, must equal the committed {@value #COMMITTED_DUMP}: any
 * change to a public signature, intended or not, then shows up in review as a change to that file. An intended change
 * updates the file in the same commit with {@value #UPDATE_COMMAND}.
 */
class PublicApiDumpTest {
    static final String COMMITTED_DUMP = "facade/api/beyondwords-java.api";
    static final String BUILT_DUMP = "facade/target/api/beyondwords-java.api";
    static final String UPDATE_COMMAND = "mvn -B -pl facade -am test -Dtest=PublicApiDumpTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -DupdateApiDump=true";

    /** Set by surefire from -DupdateApiDump (facade/pom.xml); false unless asked for, so src/ is only written then. */
    private static final String UPDATE_PROPERTY = "updateApiDump";

    /** The header of a new dump file; an existing file keeps its own. */
    private static final List<String> DEFAULT_HEADER = List.of(
            "# The public API of beyondwords-java (the facade module), dumped from its compiled classes by",
            "# PublicApiDumpTest: each public type outside io.beyondwords.internal, with its public and protected",
            "# members. The build fails when this file and the API differ; an intended API change updates it in the",
            "# same commit:",
            "#   " + UPDATE_COMMAND);

    @Test
    void theCommittedDumpIsTheFacadesPublicApi() throws IOException {
        Path classes = compiledClassesOf(BeyondWordsClient.class);
        assertThat(classes).as("the facade's compiled classes").endsWith(Path.of("target", "classes"));
        Path module = classes.getParent().getParent();
        String built = PublicApiDump.of(PublicApiDump.classesIn(classes, "io.beyondwords",
                List.of("io.beyondwords.internal", "io.beyondwords.generated"), getClass().getClassLoader()));
        assertThat(built).as("the dump of the classes in %s", classes).contains("io.beyondwords.BeyondWordsClient");

        Path committedPath = module.resolve("api/beyondwords-java.api");
        ApiDumpFile committed = Files.exists(committedPath)
                ? ApiDumpFile.read(committedPath)
                : ApiDumpFile.of(DEFAULT_HEADER, "");
        ApiDumpFile current = committed.withDump(built);
        current.write(module.resolve("target/api/beyondwords-java.api"));

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            current.write(committedPath);
            return;
        }
        String diff = committed.unifiedDiffTo(COMMITTED_DUMP, BUILT_DUMP, built);
        if (!diff.isEmpty()) {
            fail(mismatchMessage(diff));
        }
    }

    /**
     * Every kind of member and type the facade may grow, spelled out. Left out: the package-private constructor,
     * field and method of {@code Shelf}, its package-private nested class and the public class inside that, and the
     * package-private {@code Internals}. ({@code \} ends a line of the text block only to keep the source narrow.)
     */
    @Test
    void theDumpSpellsOutSignaturesAndLeavesOutWhatIsNotExported() {
        String dump = fixtureDump();

        assertThat(dump).isEqualTo("""
                public enum io.beyondwords.architecture.fixture.Colour
                  public static final io.beyondwords.architecture.fixture.Colour GREEN
                  public static final io.beyondwords.architecture.fixture.Colour RED
                  public static io.beyondwords.architecture.fixture.Colour valueOf(java.lang.String)
                  public static io.beyondwords.architecture.fixture.Colour[] values()

                public sealed interface io.beyondwords.architecture.fixture.Shape \
                permits io.beyondwords.architecture.fixture.Shape.Circle, \
                io.beyondwords.architecture.fixture.Shape.Square
                  public abstract double area()

                public record io.beyondwords.architecture.fixture.Shape.Circle(double radius) \
                implements io.beyondwords.architecture.fixture.Shape
                  public io.beyondwords.architecture.fixture.Shape.Circle(double)
                  public double area()
                  public final boolean equals(java.lang.Object)
                  public final int hashCode()
                  public double radius()
                  public final java.lang.String toString()

                public static non-sealed class io.beyondwords.architecture.fixture.Shape.Square \
                implements io.beyondwords.architecture.fixture.Shape
                  public io.beyondwords.architecture.fixture.Shape.Square(double)
                  public double area()

                public abstract class io.beyondwords.architecture.fixture.Shelf\
                <T extends java.lang.Comparable<? super T>> implements java.lang.Iterable<T>
                  public static final int CAPACITY = 16
                  public static final java.lang.String LABEL = "shelf \\"A\\"\\n"
                  public static final java.util.List<java.lang.String> NAMES
                  public static final long WEIGHT = 7L
                  protected final java.util.List<T> items
                  protected io.beyondwords.architecture.fixture.Shelf(java.util.List<T>)
                  public <X extends java.lang.Throwable> T firstOrThrow(java.util.function.Supplier<? extends X>) \
                throws X
                  public abstract <R> java.util.Map<java.lang.String, java.util.List<R>> \
                group(java.util.function.Function<? super T, ? extends R>) throws java.io.IOException
                  public final java.lang.String label(java.lang.String, java.lang.Object...)
                  public static <E extends java.lang.Number & java.lang.Comparable<E>> \
                E largest(java.util.List<E>, E[])
                  protected abstract void onFull()

                protected static class io.beyondwords.architecture.fixture.Shelf.Guarded
                  protected io.beyondwords.architecture.fixture.Shelf.Guarded()

                public static final class io.beyondwords.architecture.fixture.Shelf.Slot
                  public io.beyondwords.architecture.fixture.Shelf.Slot(int) throws java.lang.IllegalArgumentException
                  public int[] neighbours(int...)

                public interface io.beyondwords.architecture.fixture.Shelf.Visitor<V>
                  public default io.beyondwords.architecture.fixture.Shelf.Visitor<V> \
                andThen(io.beyondwords.architecture.fixture.Shelf.Visitor<? super V>)
                  public static <V> io.beyondwords.architecture.fixture.Shelf.Visitor<V> ignoring()
                  public abstract void visit(V) throws java.lang.Exception
                """);
    }

    @Test
    void aChangedSignatureFailsWithADiffNamingTheLineAndTheUpdateCommand() {
        String built = fixtureDump();
        String before = "  public static final int CAPACITY = 16\n";
        assertThat(built).contains(before);
        ApiDumpFile committed = ApiDumpFile.of(DEFAULT_HEADER,
                built.replace(before, "  public static final int CAPACITY = 32\n"));

        String diff = committed.unifiedDiffTo(COMMITTED_DUMP, BUILT_DUMP, built);

        assertThat(diff)
                .startsWith("--- " + COMMITTED_DUMP + "\n+++ " + BUILT_DUMP + "\n@@ ")
                .contains("\n-  public static final int CAPACITY = 32\n")
                .contains("\n+  public static final int CAPACITY = 16\n")
                .doesNotContain("\n-#", "\n+#");
        assertThat(diff.lines().filter(line -> line.startsWith("- ") || line.startsWith("+ ")))
                .as("one line removed, one added").hasSize(2);
        assertThat(mismatchMessage(diff)).contains(diff, UPDATE_COMMAND);
    }

    @Test
    void theHeaderIsNotComparedAndIsKeptWhenTheDumpIsRewritten(@TempDir Path dir) throws IOException {
        String built = fixtureDump();
        Path file = dir.resolve("api/fixture.api");
        ApiDumpFile.of(List.of("# a header someone edited"), "public class Gone\n").withDump(built).write(file);

        ApiDumpFile reread = ApiDumpFile.read(file);

        assertThat(reread.header()).containsExactly("# a header someone edited");
        assertThat(reread.dump()).isEqualTo(built);
        assertThat(Files.readString(file)).isEqualTo("# a header someone edited\n\n" + built);
        assertThat(ApiDumpFile.of(DEFAULT_HEADER, built).unifiedDiffTo("a", "b", reread.dump())).isEmpty();
    }

    private static String fixtureDump() {
        Path testClasses = compiledClassesOf(Shelf.class);
        return PublicApiDump.of(PublicApiDump.classesIn(testClasses, Shelf.class.getPackageName(), List.of(),
                PublicApiDumpTest.class.getClassLoader()));
    }

    private static String mismatchMessage(String diff) {
        return "The facade's public API differs from " + COMMITTED_DUMP + " (-: committed, +: built; the whole built"
                + " dump is in " + BUILT_DUMP + ").\nIf the change is intended, update the file and commit it with the"
                + " change:\n  " + UPDATE_COMMAND + "\n\n" + diff;
    }

    /** The directory the class was loaded from, such as the facade's target/classes; never a jar. */
    private static Path compiledClassesOf(Class<?> c) {
        Path location;
        try {
            location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + c, e);
        }
        if (!Files.isDirectory(location)) {
            throw new IllegalStateException(c + " was loaded from " + location + ", not from a compiler output"
                    + " directory: run this test in the facade module's build");
        }
        return location;
    }
}
