package io.beyondwords.it.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.it.support.ItPaths;
import org.junit.jupiter.api.Test;

/**
 * The facade covers openapi.yaml: every operation of the spec is reached by a facade method through its generated
 * Retrofit method, and every generated method the facade calls is still an operation of the spec. When this fails,
 * its message names each operation and what to do (REGENERATING.md, section 5).
 */
class FacadeOperationCoverageTest {

    @Test
    void everyOperationOfTheSpecIsCalledByTheFacadeAndNoFacadeMappingIsOrphaned() {
        FacadeOperationCoverageCheck.Result result = FacadeOperationCoverageCheck.of(ItPaths.openapi()).run();

        System.out.println("Operations of " + result.spec() + " and the facade methods that call them:\n"
                + result.listing());
        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        assertThat(result.covered()).as("operations found in the spec and reached by the facade").isNotEmpty();
        // Each operation is sent through its one generated Retrofit method (the facade builds no request itself).
        assertThat(result.covered()).allSatisfy(op -> assertThat(op.generatedMethods()).as(op.operation().describe())
                .hasSize(1));
    }
}
