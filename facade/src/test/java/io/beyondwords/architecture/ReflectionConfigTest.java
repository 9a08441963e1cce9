package io.beyondwords.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.generated.api.ContentApi;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar's GraalVM native-image and R8/ProGuard configuration, generated from {@code openapi.yaml}, names every class
 * Retrofit and Gson reach by reflection: each generated Retrofit interface (proxied, its methods read) and each wire
 * model (its constructor, fields and methods), as the generated-client jar holds them. A resource or schema the spec
 * gains is covered with no hand-kept list.
 */
class ReflectionConfigTest {
    private static final String NATIVE_IMAGE = "META-INF/native-image/io.beyondwords/beyondwords-java/";
    private static final String OKHTTP_VERSION = "okhttp3.OkHttp";

    private static Set<String> apis;
    private static Set<String> models;

    @BeforeAll
    static void readTheWireLayer() throws IOException, URISyntaxException {
        URI jar = ContentApi.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path location = Path.of(jar);
        if (Files.isDirectory(location)) {
            apis = classesIn(location, "io/beyondwords/generated/api");
            models = classesIn(location, "io/beyondwords/generated/model");
        } else {
            try (FileSystem zip = FileSystems.newFileSystem(location)) {
                apis = classesIn(zip.getPath("/"), "io/beyondwords/generated/api");
                models = classesIn(zip.getPath("/"), "io/beyondwords/generated/model");
            }
        }
        assertThat(apis).as("Retrofit interfaces").hasSizeGreaterThan(10).contains(ContentApi.class.getName());
        assertThat(models).as("wire models").hasSizeGreaterThan(50);
    }

    @Test
    void nativeImageProxiesEveryRetrofitInterface() throws IOException {
        Set<String> proxied = new TreeSet<>();
        for (JsonElement proxy : json("proxy-config.json")) {
            JsonArray interfaces = proxy.getAsJsonObject().getAsJsonArray("interfaces");
            assertThat(interfaces).hasSize(1);
            proxied.add(interfaces.get(0).getAsString());
        }
        assertThat(proxied).containsExactlyElementsOf(apis);
    }

    @Test
    void nativeImageReflectsOnEveryRetrofitInterfaceAndWireModel() throws IOException {
        Set<String> reflected = new TreeSet<>();
        for (JsonElement entry : json("reflect-config.json")) {
            String name = entry.getAsJsonObject().get("name").getAsString();
            assertThat(reflected.add(name)).as("listed once: " + name).isTrue();
            if (models.contains(name)) {
                assertThat(entry.getAsJsonObject().asMap()).as(name).containsKeys("allDeclaredConstructors",
                        "allDeclaredFields", "allDeclaredMethods");
            } else if (apis.contains(name)) {
                assertThat(entry.getAsJsonObject().asMap()).as(name).containsKey("allDeclaredMethods");
            }
        }
        Set<String> expected = new TreeSet<>(apis);
        expected.addAll(models);
        expected.add(OKHTTP_VERSION);
        assertThat(reflected).containsExactlyElementsOf(expected);
    }

    @Test
    void r8AndProguardKeepEveryRetrofitInterfaceAndWireModel() throws IOException {
        String rules = resource("META-INF/proguard/beyondwords-java.pro");
        Set<String> interfaces = new TreeSet<>();
        Set<String> classes = new TreeSet<>();
        Matcher keep = Pattern.compile("(?m)^-keep (interface|class) ([\\w.$]+) \\{ (.*) }$").matcher(rules);
        while (keep.find()) {
            (keep.group(1).equals("interface") ? interfaces : classes).add(keep.group(2));
            if (!keep.group(2).equals(OKHTTP_VERSION)) {
                assertThat(keep.group(3)).as(keep.group(2)).isEqualTo("*;");
            }
        }
        assertThat(interfaces).containsExactlyElementsOf(apis);
        Set<String> expected = new TreeSet<>(models);
        expected.add(OKHTTP_VERSION);
        assertThat(classes).containsExactlyElementsOf(expected);
        assertThat(rules).contains("-keepattributes Signature", "RuntimeVisibleAnnotations",
                "RuntimeVisibleParameterAnnotations");
    }

    private static JsonArray json(String file) throws IOException {
        return JsonParser.parseString(resource(NATIVE_IMAGE + file)).getAsJsonArray();
    }

    /** @return a resource of the facade's own jar (not of a dependency that might hold the same path) */
    private static String resource(String name) throws IOException {
        URL url = BeyondWordsClient.class.getClassLoader().getResource(name);
        assertThat(url).as(name).isNotNull();
        assertThat(url.toString()).as(name).contains("/facade/target/classes/");
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> classesIn(Path root, String packageDir) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(root.resolve(packageDir))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String simple = file.getFileName().toString();
                if (simple.endsWith(".class") && !simple.contains("$") && !simple.equals("package-info.class")) {
                    names.add(packageDir.replace('/', '.') + "." + simple.substring(0, simple.length() - 6));
                }
            }
        }
        return names;
    }
}
