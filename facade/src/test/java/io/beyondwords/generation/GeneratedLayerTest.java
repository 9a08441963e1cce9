package io.beyondwords.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.JsonValue;
import io.beyondwords.RequestOptions;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.internal.ResourceBinding;
import io.beyondwords.internal.http.DeadlineWatchdog;
import io.beyondwords.internal.transport.ApiTransport;
import io.beyondwords.paging.Page;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The facade generator on a fixture spec ({@code codegen-fixtures/widgets.yaml}) that uses every shape it supports:
 * what it writes compiles without a warning or a Javadoc problem, has no unused import and no line over 120
 * characters, and behaves as the Background tracks layer does, over real HTTP on loopback.
 */
class GeneratedLayerTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final String FIXTURE = "src/test/resources/codegen-fixtures/widgets.yaml";

    /** Kept after the run, to read what was generated. */
    private static final Path WORK = Path.of("target/codegen-fixture").toAbsolutePath();
    private static Path facadeSources;
    private static URLClassLoader loader;
    private static final MockWebServer SERVER = new MockWebServer();
    private static BeyondWordsClient client;
    private static Object service;

    @BeforeAll
    static void generateCompileAndBind() throws Exception {
        deleteRecursively(WORK);
        Path spec = REPO.resolve("facade").resolve(FIXTURE);
        Path wire = generate("io.beyondwords.codegen.WireCodegen", spec, WORK.resolve("wire"));
        facadeSources = generate("io.beyondwords.codegen.FacadeCodegen", spec, WORK.resolve("facade"));
        Path classes = Files.createDirectories(WORK.resolve("classes"));
        compile(sources(wire.resolve("io/beyondwords/generated/model"), wire.resolve("io/beyondwords/generated/api")),
                classes, List.of());
        compile(sources(facadeSources.resolve("io/beyondwords/widgets")), classes,
                List.of("-Xlint:all", "-Werror", "-Xdoclint:all/protected"));
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedLayerTest.class.getClassLoader());
        SERVER.start();
        client = BeyondWordsClient.builder().apiKey("test-key").baseUrl(SERVER.url("/v1").toString())
                .maxRetries(0).build();
        ApiTransport transport = new ApiTransport(new OkHttpClient(), new DeadlineWatchdog(), client.options(),
                SERVER.url("/v1/"), "test-key", new AtomicBoolean());
        // The generated hook is how the client reaches the package-private binding; here loaded from the freshly
        // compiled classes, so by name.
        ResourceBinding<?, ?> binding = (ResourceBinding<?, ?>) loader.loadClass("io.beyondwords.widgets.WidgetsHook")
                .getMethod("bind", ApiTransport.class).invoke(null, transport);
        service = binding.sync();
    }

    @AfterAll
    static void stop() throws IOException {
        client.close();
        SERVER.shutdown();
        loader.close();
    }

    @Test
    void everyFileTheGeneratorWritesIsTidy() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(facadeSources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("Widget.java", "Part.java",
                "WidgetStatus.java", "WidgetSettings.java", "WidgetListParams.java", "WidgetCreateParams.java",
                "WidgetService.java", "WidgetServiceAsync.java", "WidgetsBinding.java", "WidgetsHook.java",
                "WidgetsWire.java", "ResourceTable.java", "BeyondWordsResources.java", "BeyondWordsClientAsync.java");
        for (Path file : files) {
            String source = Files.readString(file);
            for (String line : source.split("\n")) {
                assertThat(line.length()).as(file + ": " + line).isLessThanOrEqualTo(120);
                assertThat(line).as(file.toString()).doesNotEndWith(" ");
            }
            Matcher imports = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);").matcher(source);
            String code = source.replaceAll("(?m)^import .*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
            while (imports.find()) {
                assertThat(code).as(file + " imports " + imports.group(2) + " without using it")
                        .containsPattern("\\b" + imports.group(2) + "\\b");
            }
            assertThat(source).as(file.toString()).doesNotContain("\n\n\n");
            // A local declared null is a placeholder: code the template wrote for a case that does not need it.
            assertThat(source).as(file.toString()).doesNotContainPattern("(?m)^\\s+[\\w<>, ]+ \\w+ = null;$");
        }
    }

    @Test
    void theModuleDescriptorExportsTheResourcePackagesOfTheSpec() throws IOException {
        String moduleInfo = Files.readString(facadeSources.resolve("module-info.java"));

        assertThat(moduleInfo).contains("module io.beyondwords {", "exports io.beyondwords;",
                "exports io.beyondwords.errors;", "exports io.beyondwords.paging;", "exports io.beyondwords.widgets;")
                .doesNotContain("io.beyondwords.backgroundtracks", "exports io.beyondwords.internal", "opens ");
    }

    @Test
    void openEnumsKeepValuesTheSpecDoesNotList() throws Exception {
        Class<?> status = loader.loadClass("io.beyondwords.widgets.WidgetStatus");
        Object live = status.getField("LIVE").get(null);

        assertThat(invokeStatic(status, "of", "live")).isSameAs(live);
        Object retired = invokeStatic(status, "of", "retired");
        assertThat(invoke(retired, "isKnown")).isEqualTo(false);
        assertThat(invoke(retired, "value")).isEqualTo("retired");
        assertThat(retired).isEqualTo(invokeStatic(status, "of", "retired")).isNotEqualTo(live);
        assertThat((List<?>) invokeStatic(status, "known")).hasSize(2);
    }

    @Test
    void everyMemberShapeReadsAsItsJavaType() throws Exception {
        enqueue(200, "{\"id\":9,\"name\":\"Cog\",\"active\":true,\"status\":\"retired\",\"tags\":[\"a\",null],"
                + "\"parts\":[{\"sku\":\"p-1\",\"count\":2},null],\"settings\":{\"colour\":\"#ff0000\",\"size\":3},"
                + "\"metadata\":{\"k\":[1,2]},\"extra\":[true],\"weight\":1.5,\"launched\":\"2023-01-01 00:00:00 UTC\","
                + "\"homepage\":\"https://example.com/cog\",\"length\":1500,\"surprise\":1}");

        Object widget = invoke(service, "retrieve", "9");

        assertThat(SERVER.takeRequest().getPath()).isEqualTo("/v1/widgets/9");
        assertThat(invoke(widget, "id")).isEqualTo(9L);
        assertThat(invoke(widget, "active")).isEqualTo(true);
        assertThat(((Optional<?>) invoke(widget, "status")).map(s -> invoke(s, "value"))).contains("retired");
        assertThat(invoke(widget, "tags")).isEqualTo(Optional.of(java.util.Arrays.asList("a", null)));
        List<?> parts = (List<?>) ((Optional<?>) invoke(widget, "parts")).orElseThrow();
        assertThat(invoke(parts.get(0), "sku")).isEqualTo("p-1");
        assertThat(invoke(parts.get(0), "count")).isEqualTo(OptionalLong.of(2));
        assertThatThrownBy(() -> invoke(parts.get(1), "sku")).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("widget 9's 'parts[1]' is null, not a JSON object");
        Object settings = ((Optional<?>) invoke(widget, "settings")).orElseThrow();
        assertThat(invoke(settings, "colour")).isEqualTo(Optional.of("#ff0000"));
        assertThat(invoke(widget, "metadata")).isEqualTo(Optional.of(Map.of("k", JsonValue.parse("[1,2]"))));
        assertThat(invoke(widget, "extra")).isEqualTo(Optional.of(JsonValue.parse("[true]")));
        assertThat(invoke(widget, "weight")).isEqualTo(java.util.OptionalDouble.of(1.5));
        assertThat(invoke(widget, "launched")).isEqualTo(Optional.of(Instant.parse("2023-01-01T00:00:00Z")));
        assertThat(invoke(widget, "homepage")).isEqualTo(Optional.of(URI.create("https://example.com/cog")));
        assertThat(invoke(widget, "length")).isEqualTo(Optional.of(Duration.ofMillis(1500)));
        assertThat(invoke(widget, "additionalProperties")).isEqualTo(Map.of("surprise", JsonValue.of(1)));
        assertThatThrownBy(() -> invoke(widget, "validate")).hasMessageContaining("'parts[1]' is null");
    }

    @Test
    void aFreeFormObjectThatIsNullOrAbsentIsEmptyAndAnEmptyOneIsPresent() throws Exception {
        for (String metadata : new String[] {",\"metadata\":null", ""}) {
            enqueue(200, "{\"id\":9,\"name\":\"Cog\",\"active\":true" + metadata + "}");
            Object widget = invoke(service, "retrieve", "9");
            SERVER.takeRequest();
            assertThat(invoke(widget, "metadata")).as("metadata%s", metadata).isEqualTo(Optional.empty());
            invoke(widget, "validate");
        }
        enqueue(200, "{\"id\":9,\"name\":\"Cog\",\"active\":true,\"metadata\":{}}");
        Object widget = invoke(service, "retrieve", "9");
        SERVER.takeRequest();
        assertThat(invoke(widget, "metadata")).isEqualTo(Optional.of(Map.of()));
    }

    @Test
    void aListThatIsAbsentIsEmptyAndAnEmptyOneIsPresent() throws Exception {
        enqueue(200, "{\"id\":9,\"name\":\"Cog\",\"active\":true}");
        Object widget = invoke(service, "retrieve", "9");
        SERVER.takeRequest();
        assertThat(invoke(widget, "tags")).isEqualTo(Optional.empty());
        assertThat(invoke(widget, "parts")).isEqualTo(Optional.empty());
        enqueue(200, "{\"id\":9,\"name\":\"Cog\",\"active\":true,\"tags\":[],\"parts\":[]}");
        widget = invoke(service, "retrieve", "9");
        SERVER.takeRequest();
        assertThat(invoke(widget, "tags")).isEqualTo(Optional.of(List.of()));
        assertThat(invoke(widget, "parts")).isEqualTo(Optional.of(List.of()));
    }

    @Test
    void aBodySendsNoListItWasNotGiven() throws Exception {
        enqueue(201, "{\"id\":3,\"name\":\"c\",\"active\":true}");
        Object params = build("io.beyondwords.widgets.WidgetCreateParams", b -> invoke(b, "name", "c"));

        invoke(service, "create", params);

        assertThat(SERVER.takeRequest().getBody().readString(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"c\"}");
    }

    @Test
    void listParamsGoOnTheWireAsTheSpecSays() throws Exception {
        enqueue(200, "[{\"id\":1,\"name\":\"a\",\"active\":false}]");
        Object params = build("io.beyondwords.widgets.WidgetListParams", b -> {
            invoke(b, "limit", 5);
            invoke(b, "status", invokeStatic(loader.loadClass("io.beyondwords.widgets.WidgetStatus"), "of", "live"));
            invoke(b, "active", true);
            invoke(b, "addTag", "ab");
            invoke(b, "addTag", "cd");
        });

        Page<?> page = (Page<?>) invoke(service, "list", params);

        RecordedRequest request = SERVER.takeRequest();
        assertThat(request.getPath()).isEqualTo("/v1/widgets?pagination%5Blimit%5D=5&filter%5Bstatus%5D=live"
                + "&filter%5Bactive%5D=true&filter%5Btags%5D%5B%5D=ab&filter%5Btags%5D%5B%5D=cd");
        assertThat(page.items()).hasSize(1);
        assertThat(page.hasNextPage()).isFalse();
        Object none = build("io.beyondwords.widgets.WidgetListParams", b -> { });
        assertThat(invoke(none, "offset")).isEqualTo(0);
        assertThat(invoke(none, "tags")).isEqualTo(List.of());
    }

    @Test
    void theBuildersRejectWhatTheSpecRulesOut() throws Exception {
        List<String> messages = new ArrayList<>();
        for (Object[] bad : new Object[][] {
            {"io.beyondwords.widgets.WidgetListParams", "limit", 101},
            {"io.beyondwords.widgets.WidgetListParams", "addTag", "a"},
            {"io.beyondwords.widgets.WidgetCreateParams", "name", ""},
            {"io.beyondwords.widgets.WidgetCreateParams", "name", "x".repeat(41)},
            {"io.beyondwords.widgets.WidgetCreateParams", "weight", 0.0},
            {"io.beyondwords.widgets.WidgetCreateParams", "price", new java.math.BigDecimal("-0.5")},
            {"io.beyondwords.widgets.WidgetCreateParams", "price", new java.math.BigDecimal("1000.01")},
            {"io.beyondwords.widgets.WidgetCreateParams", "settingsColour", "red"},
            {"io.beyondwords.widgets.WidgetCreateParams", "settingsSize", 11},
            {"io.beyondwords.widgets.WidgetCreateParams", "homepage", "/relative"},
            {"io.beyondwords.widgets.WidgetCreateParams", "addPartSku", "s"},
        }) {
            Object builder = invokeStatic(loader.loadClass((String) bad[0]), "builder");
            assertThatThrownBy(() -> invoke(builder, (String) bad[1], bad[2]))
                    .as(bad[0] + "." + bad[1] + "(" + bad[2] + ")").isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> messages.add(e.getMessage()));
        }
        assertThat(messages).containsExactly(
                "WidgetListParams: limit must be at most 100, was 101",
                "WidgetListParams: a tag of tags must be at least 2 characters long, was 1",
                "WidgetCreateParams: name must not be empty",
                "WidgetCreateParams: name must be at most 40 characters long, was 41",
                "WidgetCreateParams: weight must be more than 0.0, was 0.0",
                "WidgetCreateParams: price must be at least 0, was -0.5",
                "WidgetCreateParams: price must be at most 1000, was 1000.01",
                "WidgetCreateParams: settingsColour must match the pattern ^#[0-9a-f]{6}$, was \"red\"",
                "WidgetCreateParams: settingsSize must be at most 10, was 11",
                "WidgetCreateParams: homepage must be an absolute URL, was \"/relative\"",
                "WidgetCreateParams: a partSku of partSkus must be at least 2 characters long, was 1");
        Object empty = invokeStatic(loader.loadClass("io.beyondwords.widgets.WidgetCreateParams"), "builder");
        assertThatThrownBy(() -> invoke(empty, "build")).isInstanceOf(IllegalStateException.class)
                .hasMessage("WidgetCreateParams: name is required");
    }

    @Test
    void aBodyGoesOutWithFlattenedMembersGroupedAndNothingUnset() throws Exception {
        enqueue(201, "{\"id\":2,\"name\":\"b\",\"active\":true}");
        Object params = build("io.beyondwords.widgets.WidgetCreateParams", b -> {
            invoke(b, "name", "b");
            invoke(b, "launched", Instant.parse("2024-02-03T04:05:06Z"));
            invoke(b, "homepage", "https://example.com/b");
            invoke(b, "settingsSize", 4);
            invoke(b, "tags", List.of("x"));
            invoke(b, "addPartSku", "s-1");
            invoke(b, "addPartSku", "s-2");
        });

        Object widget = invoke(service, "create", params);

        RecordedRequest request = SERVER.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getBody().readString(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"b\",\"tags\":[\"x\"],"
                + "\"launched\":\"2024-02-03T04:05:06Z\",\"homepage\":\"https://example.com/b\",\"settings\":{\"size\":4},"
                + "\"parts\":[{\"sku\":\"s-1\"},{\"sku\":\"s-2\"}]}");
        assertThat(invoke(widget, "name")).isEqualTo("b");
    }

    @Test
    void anOperationWithoutABodyAndAPlainListWork() throws Exception {
        SERVER.enqueue(new MockResponse().setResponseCode(204));
        enqueue(200, "[{\"sku\":\"s\"},{\"count\":1}]");

        Method delete = loader.loadClass("io.beyondwords.widgets.WidgetService").getMethod("delete", String.class);
        assertThat(delete.getReturnType()).isEqualTo(void.class);
        assertThat(invoke(service, "delete", "3")).isNull();
        List<?> parts = (List<?>) invoke(service, "parts", "3");

        assertThat(SERVER.takeRequest().getMethod()).isEqualTo("DELETE");
        assertThat(SERVER.takeRequest().getPath()).isEqualTo("/v1/widgets/3/parts");
        assertThat(parts).hasSize(2);
        assertThatThrownBy(() -> invoke(parts.get(1), "sku")).hasMessageContaining("the part has no 'sku' (required)");
        Object raw = invoke(service, "withRawResponse");
        SERVER.enqueue(new MockResponse().setResponseCode(204).setHeader("X-Request-Id", "r-1"));
        Object response = invoke(raw, "delete", "4", RequestOptions.none());
        assertThat(invoke(response, "statusCode")).isEqualTo(204);
        SERVER.takeRequest();
    }

    @Test
    void aMemberRenamedByTheSpecIsReadAndSentUnderItsJsonName() throws Exception {
        enqueue(200, "[{\"sku\":\"s\",\"value\":\"v\"}]");
        List<?> parts = (List<?>) invoke(service, "parts", "5");
        SERVER.takeRequest();
        assertThat(invoke(parts.get(0), "label")).isEqualTo(Optional.of("v"));
        assertThat(invoke(parts.get(0), "additionalProperties")).isEqualTo(Map.of());

        enqueue(201, "{\"id\":3,\"name\":\"c\",\"active\":true}");
        Object params = build("io.beyondwords.widgets.WidgetCreateParams", b -> {
            invoke(b, "name", "c");
            invoke(b, "label", "v");
        });
        invoke(service, "create", params);
        assertThat(SERVER.takeRequest().getBody().readString(StandardCharsets.UTF_8))
                .startsWith("{\"name\":\"c\",\"value\":\"v\"").doesNotContain("label");
    }

    @Test
    void theTableOfOperationsListsEachOperationWithItsMethodAndTheDocsCompleteness() throws IOException {
        String table = Files.readString(WORK.resolve("facade").resolve("operations.md"));

        assertThat(table).isEqualTo("""
                | Resource | Operation | Facade method | Returns | Docs |
                |---|---|---|---|---|
                | Widgets | `GET /widgets` | `client.widgets().list([WidgetListParams params])` \
                | `Page<Widget>` | complete |
                | Widgets | `POST /widgets` | `client.widgets().create(WidgetCreateParams params)` \
                | `Widget` | op-complete |
                | Widgets | `GET /widgets/{id}` | `client.widgets().retrieve(String id)` | `Widget` | partial |
                | Widgets | `DELETE /widgets/{id}` | `client.widgets().delete(String id)` | `void` | example-only |
                | Widgets | `GET /widgets/{id}/parts` | `client.widgets().parts(String id)` | `List<Part>` \
                | listed-only |
                """);
    }

    @Test
    void theJavadocOfAnOperationTheDocsShowedOnlyInPartSaysWhatWasMissing() throws IOException {
        String service = Files.readString(facadeSources.resolve("io/beyondwords/widgets/WidgetService.java"))
                .replaceAll("\\s*\\n\\s*\\* ?", " ");

        assertThat(javadocOf(service, "Page<Widget> list()")).doesNotContain("Documented only partially");
        assertThat(javadocOf(service, "Widget create(WidgetCreateParams params)")).contains(
                "Documented only partially: the public docs show the operation itself but cut off the schemas it"
                        + " refers to; members of the response this SDK does not name are kept");
        assertThat(javadocOf(service, "Widget retrieve(String id)"))
                .contains("Documented only partially: the public docs cut off some of its parameters");
        assertThat(javadocOf(service, "void delete(String id)"))
                .contains("Documented only partially: the public docs show only a rendered example")
                .as("nothing comes back to keep members of").doesNotContain("additionalProperties");
        assertThat(javadocOf(service, "List<Part> parts(String id)"))
                .contains("Documented only partially: the public docs only list that it exists");
    }

    /** The Javadoc just before the first declaration starting with this text, its lines joined. */
    private static String javadocOf(String source, String declaration) {
        int at = source.indexOf(" " + declaration);
        assertThat(at).as(declaration).isPositive();
        return source.substring(source.lastIndexOf("/**", at), at);
    }

    @Test
    void anOperationWithoutItsDocsCompletenessIsRejectedByName() throws IOException {
        String partsDocs = "      x-beyondwords-docs: listed-only\n";
        assertGeneratingFails("no-docs-missing", partsDocs, "")
                .hasMessage("GET /widgets/{id}/parts: every operation needs x-beyondwords-docs, how much of it the"
                        + " public docs showed: one of complete, op-complete, partial, example-only, listed-only");
        assertGeneratingFails("no-docs-unknown", partsDocs, "      x-beyondwords-docs: mostly\n")
                .hasMessageStartingWith("GET /widgets/{id}/parts: every operation needs x-beyondwords-docs")
                .hasMessageEndingWith("listed-only (was 'mostly')");
    }

    @Test
    void twoTypesOfTheSameNameAreRejectedInsteadOfImportingTheWrongOne() throws IOException {
        assertGeneratingFails("same-name", "      x-beyondwords-type: Part\n", "      x-beyondwords-type: Page\n")
                .hasMessage("two generated types are named Page (io.beyondwords.paging.Page and"
                        + " io.beyondwords.widgets.Page): give one of their schemas another name with"
                        + " x-beyondwords-type");
    }

    /** Generates the facade from the fixture with {@code from} (which it must contain) replaced by {@code to}. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertGeneratingFails(String name, String from,
            String to) throws IOException {
        String fixture = Files.readString(REPO.resolve("facade").resolve(FIXTURE));
        assertThat(fixture).contains(from);
        Path dir = Files.createDirectories(WORK.resolve(name));
        Path spec = dir.resolve(name + ".yaml");
        Files.writeString(spec, fixture.replace(from, to));
        return assertThatThrownBy(() -> generate("io.beyondwords.codegen.FacadeCodegen", spec, dir.resolve("out")));
    }

    /**
     * REGENERATING.md's worked example: an optional response member added to background tracks becomes a typed
     * accessor, and a new operation a method, with no hand edit; what is generated compiles against the core.
     */
    @Test
    void aNewMemberAndANewOperationInTheSpecAppearWithNoHandEdit() throws Exception {
        String spec = Files.readString(REPO.resolve("openapi.yaml"));
        Path changed = Files.createDirectories(WORK.resolve("worked-example")).resolve("openapi.yaml");
        Files.writeString(changed, addGenreAndDelete(spec));
        Path wire = generate("io.beyondwords.codegen.WireCodegen", changed, WORK.resolve("worked-example/wire"));
        Path facade = generate("io.beyondwords.codegen.FacadeCodegen", changed, WORK.resolve("worked-example/facade"));

        String track = Files.readString(facade.resolve("io/beyondwords/backgroundtracks/BackgroundTrack.java"));
        String service = Files.readString(facade.resolve("io/beyondwords/backgroundtracks/BackgroundTrackService.java"));
        assertThat(track).contains("public Optional<String> genre() {", "public Builder genre(String genre) {");
        assertThat(service).contains("void delete(long id);", "void delete(long id, RequestOptions options);");
        Path classes = Files.createDirectories(WORK.resolve("worked-example/classes"));
        compile(sources(wire.resolve("io/beyondwords/generated/model"), wire.resolve("io/beyondwords/generated/api")),
                classes, List.of());
        compile(sources(facade.resolve("io/beyondwords/backgroundtracks")), classes,
                List.of("-Xlint:all", "-Werror", "-Xdoclint:all/protected"));
    }

    /** The two edits of REGENERATING.md's first worked example, read from the guide, made to a copy of the spec. */
    private static String addGenreAndDelete(String spec) throws IOException {
        String guide = Files.readString(REPO.resolve("REGENERATING.md"));
        String member = "        created:\n";
        int at = spec.indexOf(member, spec.indexOf("backgroundTrackModel:"));
        String withGenre = spec.substring(0, at) + guideBlock(guide, "member") + spec.substring(at);
        String put = "    put:\n      tags:\n        - Background tracks\n      summary: Update background track";
        assertThat(withGenre).contains(put);
        return withGenre.replace(put, guideBlock(guide, "operation") + put);
    }

    /**
     * REGENERATING.md's second worked example: the docs' wording for two descriptions changes the generated Javadoc and
     * nothing else. Replayed backwards: the old wording, put back into a copy of the spec, gives the build's
     * {@code BackgroundTrack} but for its comments.
     */
    @Test
    void aChangedDescriptionChangesOnlyTheJavadoc() throws IOException {
        String spec = Files.readString(REPO.resolve("openapi.yaml"));
        String wording = guideBlock(Files.readString(REPO.resolve("REGENERATING.md")), "wording");
        String model = "    backgroundTrackModel:";
        StringBuilder old = new StringBuilder(spec);
        List<String> lines = wording.lines().collect(Collectors.toList());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("-")) {
                String before = lines.get(i).substring(1) + "\n";
                String after = lines.get(i + 1).substring(1) + "\n";
                int at = old.indexOf(after, old.indexOf(model));
                assertThat(at).as("openapi.yaml's backgroundTrackModel has%n%s", after).isNotNegative();
                old.replace(at, at + after.length(), before);
            }
        }
        Path changed = Files.createDirectories(WORK.resolve("wording-example")).resolve("openapi.yaml");
        Files.writeString(changed, old.toString());
        Path facade = generate("io.beyondwords.codegen.FacadeCodegen", changed, WORK.resolve("wording-example/facade"));

        String track = "io/beyondwords/backgroundtracks/BackgroundTrack.java";
        String regenerated = Files.readString(facade.resolve(track));
        String built = Files.readString(REPO.resolve("facade/target/generated-sources/facade/src/main/java")
                .resolve(track));
        assertThat(regenerated).contains("the track was created").isNotEqualTo(built);
        assertThat(code(regenerated)).isEqualTo(code(built));
    }

    /** A Java file's lines without its comments' lines (the generated files put each comment on lines of its own). */
    private static List<String> code(String source) {
        return source.lines().filter(line -> {
            String t = line.strip();
            return !(t.startsWith("/**") || t.startsWith("*") || t.startsWith("//"));
        }).collect(Collectors.toList());
    }

    /**
     * The fenced block that follows {@code <!-- worked-example: name -->} in REGENERATING.md, its lines without the
     * indent of the list item that holds it.
     */
    private static String guideBlock(String guide, String name) {
        Matcher block = Pattern.compile("<!-- worked-example: " + name + " -->\n( *)```\\w+\n(.*?)\n *```\n",
                Pattern.DOTALL).matcher(guide);
        assertThat(block.find()).as("REGENERATING.md has a block marked worked-example: %s", name).isTrue();
        String indent = block.group(1);
        return block.group(2).lines().map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    // ------------------------------------------------------------------------------------------------------ support

    private static Path generate(String generator, Path spec, Path out) {
        CodegenConfigurator config = new CodegenConfigurator()
                .setGeneratorName(generator)
                .setInputSpec(spec.toString())
                .setOutputDir(out.toString())
                .setTemplateDir(REPO.resolve("generated-client/templates").toString())
                .setApiPackage("io.beyondwords.generated.api")
                .setModelPackage("io.beyondwords.generated.model")
                .setInvokerPackage("io.beyondwords.generated")
                .addGlobalProperty("quiet", "true")
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        new DefaultGenerator().opts(config.toClientOptInput()).generate();
        return out.resolve("src/main/java");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    private static List<Path> sources(Path... dirs) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
            }
        }
        return all;
    }

    private static void compile(List<Path> sources, Path classes, List<String> lint) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                classes + java.io.File.pathSeparator + System.getProperty("java.class.path"), "--release", "17",
                "-implicit:none", "-proc:none"));
        args.addAll(lint);
        sources.forEach(s -> args.add(s.toString()));
        int status = javac.run(null, null, null, args.toArray(new String[0]));
        assertThat(status).as("javac " + String.join(" ", lint) + ": see the compiler's output above").isZero();
    }

    private static void enqueue(int status, String json) {
        SERVER.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(json));
    }

    private interface BuilderSteps {
        void apply(Object builder) throws Exception;
    }

    private static Object build(String paramsClass, BuilderSteps steps) throws Exception {
        Object builder = invokeStatic(loader.loadClass(paramsClass), "builder");
        steps.apply(builder);
        return invoke(builder, "build");
    }

    private static Object invokeStatic(Class<?> type, String name, Object... args) {
        return call(type, null, name, args);
    }

    private static Object invoke(Object target, String name, Object... args) {
        return call(target.getClass(), target, name, args);
    }

    /** Calls the one public method of that name whose parameters take the arguments; unwraps its exception. */
    private static Object call(Class<?> type, Object target, String name, Object... args) {
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.length || !accepts(m, args)) {
                continue;
            }
            try {
                m.setAccessible(true);
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no method " + type.getSimpleName() + "." + name + " for " + args.length);
    }

    private static boolean accepts(Method m, Object[] args) {
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> t = types[i].isPrimitive() ? box(types[i]) : types[i];
            if (args[i] != null && !t.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> primitive) {
        return primitive == int.class ? Integer.class : primitive == long.class ? Long.class
                : primitive == double.class ? Double.class : primitive == boolean.class ? Boolean.class
                : primitive == float.class ? Float.class : primitive;
    }
}
