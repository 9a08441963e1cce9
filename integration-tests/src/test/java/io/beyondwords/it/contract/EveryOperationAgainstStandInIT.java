package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import io.beyondwords.ads.AdCreateParams;
import io.beyondwords.ads.AdType;
import io.beyondwords.ads.AdUpdateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.content.ContentBatchDeleteParams;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.content.ContentUpdateParams;
import io.beyondwords.memberprojects.MemberProjectUpdateParams;
import io.beyondwords.paging.Page;
import io.beyondwords.playersettings.PlayerSettingsUpdateParams;
import io.beyondwords.playlists.Playlist;
import io.beyondwords.playlists.PlaylistCreateParams;
import io.beyondwords.playlists.PlaylistType;
import io.beyondwords.playlists.PlaylistUpdateParams;
import io.beyondwords.projects.ProjectCreateParams;
import io.beyondwords.projects.ProjectUpdateParams;
import io.beyondwords.rules.RuleCreateParams;
import io.beyondwords.scripttemplates.ScriptTemplateCreateParams;
import io.beyondwords.summarizationsettings.SummarizationSettingsUpdateParams;
import io.beyondwords.testkit.ContentSeed;
import io.beyondwords.videosettings.VideoSettingsUpdateParams;
import io.beyondwords.voices.VoiceUpdateParams;
import org.junit.jupiter.api.Test;

/**
 * Every operation of openapi.yaml, all 58, through the facade's sync and async APIs against the testkit's stand-in,
 * each answered 2xx with a value that {@code validate()}s; swagger-request-validator checks every request and response
 * on the way ({@link ContractFrame}), and the last test fails unless every operation of every tag went through both.
 */
class EveryOperationAgainstStandInIT extends ResourceAgainstStandIn {

    private static final long PROJECT = 1;

    EveryOperationAgainstStandInIT() {
        super("Background tracks", "Projects", "Content", "Voices", "Languages", "Player", "Player settings",
                "Access tiers", "Playlists", "Video Settings", "Video settings templates", "Ads", "Analytics",
                "Rules", "Roles", "Organization settings", "Member projects", "Project voices",
                "Summarization Settings", "Script templates");
    }

    @Test
    void backgroundTracksAndProjects() throws Exception {
        var tracks = sync.client.backgroundTracks();
        long track = valid(tracks.create(BackgroundTrackCreateParams.builder().name("Bed").build())).id();
        valid(tracks.list());
        valid(tracks.retrieve(track));
        valid(tracks.update(track, BackgroundTrackUpdateParams.builder().volume(80).build()));
        var tracksAsync = async.client.async().backgroundTracks();
        long other = valid(await(tracksAsync.create(BackgroundTrackCreateParams.builder().name("Pad").build()))).id();
        valid(await(tracksAsync.list()));
        valid(await(tracksAsync.retrieve(other)));
        valid(await(tracksAsync.update(other, BackgroundTrackUpdateParams.builder().volume(20).build())));

        var projects = sync.client.projects();
        long project = valid(projects.create(ProjectCreateParams.builder().name("News").language("en_GB").build()))
                .id();
        valid(projects.list());
        valid(projects.retrieve(project));
        valid(projects.update(project, ProjectUpdateParams.builder().name("Renamed").build()));
        valid(projects.voices(project));
        var projectsAsync = async.client.async().projects();
        valid(await(projectsAsync.create(ProjectCreateParams.builder().name("Sport").language("en_US").build())));
        valid(await(projectsAsync.list()));
        valid(await(projectsAsync.retrieve(project)));
        valid(await(projectsAsync.update(project, ProjectUpdateParams.builder().name("Again").build())));
        valid(await(projectsAsync.voices(project)));
    }

    @Test
    void contentPlayerAndItsAnalytics() throws Exception {
        String seeded = standIn.addContent(PROJECT, ContentSeed.titled("Rain").sourceId("weather-1")
                .sourceUrl("https://example.com/weather/1")).id();
        var content = sync.client.content();
        String id = valid(content.create(PROJECT, ContentCreateParams.builder().title("Sun").build())).id();
        valid(content.list(PROJECT));
        valid(content.retrieve(PROJECT, id));
        valid(content.update(PROJECT, id, ContentUpdateParams.builder().author("A. N. Other").build()));
        var player = sync.client.player();
        valid(player.retrieveByContentId(PROJECT, id));
        valid(player.retrieveBySourceId(PROJECT, "weather-1"));
        valid(player.retrieveBySourceUrl(PROJECT, "https://example.com/weather/1"));
        valid(player.retrieveByPlaylistId(PROJECT, PROJECT));
        valid(player.retrieveByIdentifiers(PROJECT, "[\"weather-1\"]"));
        valid(sync.client.analytics().content(PROJECT, id));
        valid(sync.client.analytics().contents(PROJECT));
        content.delete(PROJECT, id);
        content.batchDelete(PROJECT, ContentBatchDeleteParams.builder().addId(seeded).build());

        var contentAsync = async.client.async().content();
        String other = valid(await(contentAsync.create(PROJECT, ContentCreateParams.builder().title("Fog")
                .sourceId("fog").sourceUrl("https://example.com/fog").build()))).id();
        valid(await(contentAsync.list(PROJECT)));
        valid(await(contentAsync.retrieve(PROJECT, other)));
        valid(await(contentAsync.update(PROJECT, other, ContentUpdateParams.builder().author("B").build())));
        var playerAsync = async.client.async().player();
        valid(await(playerAsync.retrieveByContentId(PROJECT, other)));
        valid(await(playerAsync.retrieveBySourceId(PROJECT, "fog")));
        valid(await(playerAsync.retrieveBySourceUrl(PROJECT, "https://example.com/fog")));
        valid(await(playerAsync.retrieveByPlaylistId(PROJECT, PROJECT)));
        valid(await(playerAsync.retrieveByIdentifiers(PROJECT, "[\"fog\"]")));
        valid(await(async.client.async().analytics().content(PROJECT, other)));
        valid(await(async.client.async().analytics().contents(PROJECT)));
        await(contentAsync.batchDelete(PROJECT, ContentBatchDeleteParams.builder().addId("missing").build()));
        await(contentAsync.delete(PROJECT, other));
        assertThat(standIn.content(PROJECT)).isEmpty();
    }

    @Test
    void voicesLanguagesRolesAndOrganisation() throws Exception {
        var client = sync.client;
        long voice = valid(client.voices().list()).get(0).id();
        valid(client.voices().update(voice, VoiceUpdateParams.builder().speakingRate(110).build()));
        valid(client.languages().list());
        valid(client.projectVoices().list());
        valid(client.roles().list());
        valid(client.organizationSettings().retrieve());
        valid(client.memberProjects().update(7, PROJECT, MemberProjectUpdateParams.builder().favourite(true)
                .build()));
        var asyncClient = async.client.async();
        valid(await(asyncClient.voices().list()));
        valid(await(asyncClient.voices().update(voice, VoiceUpdateParams.builder().speakingRate(90).build())));
        valid(await(asyncClient.languages().list()));
        valid(await(asyncClient.projectVoices().list()));
        valid(await(asyncClient.roles().list()));
        valid(await(asyncClient.organizationSettings().retrieve()));
        valid(await(asyncClient.memberProjects().update(7, PROJECT, MemberProjectUpdateParams.builder()
                .favourite(false).build())));
    }

    @Test
    void settingsOfAProject() throws Exception {
        var client = sync.client;
        valid(client.playerSettings().retrieve(PROJECT));
        valid(client.playerSettings().update(PROJECT, PlayerSettingsUpdateParams.builder().enabled(false).build()));
        valid(client.accessTiers().list(PROJECT));
        valid(client.videoSettings().retrieve(PROJECT));
        valid(client.videoSettings().update(PROJECT, VideoSettingsUpdateParams.builder().enabled(false).build()));
        valid(client.videoSettingsTemplates().list());
        valid(client.summarizationSettings().retrieve(PROJECT));
        valid(client.summarizationSettings().update(PROJECT, SummarizationSettingsUpdateParams.builder()
                .prompt("Be brief.").build()));
        var asyncClient = async.client.async();
        valid(await(asyncClient.playerSettings().retrieve(PROJECT)));
        valid(await(asyncClient.playerSettings().update(PROJECT, PlayerSettingsUpdateParams.builder().enabled(true)
                .build())));
        valid(await(asyncClient.accessTiers().list(PROJECT)));
        valid(await(asyncClient.videoSettings().retrieve(PROJECT)));
        valid(await(asyncClient.videoSettings().update(PROJECT, VideoSettingsUpdateParams.builder().enabled(true)
                .build())));
        valid(await(asyncClient.videoSettingsTemplates().list()));
        valid(await(asyncClient.summarizationSettings().retrieve(PROJECT)));
        valid(await(asyncClient.summarizationSettings().update(PROJECT, SummarizationSettingsUpdateParams.builder()
                .enabled(false).build())));
        assertThat(client.summarizationSettings().retrieve(PROJECT).enabled()).as("updated in place").hasValue(false);
    }

    @Test
    void playlistsAdsRulesAndScriptTemplates() throws Exception {
        var client = sync.client;
        long playlist = valid(client.playlists().create(PROJECT, PlaylistCreateParams.builder().title("Evening")
                .type(PlaylistType.MANUAL).build())).id();
        valid(client.playlists().list(PROJECT));
        valid(client.playlists().retrieve(PROJECT, playlist));
        valid(client.playlists().update(PROJECT, playlist, PlaylistUpdateParams.builder().title("Night").build()));
        long ad = valid(client.ads().create(PROJECT, AdCreateParams.builder().type(AdType.VAST)
                .vastUrl("https://ads.example.com/vast.xml").build())).id();
        valid(client.ads().list(PROJECT));
        valid(client.ads().retrieve(PROJECT, ad));
        valid(client.ads().update(PROJECT, ad, AdUpdateParams.builder().enabled(false).build()));
        valid(client.analytics().ads(PROJECT));
        valid(client.analytics().ad(PROJECT, ad));
        valid(client.analytics().organization());
        valid(client.analytics().project(PROJECT));
        valid(client.analytics().projects());
        valid(client.analytics().billing());
        client.ads().delete(PROJECT, ad);
        long rule = valid(client.rules().create(RuleCreateParams.builder().key("NATO").build())).id();
        valid(client.rules().list());
        valid(client.rules().retrieve(rule));
        String slug = valid(client.scriptTemplates().create(ScriptTemplateCreateParams.builder().name("Brief")
                .slug("brief").build())).slug();
        valid(client.scriptTemplates().list());
        valid(client.scriptTemplates().retrieve(slug));

        var asyncClient = async.client.async();
        long other = valid(await(asyncClient.playlists().create(PROJECT, PlaylistCreateParams.builder()
                .title("Morning").type(PlaylistType.AUTO).build()))).id();
        valid(await(asyncClient.playlists().list(PROJECT)));
        valid(await(asyncClient.playlists().retrieve(PROJECT, other)));
        valid(await(asyncClient.playlists().update(PROJECT, other, PlaylistUpdateParams.builder().enabled(true)
                .build())));
        long otherAd = valid(await(asyncClient.ads().create(PROJECT, AdCreateParams.builder().type(AdType.CUSTOM)
                .build()))).id();
        valid(await(asyncClient.ads().list(PROJECT)));
        valid(await(asyncClient.ads().retrieve(PROJECT, otherAd)));
        valid(await(asyncClient.ads().update(PROJECT, otherAd, AdUpdateParams.builder().title("Renamed").build())));
        valid(await(asyncClient.analytics().ads(PROJECT)));
        valid(await(asyncClient.analytics().ad(PROJECT, otherAd)));
        valid(await(asyncClient.analytics().organization()));
        valid(await(asyncClient.analytics().project(PROJECT)));
        valid(await(asyncClient.analytics().projects()));
        valid(await(asyncClient.analytics().billing()));
        await(asyncClient.ads().delete(PROJECT, otherAd));
        long otherRule = valid(await(asyncClient.rules().create(RuleCreateParams.builder().key("IPO").build())))
                .id();
        valid(await(asyncClient.rules().list()));
        valid(await(asyncClient.rules().retrieve(otherRule)));
        valid(await(asyncClient.scriptTemplates().create(ScriptTemplateCreateParams.builder().name("Long")
                .slug("long").build())));
        valid(await(asyncClient.scriptTemplates().list()));
        valid(await(asyncClient.scriptTemplates().retrieve("long")));
        assertThat(client.playlists().list(PROJECT)).extracting(Playlist::title)
                .containsExactly("Night", "Morning");
    }

    /** Calls {@code validate()} on a value, on each item of a list or of a page, and returns what it was given. */
    private static <T> T valid(T value) {
        if (value instanceof Page<?> page) {
            page.items().forEach(EveryOperationAgainstStandInIT::valid);
        } else if (value instanceof List<?> list) {
            assertThat(list).as("a list the stand-in answered").isNotNull();
            list.forEach(EveryOperationAgainstStandInIT::valid);
        } else {
            try {
                value.getClass().getMethod("validate").invoke(value);
            } catch (InvocationTargetException e) {
                throw new AssertionError(value.getClass().getSimpleName() + " does not validate", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return value;
    }
}
