package io.beyondwords.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * No class of the SDK uses a {@code synchronized} method or block: on Java 21 to 23 a virtual thread that blocks (on
 * I/O, a sleep, a wait) while holding a monitor pins its carrier thread, and a lock the SDK holds is one a user's
 * virtual threads could pile up on. The SDK guards its little shared state with {@code ReentrantLock}s and concurrent
 * collections instead. Read from the compiled classes' bytecode (a {@code synchronized} block leaves no trace a
 * reflection or ArchUnit view shows): the method flag {@code ACC_SYNCHRONIZED} and the instruction
 * {@code MONITORENTER}.
 */
class NoMonitorsTest {

    @Test
    void noSdkClassHoldsAMonitor() throws IOException, URISyntaxException {
        Path classes = Path.of(BeyondWordsClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).endsWith(Path.of("target", "classes"));
        List<String> monitors = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("io/beyondwords"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new MonitorFinder(monitors), ClassReader.SKIP_DEBUG);
                }
                read++;
            }
        }
        assertThat(read).as("classes read").isGreaterThan(100);
        assertThat(monitors).as("synchronized methods and blocks in the SDK").isEmpty();
    }

    @Test
    void theCheckSeesBothKindsOfMonitor() throws IOException {
        List<String> monitors = new ArrayList<>();
        try (InputStream in = NoMonitorsTest.class.getResourceAsStream("NoMonitorsTest$Monitors.class")) {
            new ClassReader(in).accept(new MonitorFinder(monitors), ClassReader.SKIP_DEBUG);
        }
        assertThat(monitors).hasSize(2).anyMatch(m -> m.contains("method")).anyMatch(m -> m.contains("block"));
    }

    /** What the check must find: one monitor of each kind. */
    @SuppressWarnings("unused")
    private static final class Monitors {
        synchronized void method() {
        }

        void block() {
            synchronized (this) {
                method();
            }
        }
    }

    private static final class MonitorFinder extends ClassVisitor {
        private final List<String> found;
        private String owner;

        MonitorFinder(List<String> found) {
            super(Opcodes.ASM9);
            this.found = found;
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
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                found.add("synchronized method " + where);
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitInsn(int opcode) {
                    if (opcode == Opcodes.MONITORENTER) {
                        found.add("synchronized block in " + where);
                    }
                }
            };
        }
    }
}
