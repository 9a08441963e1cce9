package io.beyondwords.internal.http;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OkHttp the SDK runs on: present, 4.12 or newer, and one copy of it. Checked when a client is built, because a
 * dependency tree gone wrong otherwise shows up only at the first request, as a {@code NoClassDefFoundError} or
 * {@code NoSuchMethodError} that names no artifact. The usual way it goes wrong: a BOM (OkHttp's own or a framework's)
 * manages {@code com.squareup.okhttp3:okhttp} to 5.x, and from OkHttp 5 on that Maven artifact holds no classes (they
 * are in {@code okhttp-jvm}); or a project keeps OkHttp 4 as {@code okhttp} next to the SDK's {@code okhttp-jvm}.
 *
 * <p>Only class names are used here, never OkHttp's types, so this class loads when OkHttp is missing.
 */
public final class OkHttpRequirement {
    /** Where OkHttp 5's JVM classes are, for Maven and Gradle alike. */
    static final String ARTIFACT = "com.squareup.okhttp3:okhttp-jvm";
    private static final String CLIENT_CLASS = "okhttp3/OkHttpClient.class";
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+).*");

    /** The result for the SDK's own class loader: the class path does not change while a JVM runs. */
    private static volatile Optional<String> problem;

    private OkHttpRequirement() {
    }

    /**
     * Throws if the SDK cannot run on the OkHttp it sees.
     *
     * @throws IllegalStateException naming the artifact to add, remove or upgrade
     */
    public static void check() {
        Optional<String> found = problem;
        if (found == null) {
            found = problem(OkHttpRequirement.class.getClassLoader());
            problem = found;
        }
        found.ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }

    static Optional<String> problem(ClassLoader loader) {
        List<String> copies = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(CLIENT_CLASS))) {
                copies.add(url.toString());
            }
        } catch (IOException e) {
            return Optional.empty(); // cannot look: let the first request speak for itself
        }
        String version = null;
        if (!copies.isEmpty()) {
            try {
                version = String.valueOf(Class.forName("okhttp3.OkHttp", false, loader).getField("VERSION").get(null));
            } catch (ReflectiveOperationException | LinkageError e) {
                version = "3.x or older"; // okhttp3.OkHttp arrived with OkHttp 4
            }
        }
        return problem(version, copies);
    }

    /**
     * @param version OkHttp's own version ({@code okhttp3.OkHttp.VERSION}), or {@code null} if its classes are missing
     * @param copies where each copy of {@code okhttp3.OkHttpClient} was found
     * @return what is wrong, as the exception's message; empty if nothing is
     */
    static Optional<String> problem(String version, List<String> copies) {
        String prefix = "beyondwords-java needs OkHttp 4.12 or newer: ";
        if (copies.isEmpty()) {
            return Optional.of(prefix + "its classes are not on the class path. From OkHttp 5 on, Maven and Gradle "
                    + "get them from " + ARTIFACT + ", and com.squareup.okhttp3:okhttp (which an OkHttp 5 BOM manages) "
                    + "holds none; add " + ARTIFACT + " at the version your BOM uses, or stop excluding it from "
                    + "io.beyondwords:beyondwords-java");
        }
        if (copies.size() > 1) {
            return Optional.of(prefix + "found " + copies.size() + " copies of OkHttp, which mix their classes: "
                    + String.join(", ", copies) + ". Keep one: OkHttp 5 as " + ARTIFACT + " (remove "
                    + "com.squareup.okhttp3:okhttp 4.x), or OkHttp 4.12 as com.squareup.okhttp3:okhttp (exclude "
                    + ARTIFACT + " from io.beyondwords:beyondwords-java)");
        }
        Matcher m = VERSION.matcher(version);
        int major = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        int minor = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (major < 4 || major == 4 && minor < 12) {
            return Optional.of(prefix + "found OkHttp " + version + " at " + copies.get(0) + ". Upgrade "
                    + "com.squareup.okhttp3:okhttp to 4.12.0, or use OkHttp 5 (" + ARTIFACT + ", which the SDK "
                    + "brings)");
        }
        return Optional.empty();
    }
}
