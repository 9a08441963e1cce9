package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.google.gson.JsonObject;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.paging.Page;
import io.beyondwords.scripttemplates.ScriptTemplate;
import io.beyondwords.scripttemplates.ScriptTemplateCreateParams;
import io.beyondwords.scripttemplates.ScriptTemplateListParams;
import io.beyondwords.scripttemplates.SummaryModel;
import io.beyondwords.summarizationsettings.SummarizationSettings;
import io.beyondwords.summarizationsettings.SummarizationSettingsUpdateParams;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Summarization Settings or Script templates in openapi.yaml (a project's settings, retrieved
 * and changed; the organisation's templates, listed, created and retrieved by slug) through the facade, sync and
 * async, against Prism, which answers with the spec's summarizationSettingsExample,
 * summarizationSettingsTemplateListExample and summarizationSettingsTemplateExample; each value is validated and
 * compared with them.
 */
class SummarizationAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject SETTINGS = SpecExamples.object("summarizationSettingsExample");
    private static final JsonObject TEMPLATE = SpecExamples.object("summarizationSettingsTemplateExample");
    private static final JsonObject LISTED = SpecExamples.firstItem("summarizationSettingsTemplateListExample");

    SummarizationAgainstPrismIT() {
        super("Summarization Settings", "Script templates");
    }

    // ---------------------------------------------------------------- summarization_settings#show

    @Test
    void retrieveSettings() {
        assertSettings(sync.client.summarizationSettings().retrieve(12));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("summarization_settings#show");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/summarization_settings");
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- summarization_settings#update

    @Test
    void updateSettingsWithEveryField() {
        SummarizationSettingsUpdateParams params = SummarizationSettingsUpdateParams.builder().enabled(true)
                .prompt("Summarize the article in three sentences.").temperature(0.7).limitTokenUsage(500).build();

        assertSettings(sync.client.summarizationSettings().update(12, params));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("summarization_settings#update");
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/summarization_settings");
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();

        JsonObject sent = SentBodies.of(prism.baseUrl(), FAKE_KEY,
                client -> client.summarizationSettings().update(12, params));
        assertThat(sent).hasToString("{\"enabled\":true,\"prompt\":\"Summarize the article in three sentences.\","
                + "\"temperature\":0.7,\"limit_token_usage\":500}");
    }

    @Test
    void rawUpdateOfOneField() {
        RawResponse<SummarizationSettings> raw = sync.client.summarizationSettings().withRawResponse()
                .update(12, SummarizationSettingsUpdateParams.builder().enabled(false).build());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertSettings(raw.body());
    }

    // ---------------------------------------------------------------- summarization_settings_templates#index

    @Test
    void listTemplates() {
        Page<ScriptTemplate> page = sync.client.scriptTemplates()
                .list(ScriptTemplateListParams.builder().limit(3).offset(1).build());

        assertThat(page.items()).singleElement().satisfies(SummarizationAgainstPrismIT::assertListed);
        assertThat(page.offset()).isEqualTo(1);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("summarization_settings_templates#index");
        assertThat(exchange.url().encodedPath()).isEqualTo("/summarization_settings_templates");
        assertThat(exchange.url().queryParameter("pagination[limit]")).isEqualTo("3");
        assertThat(exchange.url().queryParameter("pagination[offset]")).isEqualTo("1");
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- summarization_settings_templates#create

    @Test
    void createTemplateWithEveryField() {
        ScriptTemplateCreateParams params = ScriptTemplateCreateParams.builder().slug("test_template_1")
                .name("Test template 1").build();

        assertTemplate(sync.client.scriptTemplates().create(params));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("summarization_settings_templates#create");
        assertThat(exchange.status()).isEqualTo(201);
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();

        JsonObject sent = SentBodies.of(prism.baseUrl(), FAKE_KEY, client -> client.scriptTemplates().create(params));
        assertThat(sent).hasToString("{\"slug\":\"test_template_1\",\"name\":\"Test template 1\"}");
    }

    // ---------------------------------------------------------------- summarization_settings_templates#show

    @Test
    void retrieveTemplateBySlug() {
        assertTemplate(sync.client.scriptTemplates().retrieve("test_template_1"));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("summarization_settings_templates#show");
        assertThat(exchange.url().encodedPath()).isEqualTo("/summarization_settings_templates/test_template_1");
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        var async = this.async.client.async();
        assertSettings(await(async.summarizationSettings().retrieve(12)));
        assertSettings(await(async.summarizationSettings()
                .update(12, SummarizationSettingsUpdateParams.builder().prompt("Be brief.").build())));
        assertThat(await(async.scriptTemplates().list()).items()).singleElement()
                .satisfies(SummarizationAgainstPrismIT::assertListed);
        assertTemplate(await(async.scriptTemplates()
                .create(ScriptTemplateCreateParams.builder().name("Test template 1").build())));
        assertTemplate(await(async.scriptTemplates().retrieve("test_template_1")));
        RawResponse<ScriptTemplate> raw = await(async.scriptTemplates().withRawResponse().retrieve("test_template_1"));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertTemplate(raw.body());

        assertThat(this.async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "summarization_settings#show", "summarization_settings#update",
                "summarization_settings_templates#index", "summarization_settings_templates#create",
                "summarization_settings_templates#show", "summarization_settings_templates#show");
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** summarizationSettingsExample: enabled with a prompt, the rest absent. */
    private static void assertSettings(SummarizationSettings settings) {
        settings.validate();
        assertThat(settings.enabled()).hasValue(SETTINGS.get("enabled").getAsBoolean());
        assertThat(settings.prompt()).hasValue(SETTINGS.get("prompt").getAsString());
        assertThat(settings.temperature()).as("absent in the example").isEmpty();
        assertThat(settings.limitTokenUsage()).as("absent in the example").isEmpty();
        assertThat(settings.additionalProperties()).isEmpty();
    }

    /** summarizationSettingsTemplateExample: the docs' template, without a model. */
    private static void assertTemplate(ScriptTemplate template) {
        template.validate();
        assertThat(template.id()).isEqualTo(TEMPLATE.get("id").getAsLong());
        assertThat(template.slug()).isEqualTo(TEMPLATE.get("slug").getAsString());
        assertThat(template.name()).isEqualTo(TEMPLATE.get("name").getAsString());
        assertThat(template.model()).as("absent in the example").isEmpty();
        assertThat(template.temperature()).hasValue(TEMPLATE.get("temperature").getAsDouble());
        assertThat(template.limitTokenUsage()).hasValue(TEMPLATE.get("limit_token_usage").getAsInt());
        assertThat(template.updated()).hasValue(Instant.parse("2023-01-01T00:00:05Z"));
    }

    /** summarizationSettingsTemplateListExample: a template with a model. */
    private static void assertListed(ScriptTemplate template) {
        template.validate();
        assertThat(template.slug()).isEqualTo(LISTED.get("slug").getAsString());
        assertThat(template.model()).hasValue(SummaryModel.GPT_5_MINI);
        assertThat(template.prompt()).hasValue(LISTED.get("prompt").getAsString());
    }
}
