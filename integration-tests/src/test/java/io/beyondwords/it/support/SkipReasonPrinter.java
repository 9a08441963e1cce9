package io.beyondwords.it.support;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test or class with its reason to the build output (Maven's console shows only a count), so a
 * run without {@code BEYONDWORDS_API_KEY} says plainly that the live tests did not run and why. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkipReasonPrinter implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        String kind = testIdentifier.getType() == TestDescriptor.Type.CONTAINER ? "class" : "test";
        String name = testIdentifier.getLegacyReportingName();
        String where = testIdentifier.getSource().map(Object::toString)
                .filter(s -> s.contains("className")).map(s -> s.replaceAll(".*className = '([^']+)'.*", "$1"))
                .orElse(name);
        System.out.println("[SKIPPED] " + kind + " " + where + (kind.equals("test") ? "#" + name : "") + ": " + reason);
    }
}
