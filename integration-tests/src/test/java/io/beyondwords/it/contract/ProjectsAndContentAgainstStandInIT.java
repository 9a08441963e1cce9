package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.JsonValue;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentBatchDeleteParams;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.content.ContentListParams;
import io.beyondwords.content.ContentMedia;
import io.beyondwords.content.ContentRetrieveParams;
import io.beyondwords.content.ContentService;
import io.beyondwords.content.ContentServiceAsync;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.content.ContentType;
import io.beyondwords.content.ContentUpdateParams;
import io.beyondwords.content.SegmentDetail;
import io.beyondwords.errors.FieldError;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.errors.UnprocessableEntityException;
import io.beyondwords.languages.Language;
import io.beyondwords.paging.Page;
import io.beyondwords.player.MediaFormat;
import io.beyondwords.player.Player;
import io.beyondwords.player.PlayerContent;
import io.beyondwords.player.PlayerMedia;
import io.beyondwords.player.PlayerRetrieveByContentIdParams;
import io.beyondwords.player.PlayerRetrieveByPlaylistIdParams;
import io.beyondwords.player.PlayerRetrieveBySourceIdParams;
import io.beyondwords.player.PlayerRetrieveBySourceUrlParams;
import io.beyondwords.projects.Project;
import io.beyondwords.projects.ProjectCreateParams;
import io.beyondwords.projects.ProjectEnvironment;
import io.beyondwords.projects.ProjectListParams;
import io.beyondwords.projects.ProjectOrder;
import io.beyondwords.projects.ProjectUpdateParams;
import io.beyondwords.projects.ProjectVoice;
import io.beyondwords.projects.SortDirection;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.ContentSeed;
import io.beyondwords.testkit.RecordedCall;
import io.beyondwords.testkit.StandInContent;
import io.beyondwords.voices.Voice;
import io.beyondwords.voices.VoiceListParams;
import io.beyondwords.voices.VoiceUpdateParams;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the Projects, Content, Voices, Languages and Player tags of openapi.yaml driven through the facade
 * (sync and async) against the testkit's stand-in, with a {@code ValidatingProxy} in between so
 * swagger-request-validator checks every request and response, as {@link FacadeAgainstStandInIT} does for background
 * tracks. These are round trips: a project is created, changed and listed with every filter; content is created,
 * polled through its statuses to processed audio, found by id and source_id, changed, played, deleted and batch
 * deleted. The last test fails if an operation of those tags was not exercised through both the sync and async API.
 */
class ProjectsAndContentAgainstStandInIT extends ResourceAgainstStandIn {

    private static final long PROJECT = BeyondWordsStandIn.DEFAULT_PROJECT_ID;
    private static final String ARTICLE_URL = "https://example.com/weather/2024-05-01?edition=uk";

    private static final String[] TAGS = {"Projects", "Content", "Voices", "Languages", "Player"};

    ProjectsAndContentAgainstStandInIT() {
        super(TAGS);
    }

    @Test
    void theTagsHoldNineteenOperations() {
        // 5 + 6 + 2 + 1 + 5: a tag renamed in the spec must not leave the coverage check with nothing to check.
        assertThat(SpecOperations.load(TAGS).all()).hasSize(19);
    }

    // ---------------------------------------------------------------- projects

    @Test
    void createRetrieveUpdateListAndTheVoicesOfAProject() {
        var projects = sync.client.projects();

        Project created = projects.create(ProjectCreateParams.builder().name("Morning news").language("en_GB")
                .autoPublishEnabled(false).timeZone("Europe/London").environment(ProjectEnvironment.STAGING)
                .avatarUrl("https://example.com/avatar.png").build());

        assertThat(sync.onlyExchange().status()).as("the docs document 200 for this create").isEqualTo(200);
        assertThat(lastBody("POST")).isEqualTo(json("{\"name\":\"Morning news\",\"language\":\"en_GB\","
                + "\"auto_publish_enabled\":false,\"avatar_url\":\"https://example.com/avatar.png\","
                + "\"time_zone\":\"Europe/London\",\"environment\":\"staging\"}"));
        assertThat(created.id()).isEqualTo(2);
        assertThat(created.name()).isEqualTo("Morning news");
        assertThat(created.languageData().flatMap(data -> data.accent())).hasValue("British");
        assertThat(created.environment()).hasValue(ProjectEnvironment.STAGING);
        assertThat(created.contentTotalCount()).hasValue(0);
        assertThat(created.created()).hasValue(T0);
        assertThat(projects.retrieve(2)).isEqualTo(created);

        Instant later = clock.advance(Duration.ofMinutes(3));
        Project updated = projects.update(2, ProjectUpdateParams.builder().name("Evening news").languageCode("fr_FR")
                .build());
        assertThat(lastBody("PUT")).isEqualTo(json("{\"name\":\"Evening news\",\"language\":{\"code\":\"fr_FR\"}}"));
        assertThat(updated.name()).isEqualTo("Evening news");
        assertThat(updated.language()).hasValue("fr_FR");
        assertThat(updated.updated()).hasValue(later);

        Page<Project> filtered = projects.list(ProjectListParams.builder().limit(5).offset(0)
                .orderBy(ProjectOrder.NAME).orderDirection(SortDirection.DESC).environment(ProjectEnvironment.STAGING)
                .name("Evening news").languageCode("fr_FR").build());
        assertThat(filtered.items()).containsExactly(updated);
        HttpUrl url = sync.exchanges().get(sync.exchanges().size() - 1).url();
        assertThat(url.queryParameter("order[by]")).isEqualTo("name");
        assertThat(url.queryParameter("filter[language.code]")).isEqualTo("fr_FR");
        assertThat(projects.list().items()).extracting(Project::name)
                .containsExactly(BeyondWordsStandIn.DEFAULT_PROJECT_NAME, "Evening news");

        List<ProjectVoice> voices = projects.voices(2);
        assertThat(voices).isNotEmpty().allSatisfy(voice -> assertThat(voice.gender()).isPresent());
    }

    @Test
    void createRetrieveUpdateListAndTheVoicesOfAProjectAsync() throws Exception {
        var projects = async.client.async().projects();

        Project created = await(projects.create(ProjectCreateParams.builder().name("Async").language("en_US")
                .build()));
        assertThat(created.autoPublishEnabled()).as("the docs' default").hasValue(true);
        assertThat(await(projects.retrieve(created.id()))).isEqualTo(created);
        Project updated = await(projects.update(created.id(), ProjectUpdateParams.builder().name("Async v2")
                .build()));
        assertThat(updated.language()).hasValue("en_US");

        Page<Project> first = await(projects.list(ProjectListParams.builder().limit(1).build()));
        Page<Project> second = await(first.nextPageAsync());
        assertThat(second.items()).containsExactly(updated);
        assertThat(await(projects.list()).items()).hasSize(2);
        assertThat(await(projects.voices(created.id()))).extracting(ProjectVoice::name).contains("Harriet");
    }

    @Test
    void anInvalidOrUnknownProjectIsATypedError() {
        var projects = sync.client.projects();
        assertThatThrownBy(() -> projects.retrieve(99)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sync.client.content().list(99)).isInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- content

    @Test
    void createPollUntilProcessedFindChangeAndDelete() {
        ContentService content = sync.client.content();

        Content created = content.create(PROJECT, ContentCreateParams.builder()
                .segments(SegmentDetail.FULL).type(ContentType.AUTO_SEGMENT)
                .title("<h1>Rain on Tuesday</h1>").summary("<h2>Wet</h2>").body("<p>Bring an umbrella.</p>")
                .titleEnabled(true).bodyEnabled(true).summaryEnabled(false).summaryTitleEnabled(false)
                .sourceId("weather-1").sourceUrl(ARTICLE_URL).author("Sam").imageUrl("https://example.com/rain.jpg")
                .putMetadata("section", JsonValue.of("weather")).published(true).publishDate(T0).adsEnabled(true)
                .autoSegmentUpdatesEnabled(false).titleVoiceId(1001).summaryVoiceId(1001).bodyVoiceId(1002)
                .language("en_GB").build());

        assertThat(sync.onlyExchange().status()).isEqualTo(200);
        assertThat(sync.onlyExchange().url().queryParameter("segments")).isEqualTo("full");
        assertThat(created.status()).hasValue(ContentStatus.DRAFT);
        assertThat(created.sourceId()).hasValue("weather-1");
        assertThat(created.metadata())
                .hasValueSatisfying(m -> assertThat(m).containsEntry("section", JsonValue.of("weather")));
        assertThat(created.audio()).hasValue(List.of());
        String id = created.id();

        // The polling a user's code does: each retrieve is one poll; the third answers processed, with audio.
        List<ContentStatus> seen = new ArrayList<>();
        Content latest = created;
        while (latest.status().filter(ContentStatus.PROCESSED::equals).isEmpty()) {
            clock.advance(Duration.ofSeconds(1));
            latest = content.retrieve(PROJECT, id, ContentRetrieveParams.builder().segments(SegmentDetail.FULL)
                    .build());
            seen.add(latest.status().orElseThrow());
        }
        assertThat(seen).containsExactly(ContentStatus.QUEUED, ContentStatus.PROCESSING, ContentStatus.PROCESSED);
        List<ContentMedia> audio = latest.audio().orElseThrow();
        assertThat(audio).extracting(ContentMedia::url).containsExactly(
                "https://example.com/audio/" + id + ".mp3",
                "https://example.com/audio/" + id + ".m3u8");
        assertThat(audio.get(0).duration()).as("400 ms for each of 7 words").hasValue(Duration.ofMillis(2800));
        assertThat(latest.updated()).hasValue(T0.plusSeconds(3));

        assertThat(content.retrieve(PROJECT, "weather-1")).as("by source_id").isEqualTo(latest);

        Content updated = content.update(PROJECT, "weather-1", ContentUpdateParams.builder().author("Alex")
                .summaryEnabled(true).build());
        assertThat(lastBody("PUT")).isEqualTo(json("{\"summary_enabled\":true,\"author\":\"Alex\"}"));
        assertThat(updated.author()).hasValue("Alex");
        assertThat(updated.status()).as("an update does not reprocess").hasValue(ContentStatus.PROCESSED);

        Page<Content> page = content.list(PROJECT, ContentListParams.builder().limit(10).offset(0).build());
        assertThat(page.items()).containsExactly(content.retrieve(PROJECT, id));

        content.delete(PROJECT, id);
        assertThat(standIn.content(PROJECT)).isEmpty();
        assertThatThrownBy(() -> content.retrieve(PROJECT, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void createPollUntilProcessedFindChangeAndDeleteAsync() throws Exception {
        ContentServiceAsync content = async.client.async().content();

        Content created = await(content.create(PROJECT, ContentCreateParams.builder().title("Async")
                .sourceId("async-1").build()));
        Content latest = created;
        for (int poll = 0; poll < BeyondWordsStandIn.DEFAULT_POLLS_UNTIL_PROCESSED; poll++) {
            latest = await(content.retrieve(PROJECT, created.id()));
        }
        assertThat(latest.status()).hasValue(ContentStatus.PROCESSED);
        assertThat(await(content.retrieve(PROJECT, "async-1", ContentRetrieveParams.none()))).isEqualTo(latest);
        Content updated = await(content.update(PROJECT, created.id(), ContentUpdateParams.builder().title("Async v2")
                .build()));
        assertThat(updated.title()).hasValue("Async v2");
        assertThat(await(content.list(PROJECT)).items()).containsExactly(updated);
        assertThat(await(content.list(PROJECT, ContentListParams.builder().limit(1).build())).items()).hasSize(1);

        await(content.delete(PROJECT, created.id()));
        StandInContent a = standIn.addContent(PROJECT, "A");
        StandInContent b = standIn.addContent(PROJECT, "B");
        await(content.batchDelete(PROJECT, ContentBatchDeleteParams.builder().addId(a.id()).addId(b.id()).build()));
        assertThat(standIn.content(PROJECT)).isEmpty();
    }

    @Test
    void batchDeleteSendsTheIds() {
        StandInContent a = standIn.addContent(PROJECT, "A");
        StandInContent b = standIn.addContent(PROJECT, "B");
        StandInContent kept = standIn.addContent(PROJECT, "C");

        sync.client.content().batchDelete(PROJECT, ContentBatchDeleteParams.builder().ids(List.of(a.id(), b.id()))
                .build());

        assertThat(sync.onlyExchange().status()).isEqualTo(204);
        assertThat(lastBody("POST")).isEqualTo(json("{\"ids\":[\"" + a.id() + "\",\"" + b.id() + "\"]}"));
        assertThat(standIn.content(PROJECT)).containsExactly(standIn.content(PROJECT, kept.id()).orElseThrow());
    }

    @Test
    void aSecondCreateWithTheSameSourceIdIsA422AtSourceId() {
        ContentCreateParams params = ContentCreateParams.builder().title("Once").sourceId("once").build();
        sync.client.content().create(PROJECT, params);

        assertThatThrownBy(() -> sync.client.content().create(PROJECT, params))
                .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(422);
                    assertThat(e.fieldErrors()).containsExactly(new FieldError("source_id", "has already been taken"));
                });
        assertThat(standIn.content(PROJECT)).hasSize(1);
    }

    @Test
    void processingThatEndsInErrorIsSeenAsError() {
        standIn.contentProcessing(1, true);
        ContentService content = sync.client.content();
        Content created = content.create(PROJECT, ContentCreateParams.builder().title("Doomed").build());

        Content polled = content.retrieve(PROJECT, created.id());

        assertThat(polled.status()).hasValue(ContentStatus.ERROR);
        assertThat(polled.audio()).hasValue(List.of());
    }

    // ---------------------------------------------------------------- player

    @Test
    void thePlayerByContentIdSourceIdAndSourceUrl() throws Exception {
        StandInContent item = standIn.addContent(PROJECT, ContentSeed.titled("<h1>Rain</h1>").sourceId("rain")
                .sourceUrl(ARTICLE_URL).author("Sam"));
        var player = sync.client.player();
        var playerAsync = async.client.async().player();

        Player byId = player.retrieveByContentId(PROJECT, item.id(), PlayerRetrieveByContentIdParams.builder()
                .previewToken("token").mediaFormat(MediaFormat.AUDIO).words(true).build());
        Player bySourceId = player.retrieveBySourceId(PROJECT, "rain", PlayerRetrieveBySourceIdParams.builder()
                .mediaFormat(MediaFormat.AUDIO).build());
        Player bySourceUrl = player.retrieveBySourceUrl(PROJECT, ARTICLE_URL,
                PlayerRetrieveBySourceUrlParams.builder().words(false).build());

        assertThat(bySourceId).isEqualTo(byId);
        assertThat(bySourceUrl).isEqualTo(byId);
        PlayerContent entry = byId.content().orElseThrow().get(0);
        assertThat(entry.id()).hasValue(item.id());
        assertThat(entry.title()).hasValue("Rain");
        assertThat(entry.sourceUrl()).hasValue(ARTICLE_URL);
        assertThat(entry.audio().orElseThrow()).extracting(PlayerMedia::url)
                .contains(Optional.of("https://example.com/audio/" + item.id() + ".mp3"));
        List<String> segments = HttpUrl.get("http://x" + standIn.requests().get(2).target()).pathSegments();
        assertThat(segments).as("the URL travels as one path segment").hasSize(6);
        assertThat(segments.get(5)).isEqualTo(ARTICLE_URL);

        assertThat(await(playerAsync.retrieveByContentId(PROJECT, item.id()))).isEqualTo(byId);
        assertThat(await(playerAsync.retrieveBySourceId(PROJECT, "rain"))).isEqualTo(byId);
        assertThat(await(playerAsync.retrieveBySourceUrl(PROJECT, ARTICLE_URL))).isEqualTo(byId);
        assertThatThrownBy(() -> player.retrieveBySourceId(PROJECT, "nothing")).isInstanceOf(NotFoundException.class);
    }

    /**
     * The stand-in's one playlist per project, the project playlist BeyondWords makes (here with the project's id),
     * holds the project's content in order; by identifiers finds items by id or source_id, in the array's order.
     */
    @Test
    void thePlayerByPlaylistIdAndByIdentifiers() throws Exception {
        StandInContent rain = standIn.addContent(PROJECT, ContentSeed.titled("<h1>Rain</h1>").sourceId("rain"));
        StandInContent sun = standIn.addContent(PROJECT, ContentSeed.titled("<h1>Sun</h1>").sourceId("sun"));
        var player = sync.client.player();
        var playerAsync = async.client.async().player();

        Player playlist = player.retrieveByPlaylistId(PROJECT, PROJECT,
                PlayerRetrieveByPlaylistIdParams.builder().words(true).build());
        Player identified = player.retrieveByIdentifiers(PROJECT, "[\"sun\"]");

        assertThat(playlist.content().orElseThrow()).extracting(c -> c.id().orElseThrow())
                .containsExactly(rain.id(), sun.id());
        assertThat(identified.content().orElseThrow()).extracting(c -> c.title().orElseThrow())
                .containsExactly("Sun");
        assertThat(await(playerAsync.retrieveByPlaylistId(PROJECT, PROJECT))).isEqualTo(playlist);
        assertThat(await(playerAsync.retrieveByIdentifiers(PROJECT, "[\"" + rain.id() + "\"]")).content()
                .orElseThrow()).extracting(c -> c.id().orElseThrow()).containsExactly(rain.id());
        assertThatThrownBy(() -> player.retrieveByPlaylistId(PROJECT, PROJECT + 1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> player.retrieveByIdentifiers(PROJECT, "[\"nothing\"]"))
                .isInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- voices and languages

    @Test
    void voicesAndLanguages() throws Exception {
        List<Voice> all = sync.client.voices().list();
        List<Voice> british = sync.client.voices().list(VoiceListParams.builder().languageCode("en_GB")
                .addScope("primary").addScope("secondary").build());
        List<Language> languages = sync.client.languages().list();

        assertThat(all).hasSizeGreaterThan(british.size());
        assertThat(british).isNotEmpty().allSatisfy(voice -> assertThat(voice.language().orElseThrow()
                .equals("en_GB") || voice.secondaryLanguages().orElseThrow().contains("en_GB")).isTrue());
        HttpUrl url = sync.exchanges().get(1).url();
        assertThat(url.queryParameterValues("filter[scopes][]")).containsExactly("primary", "secondary");
        assertThat(languages).extracting(Language::code).contains("en_US", "en_GB");
        assertThat(languages.get(0).defaultVoices().flatMap(voices -> voices.body())).isPresent();

        assertThat(await(async.client.async().voices().list())).isEqualTo(all);
        assertThat(await(async.client.async().voices().list(VoiceListParams.builder().languageCode("en_GB")
                .build()))).isEqualTo(british);
        assertThat(await(async.client.async().languages().list())).isEqualTo(languages);
    }

    @Test
    void aVoiceKeepsItsNewSpeakingRate() throws Exception {
        Voice milo = sync.client.voices().update(1002, VoiceUpdateParams.builder().speakingRate(120).build());

        assertThat(milo.id()).isEqualTo(1002);
        assertThat(milo.speakingRate()).hasValue(120);
        assertThat(lastBody("PUT")).hasToString("{\"speaking_rate\":120}");
        assertThat(sync.client.voices().list()).filteredOn(v -> v.id() == 1002).singleElement()
                .isEqualTo(milo);
        Voice slower = await(async.client.async().voices()
                .update(1002, VoiceUpdateParams.builder().speakingRate(90).build()));
        assertThat(slower.speakingRate()).hasValue(90);
        assertThatThrownBy(() -> sync.client.voices().update(999, VoiceUpdateParams.builder().speakingRate(90)
                .build())).isInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- helpers

    /** The body of the last request with this method the stand-in received, as JSON. */
    private JsonObject lastBody(String method) {
        List<RecordedCall> calls = standIn.requests().stream().filter(c -> c.method().equals(method))
                .collect(Collectors.toList());
        assertThat(calls).as("%s requests", method).isNotEmpty();
        return json(calls.get(calls.size() - 1).body());
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
