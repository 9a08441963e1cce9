package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.paging.Page;
import io.beyondwords.rules.Rule;
import io.beyondwords.rules.RuleCreateParams;
import io.beyondwords.rules.RuleListParams;
import io.beyondwords.rules.RuleOrder;
import io.beyondwords.rules.RulePreviewStatus;
import io.beyondwords.rules.RuleSortDirection;
import io.beyondwords.rules.RuleType;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Rules in openapi.yaml (list with every query parameter under its spec name, create, retrieve)
 * through the facade, sync and async, against Prism, which answers with the spec's ruleListExample and ruleExample;
 * each value is validated and compared with them.
 */
class RulesAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject RULE = SpecExamples.object("ruleExample");
    private static final JsonArray LISTED = SpecExamples.value("ruleListExample").getAsJsonArray();
    private static final String CONTENT_ID = "d8414aee-4171-419e-be42-bd57e9e2ccd2";

    RulesAgainstPrismIT() {
        super("Rules");
    }

    // ---------------------------------------------------------------- rules#index

    @Test
    void listSendsEveryQueryParameterUnderItsSpecName() {
        RuleListParams params = RuleListParams.builder().limit(5).offset(2).orderBy(RuleOrder.KEY)
                .orderDirection(RuleSortDirection.DESC).type("substitute").previewStatus("processed").key("CO2")
                .addLanguage("en_GB").addLanguage("en_US").addVoice(2517L).addVoice(3555L).build();

        Page<Rule> page = sync.client.rules().list(params);

        assertListed(page.items());
        assertThat(page.offset()).isEqualTo(2);
        assertThat(page.hasNextPage()).as("3 items on a page of 5 is the last page").isFalse();
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("rules#index");
        assertThat(exchange.prismViolations()).as("Prism found nothing wrong").isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/rules");
        assertThat(url.queryParameter("pagination[limit]")).isEqualTo("5");
        assertThat(url.queryParameter("pagination[offset]")).isEqualTo("2");
        assertThat(url.queryParameter("order[by]")).isEqualTo("key");
        assertThat(url.queryParameter("order[dir]")).isEqualTo("desc");
        assertThat(url.queryParameter("filter[type]")).isEqualTo("substitute");
        assertThat(url.queryParameter("filter[preview_status]")).isEqualTo("processed");
        assertThat(url.queryParameter("filter[key]")).isEqualTo("CO2");
        assertThat(url.queryParameterValues("filter[languages][]")).containsExactly("en_GB", "en_US");
        assertThat(url.queryParameterValues("filter[voices][]")).containsExactly("2517", "3555");
    }

    /**
     * The scopes go out as BeyondWords' plugin sends them ({@code filter[scopes][]=a&filter[scopes][]=b}), which
     * Prism accepts for the deepObject the docs declare. swagger-request-validator (2.44.9) cannot check this request:
     * for a query parameter not declared under its exact name it tries every declared name as a regular expression,
     * unquoted, and {@code filter[languages][]} is not one, so it reports an exception instead of a verdict. Prism's
     * check stands; the other parameters are checked by both in the test above.
     */
    @Test
    void listSendsTheScopesAsAList() {
        assertListed(sync.client.rules().list(RuleListParams.builder().addScope("primary").addScope("secondary")
                .build()).items());

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.prismViolations()).as("Prism found nothing wrong").isNull();
        assertThat(exchange.url().queryParameterValues("filter[scopes][]")).containsExactly("primary", "secondary");
        assertThat(exchange.responseErrors()).isEmpty();
        assertThat(exchange.requestErrors()).singleElement().satisfies(m -> {
            assertThat(m.getKey()).isEqualTo("validator.request.exception");
            assertThat(m.getMessage()).contains("PatternSyntaxException", "filter[languages][]");
        });
        sync.validator().clear();
    }

    @Test
    void listWithoutParameters() {
        assertListed(sync.client.rules().list().items());
        assertThat(sync.onlyExchange().url().queryParameterNames()).isSubsetOf("pagination[offset]");
    }

    // ---------------------------------------------------------------- rules#create

    @Test
    void createWithEveryField() {
        RuleCreateParams params = RuleCreateParams.builder().key("CO2").replacement("carbon dioxide")
                .type(RuleType.SUBSTITUTE).magicIpaUsed(false).projectId(1).contentId(CONTENT_ID).build();

        Rule created = sync.client.rules().create(params);

        assertRule(created);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("rules#create");
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.url().encodedPath()).isEqualTo("/rules");
        assertThat(exchange.status()).isEqualTo(201);
        assertThat(exchange.requestBodyValidated()).as("the body itself went through the validator").isTrue();
        assertThat(exchange.prismViolations()).isNull();

        JsonObject sent = SentBodies.of(prism.baseUrl(), FAKE_KEY, client -> client.rules().create(params));
        assertThat(sent).hasToString("{\"key\":\"CO2\",\"value\":\"carbon dioxide\",\"type\":\"substitute\","
                + "\"magic_ipa_used\":false,\"project\":{\"id\":1},\"content\":{\"id\":\"" + CONTENT_ID + "\"}}");
    }

    @Test
    void rawCreateWithTheRequiredFieldOnly() {
        RawResponse<Rule> raw = sync.client.rules().withRawResponse()
                .create(RuleCreateParams.builder().key("NATO").build());

        assertThat(raw.statusCode()).isEqualTo(201);
        assertRule(raw.body());
        assertThat(sync.onlyExchange().requestBodyValidated()).isTrue();
    }

    // ---------------------------------------------------------------- rules#show

    @Test
    void retrieve() {
        assertRule(sync.client.rules().retrieve(1));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("rules#show");
        assertThat(exchange.url().encodedPath()).isEqualTo("/rules/1");
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        var rules = async.client.async().rules();
        assertListed(await(rules.list(RuleListParams.builder().orderBy(RuleOrder.CREATED).build())).items());
        assertRule(await(rules.create(RuleCreateParams.builder().key("IPO").type(RuleType.SAY_AS_LETTER_SEQUENCE)
                .build())));
        assertRule(await(rules.retrieve(1)));
        RawResponse<Rule> raw = await(rules.withRawResponse().retrieve(1));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertRule(raw.body());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?"))
                .containsExactly("rules#index", "rules#create", "rules#show", "rules#show");
        assertThat(async.exchanges().get(0).url().queryParameter("order[by]")).isEqualTo("created");
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** ruleExample: a substitution limited to a project and a content item. */
    private static void assertRule(Rule rule) {
        rule.validate();
        assertThat(rule.id()).isEqualTo(RULE.get("id").getAsLong());
        assertThat(rule.key()).isEqualTo(RULE.get("key").getAsString());
        assertThat(rule.replacement()).as("the JSON member value").hasValue(RULE.get("value").getAsString());
        assertThat(rule.type()).hasValue(RuleType.SUBSTITUTE);
        assertThat(rule.previewStatus()).hasValue(RulePreviewStatus.PROCESSED);
        assertThat(rule.project()).hasValueSatisfying(p -> assertThat(p.name())
                .hasValue(RULE.getAsJsonObject("project").get("name").getAsString()));
        assertThat(rule.content()).hasValueSatisfying(c -> assertThat(c.id()).hasValue(CONTENT_ID));
        assertThat(rule.language()).as("absent in the example").isEmpty();
        assertThat(rule.created()).hasValue(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(rule.additionalProperties()).isEmpty();
    }

    /** ruleListExample: a substitution, an IPA transcription and a rule without a value. */
    private static void assertListed(List<Rule> rules) {
        assertThat(rules).hasSize(LISTED.size());
        rules.forEach(Rule::validate);
        assertThat(rules).extracting(Rule::key).containsExactly("CO2", "Ocasio", "NATO");
        assertThat(rules.get(0).project()).isPresent();
        Rule ipa = rules.get(1);
        assertThat(ipa.type()).hasValue(RuleType.IPA_TRANSCRIPTION);
        assertThat(ipa.replacement()).hasValue(LISTED.get(1).getAsJsonObject().get("value").getAsString());
        assertThat(ipa.project()).as("null in the example").isEmpty();
        assertThat(rules.get(2).type()).hasValue(RuleType.SAY_AS_WORD);
        assertThat(rules.get(2).replacement()).as("absent in the example").isEmpty();
        assertThat(rules.get(2).updated()).hasValue(Instant.parse("2023-01-01T00:00:05Z"));
    }
}
