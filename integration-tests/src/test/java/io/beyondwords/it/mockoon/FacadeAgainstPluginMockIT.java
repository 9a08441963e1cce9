package io.beyondwords.it.mockoon;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.report.ValidationReport;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentBatchDeleteParams;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.content.ContentUpdateParams;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.AuthenticationException;
import io.beyondwords.errors.BadRequestException;
import io.beyondwords.errors.InternalServerException;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.it.mockoon.PluginMockEnvironment.MockResponse;
import io.beyondwords.it.mockoon.PluginMockEnvironment.MockRoute;
import io.beyondwords.it.support.ItPaths;
import io.beyondwords.it.contract.ContractFixture;
import io.beyondwords.it.support.MockoonMock;
import io.beyondwords.it.support.MockoonMockExtension;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.it.support.ValidatingProxy;
import io.beyondwords.languages.Language;
import io.beyondwords.playersettings.PlayerSettingsUpdateParams;
import io.beyondwords.playersettings.ProjectPlayerSettings;
import io.beyondwords.projects.Project;
import io.beyondwords.projects.ProjectUpdateParams;
import io.beyondwords.videosettings.LogoPosition;
import io.beyondwords.videosettings.VideoSettings;
import io.beyondwords.voices.Voice;
import io.beyondwords.voices.VoiceListParams;
import io.beyondwords.voices.VoiceUpdateParams;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The facade against BeyondWords' own mock API, the Mockoon environment of their WordPress plugin (committed unchanged
 * as {@code src/test/resources/vendor/beyondwords-wordpress-plugin-mock.json}), as a real peer: every route it has
 * for a resource of ours, and every response its rules can select.
 *
 * <p>Each test talks to the mock through its own {@link ValidatingProxy}, so swagger-request-validator checks every
 * request against openapi.yaml and every answer of the mock too; a test fails on any validation error it does not
 * name. Every value the facade returns is {@code validate()}d (all members), and every error response must arrive as
 * the facade's typed exception.
 *
 * <p>Mockoon picks a response by rules on the request's headers. Most are selected by what the facade sends itself
 * (its {@code X-Api-Key}, and {@code Content-Type: application/json} with a body); a key without the mock's
 * {@code write_} prefix selects the error answers. The others need a request the facade never sends (a header it has
 * no option for, an empty {@code Content-Type}, no key): there the proxy changes the request on the way, and the test
 * says so. The last test reads the environment file and fails unless every response of every route of ours was served
 * here or is listed, with the known difference that explains it, in {@code vendor/KNOWN-DIFFERENCES.md}.
 */
@ExtendWith(MockoonMockExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FacadeAgainstPluginMockIT {

    /** Matches the mock's {@code write_([a-zA-Z0-9_]+)}: selects the success answers. Not a real key. */
    private static final String WRITE_KEY = "write_beyondwords_java_test";
    /** Any other key: the mock's "not recognised" case. Not a real key. */
    private static final String READ_KEY = "read_only_beyondwords_java_test";
    private static final long PROJECT = 123;
    private static final String CONTENT_ID = "9279c9e0-e0b5-4789-9040-f44478ed3e9e";
    private static final long VOICE = 2517;
    private static final MediaType JSON = MediaType.get("application/json");

    /** Routes of the environment that have no operation in openapi.yaml, and the known difference saying so. */
    private static final Map<String, String> ROUTES_NOT_OURS = Map.of(
            "GET /", "KD-1");

    /** Responses of our routes that no request can select, and the known difference explaining why. */
    private static final Map<String, String> NOT_SELECTABLE = Map.of(
            "GET /projects/:projectId → 500 Internal server error (default)", "KD-5",
            "GET /organization/voices → 500 Internal server error (default)", "KD-5",
            "GET /organization/languages → 500 Internal server error (default)", "KD-5",
            "GET /projects/:projectId/player_settings → 500 Internal server error (default)", "KD-10",
            "GET /projects/:projectId/video_settings → 500 Internal server error (default)", "KD-10");

    private MockoonMock mockoon;
    private PluginMockEnvironment environment;
    /** The uuids of the mock responses served to any test of this class. */
    private final Set<String> served = ConcurrentHashMap.newKeySet();

    @BeforeAll
    void start(MockoonMock mockoon) {
        this.mockoon = mockoon;
        this.environment = PluginMockEnvironment.load(ItPaths.mockoonEnvironment());
        assertThat(mockoon.baseUrl().encodedPath()).as("the environment's endpoint prefix")
                .isEqualTo("/" + environment.prefix());
    }

    /** The environment under test is BeyondWords' file as published (vendor/README.md), never an edited copy. */
    @Test
    void theEnvironmentIsTheVendorsFileUnchanged() throws Exception {
        byte[] bytes = Files.readAllBytes(ItPaths.mockoonEnvironment());
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(sha256).isEqualTo("fc37f042271077463bf30738ed03d3ee293838eaccbd85eec8c88ec8a0907b66");
    }

    /**
     * KD-2: the operations of openapi.yaml that the mock has no route for are answered with Mockoon's 404; the facade
     * reports it as a NotFoundException. Checked on one, projects#index.
     */
    @Test
    void anOperationTheMockLacksIsANotFound() {
        try (Peer peer = peer(WRITE_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.projects().list());

            assertThat(failure).isInstanceOf(io.beyondwords.errors.NotFoundException.class);
            assertThat(peer.servedHere).as("no route of the environment answered").isEmpty();
            assertThat(peer.onlyExchange().requestErrors()).as("the request is the spec's").isEmpty();
            peer.forgetValidationErrors(); // Mockoon's HTML 404 is not the spec's error body
        }
    }

    @AfterAll
    void noUnknownResponse() {
        assertThat(served).allSatisfy(uuid -> assertThat(environment.response(uuid)).isPresent());
    }

    // ------------------------------------------------------------------ GET projects/:projectId (projects#show)

    @Test
    void retrieveProject() {
        try (Peer peer = peer(WRITE_KEY)) {
            Project project = peer.client.projects().retrieve(PROJECT).validate();

            peer.assertServed("GET /projects/:projectId → 200 OK");
            assertThat(project.id()).as("the mock echoes the path's id").isEqualTo(PROJECT);
            assertThat(project.name()).isEqualTo("Mockoon Test Project");
            assertThat(project.title()).hasValueSatisfying(title -> assertThat(title.voice())
                    .hasValueSatisfying(voice -> assertThat(voice.speakingRate()).hasValue(90)));
            assertThat(project.languageData()).hasValueSatisfying(l -> assertThat(l.accent()).hasValue("American"));
            assertThat(project.backgroundTrack()).isEmpty();
            assertThat(project.created()).as("RFC 3339 here, the docs' form in the spec's examples")
                    .hasValue(Instant.parse("2020-09-05T11:52:14Z"));
            assertThat(project.additionalProperties()).as("every member is in the spec").isEmpty();
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void retrieveProjectWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.projects().retrieve(PROJECT));

            peer.assertServed("GET /projects/:projectId → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void retrieveProject401ByItsPathRule() {
        try (Peer peer = peer(WRITE_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.projects().retrieve(401));

            peer.assertServed("GET /projects/:projectId → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertNoValidationErrors();
        }
    }

    // ------------------------------------------------------------------ PUT projects/:projectId (projects#update)

    @Test
    void updateProject() {
        try (Peer peer = peer(WRITE_KEY)) {
            Project project = peer.client.projects()
                    .update(PROJECT, ProjectUpdateParams.builder().name("Renamed").languageCode("en_GB").build())
                    .validate();

            peer.assertServed("PUT /projects/:projectId → 200 OK");
            assertThat(project.id()).isEqualTo(PROJECT);
            assertThat(project.additionalProperties()).isEmpty();
            assertThat(peer.onlyExchange().requestBodyValidated()).isTrue();
            peer.assertNoValidationErrors();
        }
    }

    /** KD-4: the 401 rule compares the key with {@code equals} against a regex, so a wrong key falls to the 500. */
    @Test
    void updateProjectWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.projects()
                    .update(PROJECT, ProjectUpdateParams.builder().name("Renamed").build()));

            peer.assertServed("PUT /projects/:projectId → 500 Internal server error (default)");
            assertServerError(failure);
            peer.assertNoValidationErrors();
        }
    }

    /** KD-4: only a request without a key selects the 401. The facade always sends one: the proxy removes it. */
    @Test
    void updateProjectWithoutAKey() {
        try (Peer peer = peer(WRITE_KEY, FacadeAgainstPluginMockIT::withoutApiKey)) {
            Throwable failure = catchThrowable(() -> peer.client.projects()
                    .update(PROJECT, ProjectUpdateParams.builder().name("Renamed").build()));

            peer.assertServed("PUT /projects/:projectId → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertOnlyRequestErrors("validation.request.security");
        }
    }

    /** KD-6: selected by a missing Content-Type (its other rule names a header "Conbtent-Type"). */
    @Test
    void updateProjectWithoutAContentType() {
        try (Peer peer = peer(WRITE_KEY, FacadeAgainstPluginMockIT::withoutContentType)) {
            Throwable failure = catchThrowable(() -> peer.client.projects()
                    .update(PROJECT, ProjectUpdateParams.builder().name("Renamed").build()));

            peer.assertServed("PUT /projects/:projectId → 400 Invalid Content-Type");
            assertInvalidContentType(failure);
            peer.assertNoValidationErrors(); // the validator does not check a body's Content-Type
        }
    }

    // ------------------------------------------------------------------ POST projects/:projectId/content

    @Test
    void createContent() {
        try (Peer peer = peer(WRITE_KEY)) {
            Content content = peer.client.content().create(PROJECT, ContentCreateParams.builder()
                    .title("Rain on Tuesday").sourceId("weather-2023-01-03").summary("Rain.").language("en_GB")
                    .build()).validate();

            peer.assertServed("POST /projects/:projectId/content → 200 OK");
            assertContent(content);
            assertThat(content.title()).as("the mock echoes the body's title").hasValue("Rain on Tuesday");
            assertThat(content.sourceId()).hasValue("weather-2023-01-03");
            assertThat(content.language()).hasValue("en_GB");
            assertThat(peer.onlyExchange().requestBodyValidated()).isTrue();
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void createContentWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .create(PROJECT, ContentCreateParams.builder().title("T").build()));

            peer.assertServed("POST /projects/:projectId/content → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertNoValidationErrors();
        }
    }

    /**
     * KD-8: the mock's fault on request ({@code X-Force-Response: invalid-json}), a 200 whose body is not JSON. The
     * facade has no option for a header of its own: the proxy adds it. The facade must refuse the body, and the
     * validator must report it.
     */
    @Test
    void createContentWhoseResponseIsNotJson() {
        try (Peer peer = peer(WRITE_KEY, r -> r.newBuilder().header("X-Force-Response", "invalid-json").build())) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .create(PROJECT, ContentCreateParams.builder().title("T").build()));

            peer.assertServed("POST /projects/:projectId/content → 200 Invalid JSON in response");
            assertThat(failure).isInstanceOf(InvalidResponseException.class);
            assertThat(((InvalidResponseException) failure).statusCode()).isEqualTo(200);
            assertThat(failure.getMessage()).contains("THIS IS NOT JSON");
            Exchange exchange = peer.onlyExchange();
            assertThat(exchange.requestErrors()).isEmpty();
            assertThat(exchange.responseErrors()).as("the validator sees a body that is not the spec's")
                    .isNotEmpty();
            peer.forgetValidationErrors();
        }
    }

    /** KD-6: selected only by an empty Content-Type, which the facade never sends: the proxy empties it. */
    @Test
    void createContentWithAnEmptyContentType() {
        try (Peer peer = peer(WRITE_KEY, r -> withContentType(r, ""))) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .create(PROJECT, ContentCreateParams.builder().title("T").build()));

            peer.assertServed("POST /projects/:projectId/content → 400 Invalid Content-Type");
            assertInvalidContentType(failure);
            peer.assertNoValidationErrors(); // the validator does not check a body's Content-Type
        }
    }

    /**
     * KD-7: the mock compares Content-Type with {@code equals}; {@code application/json; charset=utf-8}, as valid a
     * JSON type as the facade's exact {@code application/json}, falls to the 500. A create that fails with a 500 may
     * have been carried out, so its outcome is unknown.
     */
    @Test
    void createContentWithACharsetInTheContentType() {
        try (Peer peer = peer(WRITE_KEY, r -> withContentType(r, "application/json; charset=utf-8"))) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .create(PROJECT, ContentCreateParams.builder().title("T").build()));

            peer.assertServed("POST /projects/:projectId/content → 500 Internal server error (default)");
            assertServerError(failure);
            assertThat(((ApiException) failure).isOutcomeUnknown()).isTrue();
            peer.assertNoValidationErrors();
        }
    }

    // ------------------------------------------------------------------ PUT projects/:projectId/content/:contentId

    @Test
    void updateContent() {
        try (Peer peer = peer(WRITE_KEY)) {
            Content content = peer.client.content().update(PROJECT, "weather-2023-01-03",
                    ContentUpdateParams.builder().title("Sun on Tuesday").published(false).build()).validate();

            peer.assertServed("PUT /projects/:projectId/content/:contentId → 200 OK");
            assertContent(content);
            assertThat(content.title()).hasValue("Sun on Tuesday");
            assertThat(content.sourceId()).as("the mock's default when the body has none")
                    .hasValue("90e4cbff-6382-4a88-adc5-1eb3ffa16c6d");
            peer.assertNoValidationErrors();
        }
    }

    /** KD-4: as for PUT projects/:projectId, a wrong key gets the 500. */
    @Test
    void updateContentWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .update(PROJECT, CONTENT_ID, ContentUpdateParams.builder().title("T").build()));

            peer.assertServed("PUT /projects/:projectId/content/:contentId → 500 Internal server error (default)");
            assertServerError(failure);
            peer.assertNoValidationErrors();
        }
    }

    /** KD-4: only a request without a key selects the 401: the proxy removes the facade's. */
    @Test
    void updateContentWithoutAKey() {
        try (Peer peer = peer(WRITE_KEY, FacadeAgainstPluginMockIT::withoutApiKey)) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .update(PROJECT, CONTENT_ID, ContentUpdateParams.builder().title("T").build()));

            peer.assertServed("PUT /projects/:projectId/content/:contentId → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertOnlyRequestErrors("validation.request.security");
        }
    }

    /** KD-6: as for create, only an empty Content-Type selects the 400. */
    @Test
    void updateContentWithAnEmptyContentType() {
        try (Peer peer = peer(WRITE_KEY, r -> withContentType(r, ""))) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .update(PROJECT, CONTENT_ID, ContentUpdateParams.builder().title("T").build()));

            peer.assertServed("PUT /projects/:projectId/content/:contentId → 400 Invalid Content-Type");
            assertInvalidContentType(failure);
            peer.assertNoValidationErrors(); // the validator does not check a body's Content-Type
        }
    }

    // ------------------------------------------------------------------ DELETE projects/:projectId/content/:contentId

    /**
     * KD-3: the mock wants {@code Content-Type: application/json} on a DELETE, which has no body; the facade sends
     * none there, so its delete is refused with a 400 by this mock.
     */
    @Test
    void deleteContentAsTheFacadeSendsIt() {
        try (Peer peer = peer(WRITE_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.content().delete(PROJECT, CONTENT_ID));

            peer.assertServed("DELETE /projects/:projectId/content/:contentId → 400 Invalid Content-Type");
            assertInvalidContentType(failure);
            peer.assertNoValidationErrors();
        }
    }

    /** KD-3: with the Content-Type the mock wants (added by the proxy), the 204. */
    @Test
    void deleteContentWithTheContentTypeTheMockWants() {
        try (Peer peer = peer(WRITE_KEY, r -> r.newBuilder().header("Content-Type", "application/json").build())) {
            var raw = peer.client.content().withRawResponse().delete(PROJECT, CONTENT_ID);

            peer.assertServed("DELETE /projects/:projectId/content/:contentId → 204 No Content");
            assertThat(raw.statusCode()).isEqualTo(204);
            assertThat(raw.body()).isNull();
            peer.assertNoValidationErrors();
        }
    }

    /** KD-4: the route has no 401 answer; a wrong key (with the Content-Type it wants) gets the 500. */
    @Test
    void deleteContentWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY, r -> r.newBuilder().header("Content-Type", "application/json").build())) {
            Throwable failure = catchThrowable(() -> peer.client.content().delete(PROJECT, CONTENT_ID));

            peer.assertServed("DELETE /projects/:projectId/content/:contentId → 500 Internal server error (default)");
            assertServerError(failure);
            peer.assertNoValidationErrors();
        }
    }

    // ------------------------------------------------------------------ POST projects/:projectId/content/batch_delete

    @Test
    void batchDeleteContent() {
        try (Peer peer = peer(WRITE_KEY)) {
            var raw = peer.client.content().withRawResponse().batchDelete(PROJECT,
                    ContentBatchDeleteParams.builder().addId(CONTENT_ID).addId("weather-2023-01-03").build());

            peer.assertServed("POST /projects/:projectId/content/batch_delete → 204 No Content");
            assertThat(raw.statusCode()).isEqualTo(204);
            assertThat(raw.body()).isNull();
            assertThat(peer.onlyExchange().requestBodyValidated()).isTrue();
            peer.assertNoValidationErrors();
        }
    }

    /** KD-4: the route has no 401 answer; a wrong key gets the 500, and a POST that failed so may have been done. */
    @Test
    void batchDeleteContentWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .batchDelete(PROJECT, ContentBatchDeleteParams.builder().addId(CONTENT_ID).build()));

            peer.assertServed("POST /projects/:projectId/content/batch_delete → 500 Internal server error (default)");
            assertServerError(failure);
            assertThat(((ApiException) failure).isOutcomeUnknown()).isTrue();
            peer.assertNoValidationErrors();
        }
    }

    /** KD-6: a missing Content-Type selects the 400; the facade always sends one with a body: the proxy drops it. */
    @Test
    void batchDeleteContentWithoutAContentType() {
        try (Peer peer = peer(WRITE_KEY, FacadeAgainstPluginMockIT::withoutContentType)) {
            Throwable failure = catchThrowable(() -> peer.client.content()
                    .batchDelete(PROJECT, ContentBatchDeleteParams.builder().addId(CONTENT_ID).build()));

            peer.assertServed("POST /projects/:projectId/content/batch_delete → 400 Invalid Content-Type");
            assertInvalidContentType(failure);
            peer.assertNoValidationErrors(); // the validator does not check a body's Content-Type
        }
    }

    // Organization voices: PUT organization/voices/:voiceId (voices#update)

    /**
     * KD-9: the mock echoes the voice id from the path as a JSON string ({@code "id": "2517"}); the spec, the docs
     * and the mock's own voice list have an integer. The validator reports exactly that; the facade reads the id
     * leniently, as the number the string holds.
     */
    @Test
    void updateVoice() {
        try (Peer peer = peer(WRITE_KEY)) {
            Voice voice = peer.client.voices().update(VOICE, VoiceUpdateParams.builder().speakingRate(110).build())
                    .validate();

            peer.assertServed("PUT /organization/voices/:voiceId → 200 OK");
            assertUpdatedVoice(voice);
            Exchange exchange = peer.onlyExchange();
            assertThat(exchange.requestErrors()).as("the request is the spec's").isEmpty();
            assertThat(exchange.requestBodyValidated()).isTrue();
            assertIdSentAsText(exchange);
            peer.forgetValidationErrors();
        }
    }

    @Test
    void updateVoiceThroughTheAsyncFacade() throws Exception {
        try (Peer peer = peer(WRITE_KEY)) {
            assertUpdatedVoice(await(peer.client.async().voices()
                    .update(VOICE, VoiceUpdateParams.builder().speakingRate(90).build())).validate());

            peer.assertServed("PUT /organization/voices/:voiceId → 200 OK");
            assertIdSentAsText(peer.onlyExchange());
            peer.forgetValidationErrors();
        }
    }

    /** KD-9: the 401 rule compares the key with {@code equals} against a regex (as KD-4): a wrong key gets the 500. */
    @Test
    void updateVoiceWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.voices()
                    .update(VOICE, VoiceUpdateParams.builder().speakingRate(110).build()));

            peer.assertServed("PUT /organization/voices/:voiceId → 500 Internal server error (default)");
            assertServerError(failure);
            peer.assertNoValidationErrors();
        }
    }

    /** KD-9: only a request without a key selects the 401. The facade always sends one: the proxy removes it. */
    @Test
    void updateVoiceWithoutAKey() {
        try (Peer peer = peer(WRITE_KEY, FacadeAgainstPluginMockIT::withoutApiKey)) {
            Throwable failure = catchThrowable(() -> peer.client.voices()
                    .update(VOICE, VoiceUpdateParams.builder().speakingRate(110).build()));

            peer.assertServed("PUT /organization/voices/:voiceId → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertOnlyRequestErrors("validation.request.security");
        }
    }

    /** KD-9: as for content (KD-6), only an empty Content-Type selects the 400; the proxy empties the facade's. */
    @Test
    void updateVoiceWithAnEmptyContentType() {
        try (Peer peer = peer(WRITE_KEY, r -> withContentType(r, ""))) {
            Throwable failure = catchThrowable(() -> peer.client.voices()
                    .update(VOICE, VoiceUpdateParams.builder().speakingRate(110).build()));

            peer.assertServed("PUT /organization/voices/:voiceId → 400 Invalid Content-Type");
            assertInvalidContentType(failure);
            peer.assertNoValidationErrors(); // the validator does not check a body's Content-Type
        }
    }

    // ------------------------------------------------------------------ GET organization/voices and languages

    @Test
    void listVoices() {
        try (Peer peer = peer(WRITE_KEY)) {
            List<Voice> voices = peer.client.voices()
                    .list(VoiceListParams.builder().languageCode("en_US").addScope("primary").addScope("secondary")
                            .build());

            peer.assertServed("GET /organization/voices → 200 OK");
            assertVoices(voices);
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void listVoicesWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.voices().list());

            peer.assertServed("GET /organization/voices → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void listLanguages() {
        try (Peer peer = peer(WRITE_KEY)) {
            List<Language> languages = peer.client.languages().list();

            peer.assertServed("GET /organization/languages → 200 OK");
            assertLanguages(languages);
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void listLanguagesWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.languages().list());

            peer.assertServed("GET /organization/languages → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertNoValidationErrors();
        }
    }

    // ------------------------------------------------------------------ the async API, every success answer

    @Test
    void everySuccessAnswerThroughTheAsyncFacade() throws Exception {
        try (Peer peer = peer(WRITE_KEY)) {
            var async = peer.client.async();
            assertThat(await(async.projects().retrieve(PROJECT)).validate().id()).isEqualTo(PROJECT);
            assertThat(await(async.projects().update(PROJECT, ProjectUpdateParams.builder().name("N").build()))
                    .validate().id()).isEqualTo(PROJECT);
            assertContent(await(async.content().create(PROJECT, ContentCreateParams.builder().title("T").build()))
                    .validate());
            assertContent(await(async.content().update(PROJECT, CONTENT_ID, ContentUpdateParams.builder()
                    .title("T").build())).validate());
            assertThat(await(async.content().batchDelete(PROJECT, ContentBatchDeleteParams.builder()
                    .addId(CONTENT_ID).build()))).isNull();
            assertVoices(await(async.voices().list()));
            assertLanguages(await(async.languages().list()));

            assertThat(peer.servedHere).extracting(MockResponse::toString).containsExactly(
                    "GET /projects/:projectId → 200 OK",
                    "PUT /projects/:projectId → 200 OK",
                    "POST /projects/:projectId/content → 200 OK",
                    "PUT /projects/:projectId/content/:contentId → 200 OK",
                    "POST /projects/:projectId/content/batch_delete → 204 No Content",
                    "GET /organization/voices → 200 OK",
                    "GET /organization/languages → 200 OK");
            peer.assertNoValidationErrors();
        }
    }

    // ------------------------------------------------------------------ every route and response of the environment

    /**
     * Every response of every route of ours was served by some test above, unless listed as not selectable; the
     * routes with no operation of ours were left alone; and every known difference named here is in
     * {@code vendor/KNOWN-DIFFERENCES.md}.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyRouteAndResponseOfTheEnvironmentIsExercisedOrAKnownDifference() throws IOException {
        List<String> gaps = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (MockRoute route : environment.routes()) {
            boolean ours = !ROUTES_NOT_OURS.containsKey(route.route());
            for (MockResponse response : route.responses()) {
                boolean wasServed = served.contains(response.uuid());
                boolean listed = NOT_SELECTABLE.containsKey(response.toString());
                seen.put(response.toString(), wasServed ? "served" : listed ? "not selectable" : "-");
                if (!ours && wasServed) {
                    gaps.add(response + ": served, but the route is listed as not ours");
                } else if (ours && !wasServed && !listed) {
                    gaps.add(response + ": never served, and not listed as not selectable");
                } else if (ours && wasServed && listed) {
                    gaps.add(response + ": served, but listed as not selectable");
                }
            }
        }
        assertThat(gaps).as("routes and responses of %s; seen: %s", ItPaths.mockoonEnvironment(), seen).isEmpty();
        assertThat(environment.routes()).extracting(MockRoute::route).as("every route listed as not ours exists")
                .containsAll(ROUTES_NOT_OURS.keySet());
        assertThat(seen.keySet()).as("every response listed as not selectable exists")
                .containsAll(NOT_SELECTABLE.keySet());

        String knownDifferences = Files.readString(ItPaths.moduleDir()
                .resolve("src/test/resources/vendor/KNOWN-DIFFERENCES.md"), StandardCharsets.UTF_8);
        Set<String> named = knownDifferencesNamedHere();
        assertThat(named).allSatisfy(id -> assertThat(knownDifferences).contains("## " + id + ":"));
    }

    /** The KD-n ids this class names, in its lists and in its tests' comments (read from its own source). */
    private static Set<String> knownDifferencesNamedHere() {
        try {
            String source = Files.readString(ItPaths.moduleDir().resolve(
                    "src/test/java/io/beyondwords/it/mockoon/FacadeAgainstPluginMockIT.java"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("KD-\\d+").matcher(source);
            Set<String> ids = new java.util.TreeSet<>();
            while (m.find()) {
                ids.add(m.group());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Player settings and video settings

    @Test
    void retrievePlayerSettings() {
        try (Peer peer = peer(WRITE_KEY)) {
            ProjectPlayerSettings settings = peer.client.playerSettings().retrieve(PROJECT);

            peer.assertServed("GET /projects/:projectId/player_settings → 200 OK");
            assertPlayerSettings(settings);
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void retrievePlayerSettingsWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.playerSettings().retrieve(PROJECT));

            peer.assertServed("GET /projects/:projectId/player_settings → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertNoValidationErrors();
        }
    }

    /**
     * KD-11: the mock's answer to a PUT quotes every value it echoes and leaves a comma before each theme's closing
     * brace, so it is not JSON: the facade must refuse it, and the validator must report it. The request is the
     * spec's, and selects the mock's success answer.
     */
    @Test
    void updatePlayerSettings() {
        try (Peer peer = peer(WRITE_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.playerSettings().update(PROJECT,
                    PlayerSettingsUpdateParams.builder().playerTitle("Morning news").darkThemeTextColor("#000")
                            .enabled(false).build()));

            peer.assertServed("PUT /projects/:projectId/player_settings → 200 OK");
            assertThat(failure).isInstanceOf(InvalidResponseException.class);
            assertThat(((InvalidResponseException) failure).statusCode()).isEqualTo(200);
            assertThat(failure.getMessage()).contains("not valid JSON at $.dark_theme");
            Exchange exchange = peer.onlyExchange();
            assertThat(exchange.requestBodyValidated()).isTrue();
            assertThat(exchange.requestErrors()).isEmpty();
            assertThat(exchange.responseErrors()).as("the validator sees a body that is not the spec's")
                    .isNotEmpty();
            peer.forgetValidationErrors();
        }
    }

    /** KD-12: as for PUT projects/:projectId (KD-4), a key the mock does not recognise falls to the default 500. */
    @Test
    void updatePlayerSettingsWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.playerSettings()
                    .update(PROJECT, PlayerSettingsUpdateParams.builder().enabled(true).build()));

            peer.assertServed("PUT /projects/:projectId/player_settings → 500 Internal server error (default)");
            assertServerError(failure);
            peer.assertNoValidationErrors();
        }
    }

    /** KD-12: only a request without a key selects the 401. The facade always sends one: the proxy removes it. */
    @Test
    void updatePlayerSettingsWithoutAKey() {
        try (Peer peer = peer(WRITE_KEY, FacadeAgainstPluginMockIT::withoutApiKey)) {
            Throwable failure = catchThrowable(() -> peer.client.playerSettings()
                    .update(PROJECT, PlayerSettingsUpdateParams.builder().enabled(true).build()));

            peer.assertServed("PUT /projects/:projectId/player_settings → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertOnlyRequestErrors("validation.request.security");
        }
    }

    /** KD-12: selected by a missing Content-Type (its other rule names a header "Conbtent-Type", as in KD-6). */
    @Test
    void updatePlayerSettingsWithoutAContentType() {
        try (Peer peer = peer(WRITE_KEY, FacadeAgainstPluginMockIT::withoutContentType)) {
            Throwable failure = catchThrowable(() -> peer.client.playerSettings()
                    .update(PROJECT, PlayerSettingsUpdateParams.builder().enabled(true).build()));

            peer.assertServed("PUT /projects/:projectId/player_settings → 400 Invalid Content-Type");
            assertInvalidContentType(failure);
            peer.assertNoValidationErrors(); // the validator does not check a body's Content-Type
        }
    }

    @Test
    void retrieveVideoSettings() {
        try (Peer peer = peer(WRITE_KEY)) {
            VideoSettings settings = peer.client.videoSettings().retrieve(PROJECT);

            peer.assertServed("GET /projects/:projectId/video_settings → 200 OK");
            assertVideoSettings(settings);
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void retrieveVideoSettingsWithAKeyTheMockDoesNotRecognise() {
        try (Peer peer = peer(READ_KEY)) {
            Throwable failure = catchThrowable(() -> peer.client.videoSettings().retrieve(PROJECT));

            peer.assertServed("GET /projects/:projectId/video_settings → 401 Invalid Authentication");
            assertAuthenticationError(failure);
            peer.assertNoValidationErrors();
        }
    }

    @Test
    void playerAndVideoSettingsThroughTheAsyncFacade() throws Exception {
        try (Peer peer = peer(WRITE_KEY)) {
            assertPlayerSettings(await(peer.client.async().playerSettings().retrieve(PROJECT)));
            assertVideoSettings(await(peer.client.async().videoSettings().retrieve(PROJECT)));

            assertThat(peer.servedHere).extracting(MockResponse::toString).containsExactly(
                    "GET /projects/:projectId/player_settings → 200 OK",
                    "GET /projects/:projectId/video_settings → 200 OK");
            peer.assertNoValidationErrors();
        }
    }

    /**
     * The mock's player settings, which look captured from the live API: an empty image_url (so the spec types it as
     * text, not a URI), and members only the mock shows (in the spec from it).
     */
    private static void assertPlayerSettings(ProjectPlayerSettings settings) {
        settings.validate();
        assertThat(settings.playerTitle()).hasValue("G B 7118 Amy, Brian");
        assertThat(settings.imageUrl()).hasValue("");
        assertThat(settings.darkTheme()).hasValueSatisfying(t -> assertThat(t.backgroundColor())
                .hasValue("transparent"));
        assertThat(settings.videoTheme()).hasValueSatisfying(t -> assertThat(t.highlightColor()).isEmpty());
        assertThat(settings.introUrl()).as("null in the mock").isEmpty();
        assertThat(settings.analyticsId()).hasValue(3814);
        assertThat(settings.analyticsUrl()).hasValue("https://metrics.beyondwords.io/events");
        assertThat(settings.analyticsTag()).as("null in the mock").isEmpty();
        assertThat(settings.updated()).hasValue(Instant.parse("2023-06-22T12:16:11Z"));
        assertThat(settings.introsOutros()).hasValue(List.of());
        assertThat(settings.additionalProperties()).as("every member is in the spec").isEmpty();
    }

    /** The mock's video settings: a subset of the spec's members, the logo null. */
    private static void assertVideoSettings(VideoSettings settings) {
        settings.validate();
        assertThat(settings.enabled()).hasValue(true);
        assertThat(settings.logoImageUrl()).as("null in the mock").isEmpty();
        assertThat(settings.logoImagePosition()).hasValue(LogoPosition.TOP_RIGHT);
        assertThat(settings.textHighlightColor()).hasValue("linear-gradient(to right, #933AFB, #FB3A41)");
        assertThat(settings.panAndZoomEnabled()).hasValue(true);
        assertThat(settings.waveformColor()).hasValue("linear-gradient(to right, #933AFB, #FB3A41)");
        assertThat(settings.textFonts()).as("not in the mock").isEmpty();
        assertThat(settings.additionalProperties()).as("every member is in the spec").isEmpty();
    }

    // ------------------------------------------------------------------ what the mock's answers hold

    /** The mock's content body (POST and PUT): a processed item with two audio files. */
    private static void assertContent(Content content) {
        assertThat(content.id()).isEqualTo(CONTENT_ID);
        assertThat(content.status()).hasValue(ContentStatus.PROCESSED);
        assertThat(content.audio()).hasValueSatisfying(audio -> {
            assertThat(audio).hasSize(2);
            assertThat(audio.get(0).contentType()).hasValue("application/x-mpegURL");
            assertThat(audio.get(1).duration()).hasValue(Duration.ofMillis(2712));
            assertThat(audio.get(1).base64File()).isEmpty();
        });
        assertThat(content.metadata()).hasValueSatisfying(m -> assertThat(m).containsKey("categories"));
        assertThat(content.publishDate()).hasValue(Instant.parse("2099-12-31T23:59:59Z"));
        assertThat(content.aiSummaryUpdatesEnabled()).as("in openapi.yaml from this mock").hasValue(true);
        assertThat(content.summarizationSettings()).as("null in the mock").isEmpty();
        assertThat(content.backgroundTrack()).as("null in the mock").isEmpty();
        assertThat(content.videoSettings()).as("null in the mock").isEmpty();
        assertThat(content.additionalProperties()).as("every member is in the spec").isEmpty();
    }

    private static void assertVoices(List<Voice> voices) {
        assertThat(voices).isNotEmpty();
        voices.forEach(Voice::validate);
        Voice first = voices.get(0);
        assertThat(first.id()).isEqualTo(3555);
        assertThat(first.name()).isEqualTo("Ada (Multilingual)");
        assertThat(first.languages()).hasValueSatisfying(l -> assertThat(l).hasSize(3));
        assertThat(first.created()).hasValue(Instant.parse("2023-03-01T08:31:11Z"));
        assertThat(voices).allSatisfy(v -> assertThat(v.additionalProperties()).isEmpty());
    }

    /** The mock's voice after an update: the id from the path, the rest fixed (its speaking rate is not echoed). */
    private static void assertUpdatedVoice(Voice voice) {
        assertThat(voice.id()).as("sent as the string \"%d\"", VOICE).isEqualTo(VOICE);
        assertThat(voice.name()).isEqualTo("Ada (Multilingual)");
        assertThat(voice.speakingRate()).hasValue(100);
        assertThat(voice.languages()).hasValueSatisfying(l -> assertThat(l).hasSize(3));
        assertThat(voice.updated()).hasValue(Instant.parse("2023-03-01T08:31:12Z"));
        assertThat(voice.additionalProperties()).isEmpty();
    }

    /** KD-9: the one thing of the mock's answer that is not the spec's: its id is a JSON string. */
    private static void assertIdSentAsText(Exchange exchange) {
        assertThat(exchange.responseErrors()).singleElement().satisfies(m -> {
            assertThat(m.getKey()).isEqualTo("validation.response.body.schema.type");
            assertThat(m.getMessage()).contains("string", "integer");
            assertThat(m.getContext()).hasValueSatisfying(c -> assertThat(c.getPointers())
                    .hasValueSatisfying(p -> assertThat(p.getInstance()).isEqualTo("/id")));
        });
    }

    private static void assertLanguages(List<Language> languages) {
        assertThat(languages).isNotEmpty();
        languages.forEach(Language::validate);
        Language first = languages.get(0);
        assertThat(first.code()).isEqualTo("ar_SA");
        assertThat(first.accent()).hasValue("Saudi");
        assertThat(first.defaultVoices()).hasValueSatisfying(d -> assertThat(d.title())
                .hasValueSatisfying(v -> assertThat(v.name()).hasValue("Zariyah")));
        assertThat(languages).allSatisfy(l -> assertThat(l.additionalProperties()).isEmpty());
    }

    private static void assertAuthenticationError(Throwable failure) {
        assertThat(failure).isInstanceOf(AuthenticationException.class);
        ApiException error = (ApiException) failure;
        assertThat(error.statusCode()).isEqualTo(401);
        assertThat(error.type()).hasValue("permission_error");
        assertThat(error.errorMessage()).hasValue("Authentication token was not recognized.");
    }

    private static void assertInvalidContentType(Throwable failure) {
        assertThat(failure).isInstanceOf(BadRequestException.class);
        ApiException error = (ApiException) failure;
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.type()).hasValue("invalid_content_type");
        assertThat(error.errorMessage()).hasValue("Invalid Content-Type.");
    }

    private static void assertServerError(Throwable failure) {
        assertThat(failure).isInstanceOf(InternalServerException.class);
        ApiException error = (ApiException) failure;
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.type()).hasValue("application_error");
        assertThat(error.errorMessage()).hasValue("Unexpected Error.");
    }

    // ------------------------------------------------------------------ requests the facade does not send

    private static Request withoutApiKey(Request request) {
        return request.newBuilder().removeHeader("X-Api-Key").build();
    }

    /** The same body with no Content-Type at all. */
    private static Request withoutContentType(Request request) {
        return request.newBuilder().method(request.method(), untyped(request)).removeHeader("Content-Type").build();
    }

    /** The same body with {@code value} as its Content-Type, exactly (OkHttp would otherwise write the body's type). */
    private static Request withContentType(Request request, String value) {
        return request.newBuilder().method(request.method(), untyped(request)).header("Content-Type", value).build();
    }

    private static RequestBody untyped(Request request) {
        try (Buffer buffer = new Buffer()) {
            request.body().writeTo(buffer);
            return RequestBody.create(buffer.readByteArray(), (MediaType) null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ one facade client behind one proxy

    private Peer peer(String key) {
        return peer(key, UnaryOperator.identity());
    }

    /** A facade client with {@code key}, without retries, behind a validating proxy that applies {@code change}. */
    private Peer peer(String key, UnaryOperator<Request> change) {
        return new Peer(key, change);
    }

    /** A facade client behind its own {@link ValidatingProxy} to the mock; records which mock response answered. */
    private final class Peer implements AutoCloseable {
        final List<MockResponse> servedHere = new java.util.concurrent.CopyOnWriteArrayList<>();
        final ContractFixture fixture;
        final ValidatingProxy proxy;
        final BeyondWordsClient client;

        Peer(String key, UnaryOperator<Request> change) {
            this.fixture = ContractFixture.start("peer", mockoon.baseUrl(), key, chain -> {
                Response response = chain.proceed(change.apply(chain.request()));
                String uuid = response.header(MockoonMock.RESPONSE_UUID_HEADER);
                if (uuid != null) {
                    served.add(uuid);
                    environment.response(uuid).ifPresent(servedHere::add);
                }
                return response;
            });
            this.proxy = fixture.proxy;
            this.client = fixture.client;
        }

        Exchange onlyExchange() {
            assertThat(proxy.validator().exchanges()).hasSize(1);
            return proxy.validator().exchanges().get(0);
        }

        /** The one exchange of the test was answered by exactly this response of the environment. */
        void assertServed(String response) {
            assertThat(servedHere).as("the mock response served (log: %s)", mockoon.logFile())
                    .extracting(MockResponse::toString).containsExactly(response);
        }

        void assertNoValidationErrors() {
            proxy.validator().assertNoErrors();
        }

        /** The request broke the spec only as the test made it do (keys starting with {@code keyPrefix}). */
        void assertOnlyRequestErrors(String keyPrefix) {
            Exchange exchange = onlyExchange();
            assertThat(exchange.responseErrors()).as("the mock's answer follows the spec").isEmpty();
            assertThat(exchange.requestErrors()).as("what the proxy changed").isNotEmpty()
                    .extracting(ValidationReport.Message::getKey).allMatch(k -> k.startsWith(keyPrefix));
            forgetValidationErrors();
        }

        void forgetValidationErrors() {
            proxy.validator().clear();
        }

        @Override
        public void close() {
            fixture.close();
        }

        @Override
        public String toString() {
            return servedHere.stream().map(MockResponse::toString).collect(Collectors.joining(", "));
        }
    }
}
