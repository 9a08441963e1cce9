package io.beyondwords.it.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@value VirtualThreadCalls#CALLS} concurrent calls and content waits on virtual threads pin no carrier thread in SDK
 * code: {@link VirtualThreadCalls} runs on the newest JDK the machine has (Java 25; the SDK itself stays Java 17)
 * with a JFR recording of every {@code jdk.VirtualThreadPinned} event (threshold 0), and no such event may have an
 * SDK frame on its stack (the recording starts after one call of each kind has loaded the classes, see
 * {@link VirtualThreadCalls}). The JDK is {@value #JDK_PROPERTY} if set, else {@value #DEFAULT_JDK}; a machine without it
 * fails this test and says why, rather than passing it silently.
 *
 * <p>Java 24 and later no longer pin a virtual thread blocked inside {@code synchronized} (JEP 491), so on them this
 * catches the other pinnings (native frames, class initialisation); {@code NoMonitorsTest} in the facade keeps the SDK
 * free of monitors for Java 21 to 23, where they pin.
 */
class VirtualThreadPinningTest {
    static final String JDK_PROPERTY = "beyondwords.jdk25";
    static final String DEFAULT_JDK = "/usr/lib/jvm/temurin-25-jdk-amd64";
    private static final String PINNED = "jdk.VirtualThreadPinned";

    @Test
    void tenThousandCallsOnVirtualThreadsPinNothingInSdkCode(@TempDir Path dir) throws Exception {
        Path jdk = Path.of(System.getProperty(JDK_PROPERTY, DEFAULT_JDK));
        Path java = jdk.resolve("bin/java");
        assertThat(Files.isExecutable(java))
                .as("this test needs a JDK with virtual threads (21 or later) at %s, set with -D%s=<jdk home>; none"
                        + " is there, so whether the SDK pins virtual threads is NOT checked on this machine", jdk,
                        JDK_PROPERTY)
                .isTrue();
        Path recording = dir.resolve("calls.jfr");
        Path output = dir.resolve("calls.out");
        Process child = new ProcessBuilder(java.toString(),
                "-XX:FlightRecorderOptions:stackdepth=512",
                "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                VirtualThreadCalls.class.getName(), recording.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the calls ended within 10 minutes; output:%n%s", printed).isTrue();
        assertThat(child.exitValue()).as("exit status; output:%n%s", printed).isZero();
        assertThat(printed).contains("calls=" + VirtualThreadCalls.CALLS).contains("failed=0").contains("java=25");

        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        assertThat(events).as("events recorded (the recording worked)")
                .anyMatch(e -> e.getEventType().getName().equals("jdk.JVMInformation"));
        List<String> pinnedInSdk = new ArrayList<>();
        int classLoading = 0;
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals(PINNED)) {
                continue;
            }
            if (isClassLoading(event)) {
                classLoading++;
            } else if (hasSdkFrame(event)) {
                pinnedInSdk.add(event.toString());
            }
        }
        assertThat(pinnedInSdk).as("virtual threads pinned with an SDK frame on the stack (besides %d pinned while"
                + " loading or initialising a class)", classLoading).isEmpty();
    }

    /**
     * Whether a pinning happened while the JVM loaded or initialised a class: the class loader's lock or a wait for
     * another thread's static initialiser, whatever code asked for the class. A one-time matter of the JVM (the warm-up
     * loads nearly all of them), not a lock of the SDK's.
     */
    private static boolean isClassLoading(RecordedEvent event) {
        if (event.hasField("pinnedReason")) {
            // Held as Object: String.valueOf(event.getValue(..)) would infer char[] and pick valueOf(char[]).
            Object value = event.getValue("pinnedReason");
            String reason = String.valueOf(value);
            if (reason.startsWith("Waited for initialization of") || reason.contains("<clinit>")) {
                return true;
            }
        }
        if (event.getStackTrace() == null) {
            return false;
        }
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.equals("java.lang.ClassLoader") || type.startsWith("jdk.internal.loader.")) {
                return true;
            }
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                // The first frame outside the JDK: what blocked was not the class loader.
                return false;
            }
        }
        return false;
    }

    /** An SDK frame: the facade's code, not this test's program nor the stand-in it talks to. */
    private static boolean hasSdkFrame(RecordedEvent event) throws IOException {
        if (event.getStackTrace() == null) {
            return false;
        }
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("io.beyondwords.") && !type.startsWith("io.beyondwords.it.")
                    && !type.startsWith("io.beyondwords.testkit.")) {
                return true;
            }
        }
        return false;
    }
}
