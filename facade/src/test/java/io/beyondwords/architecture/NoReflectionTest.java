package io.beyondwords.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The SDK reaches its own code by direct calls: no class of the facade (hand-written or generated) looks a class up
 * by name, opens a member with {@code setAccessible}, or calls a constructor or method reflectively, and none holds
 * the name of one of the facade's classes as a string. So the client's resources bind as written under GraalVM
 * native-image and R8/ProGuard, and a renamed class fails the compiler, not a user's first call.
 *
 * <p>The exceptions, each on purpose: Gson's reading of the wire models ({@code TolerantModelAdapterFactory} builds
 * their adapters, {@code UnreadableBodyMessages} names their members in messages), and {@code OkHttpRequirement},
 * which diagnoses the class path before any OkHttp class is touched (OkHttp's version is a compile-time constant, so
 * only a look-up reads the one that runs). A {@code VarHandle} on a class's own field ({@code findVarHandle}) is not
 * reflection over other code and is allowed. Read from the compiled classes' bytecode, as {@link NoMonitorsTest} is.
 */
class NoReflectionTest {
    /** The reflective calls refused, by owner (internal name) and method name. */
    private static final Map<String, Set<String>> REFUSED = Map.of(
            "java/lang/Class", Set.of("forName", "newInstance", "getDeclaredConstructor", "getDeclaredConstructors",
                    "getDeclaredField", "getDeclaredFields", "getDeclaredMethod", "getDeclaredMethods",
                    "getConstructor", "getConstructors", "getField", "getMethod"),
            "java/lang/ClassLoader", Set.of("loadClass"),
            "java/lang/reflect/AccessibleObject", Set.of("setAccessible", "trySetAccessible"),
            "java/lang/reflect/Constructor", Set.of("newInstance", "setAccessible", "trySetAccessible"),
            "java/lang/reflect/Method", Set.of("invoke", "setAccessible", "trySetAccessible"),
            "java/lang/reflect/Field", Set.of("get", "set", "setAccessible", "trySetAccessible"),
            "java/lang/invoke/MethodHandles", Set.of("privateLookupIn"),
            "java/lang/invoke/MethodHandles$Lookup", Set.of("findConstructor", "findStatic", "findVirtual",
                    "findSpecial", "findGetter", "findSetter", "findStaticGetter", "findStaticSetter", "findClass",
                    "unreflect", "unreflectConstructor", "unreflectGetter", "unreflectSetter", "unreflectSpecial"));

    /** The classes allowed to reflect (their nested classes too), each for the reason the class comment gives. */
    private static final List<String> ALLOWED = List.of(
            "io.beyondwords.internal.json.TolerantModelAdapterFactory",
            "io.beyondwords.internal.json.UnreadableBodyMessages",
            "io.beyondwords.internal.http.OkHttpRequirement");

    @Test
    void noSdkClassReflectsOrNamesAClassInAString() throws IOException, URISyntaxException {
        Path classes = Path.of(BeyondWordsClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).endsWith(Path.of("target", "classes"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("io/beyondwords"))) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        Set<String> classNames = new TreeSet<>();
        for (Path file : files) {
            String relative = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            classNames.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
        }
        assertThat(classNames).as("classes read").hasSizeGreaterThan(100)
                .contains("io.beyondwords.ResourceTable", "io.beyondwords.content.ContentHook");
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                new ClassReader(in).accept(new ReflectionFinder(found, classNames), ClassReader.SKIP_DEBUG);
            }
        }
        found.removeIf(f -> ALLOWED.stream().anyMatch(a -> f.startsWith(a + ".") || f.startsWith(a + "$")));
        assertThat(found).as("reflection and class-name strings in the SDK").isEmpty();
    }

    @Test
    void theCheckSeesEachKindOfReflection() throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream in = NoReflectionTest.class.getResourceAsStream("NoReflectionTest$Reflecting.class")) {
            new ClassReader(in).accept(new ReflectionFinder(found, Set.of("io.beyondwords.BeyondWordsClient")),
                    ClassReader.SKIP_DEBUG);
        }
        assertThat(found).hasSize(5)
                .anyMatch(f -> f.contains("java/lang/Class.forName"))
                .anyMatch(f -> f.contains("java/lang/Class.getDeclaredConstructor"))
                .anyMatch(f -> f.contains("java/lang/reflect/Constructor.setAccessible"))
                .anyMatch(f -> f.contains("java/lang/invoke/MethodHandles$Lookup.findStatic"))
                .anyMatch(f -> f.contains("\"io.beyondwords.BeyondWordsClient\""));
    }

    /** What the check must find: each kind of reflection it refuses. */
    @SuppressWarnings("unused")
    private static final class Reflecting {
        Object reflect() throws ReflectiveOperationException {
            Class<?> c = Class.forName("io.beyondwords.BeyondWordsClient");
            Constructor<?> constructor = c.getDeclaredConstructor();
            constructor.setAccessible(true);
            return MethodHandles.lookup().findStatic(c, "fromEnv", java.lang.invoke.MethodType.methodType(c));
        }
    }

    private static final class ReflectionFinder extends ClassVisitor {
        private final List<String> found;
        private final Set<String> classNames;
        private String owner;

        ReflectionFinder(List<String> found, Set<String> classNames) {
            super(Opcodes.ASM9);
            this.found = found;
            this.classNames = classNames;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            owner = name.replace('/', '.');
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            String where = owner + "." + name + descriptor;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String callee, String method, String calleeDescriptor,
                        boolean isInterface) {
                    if (REFUSED.getOrDefault(callee, Set.of()).contains(method)) {
                        found.add(where + " calls " + callee + "." + method);
                    }
                }

                @Override
                public void visitLdcInsn(Object constant) {
                    if (constant instanceof String s && (classNames.contains(s)
                            || classNames.contains(s.replace('/', '.')))) {
                        found.add(where + " names the class \"" + s + "\"");
                    }
                }
            };
        }
    }
}
