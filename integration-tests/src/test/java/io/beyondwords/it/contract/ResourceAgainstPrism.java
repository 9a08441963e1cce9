package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.it.support.PrismMock;
import io.beyondwords.it.support.PrismMockExtension;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The frame of a contract test of one or more resources (tags of openapi.yaml) against Prism ({@link ContractFrame}
 * says what it checks). Prism also rejects a request that breaks the spec, and serves the paths without {@code /v1}.
 */
@ExtendWith(PrismMockExtension.class)
abstract class ResourceAgainstPrism extends ContractFrame {

    /** Never a real key: Prism only checks that X-Api-Key is present. */
    static final String FAKE_KEY = "test-key-not-a-real-key";

    PrismMock prism;

    /** @param tags the tags of openapi.yaml whose every operation the subclass drives */
    ResourceAgainstPrism(String... tags) {
        super(tags);
    }

    @BeforeAll
    void start(PrismMock prism) {
        this.prism = prism;
        HttpUrl upstream = prism.baseUrl();
        assertThat(upstream.encodedPath()).as("Prism serves without /v1").isEqualTo("/");
        connect(upstream, FAKE_KEY, "/");
    }
}
