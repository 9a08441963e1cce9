package io.beyondwords.it.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.it.coverage.DocumentedOperationsCheck.DocumentedOperation;
import io.beyondwords.it.support.ItPaths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code spec/documented-operations.txt} lists the reference's 58 operations and agrees with openapi.yaml: every one is
 * in the spec with the completeness the list gives it, and the spec has no operation the reference never showed. With
 * {@code FacadeOperationCoverageTest} (every operation of the spec has a facade method), every documented operation is
 * reachable from the facade. When this fails, its message names each line and what to do.
 */
class DocumentedOperationsTest {

    @Test
    void theListOfDocumentedOperationsAgreesWithTheSpec() {
        DocumentedOperationsCheck.Result result =
                DocumentedOperationsCheck.run(ItPaths.documentedOperations(), ItPaths.openapi());

        System.out.println(result.summary());
        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        assertThat(result.operations()).hasSize(DocumentedOperationsCheck.DOCUMENTED_TOTAL);
        assertThat(result.summary()).isEqualTo("58 of 58 documented operations in openapi.yaml");
        assertThat(FacadeOperationCoverageCheck.readSpecOperations(ItPaths.openapi()))
                .hasSize(DocumentedOperationsCheck.DOCUMENTED_TOTAL);
    }

    /**
     * The per-tag counts of the reference's summary table ("Total operations: 58 across 20 tags"), so that a line
     * filed under the wrong tag, or one tag's line traded for another's, is caught as well as a wrong total.
     */
    @Test
    void eachTagHasTheNumberOfOperationsTheReferenceGivesIt() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("Background tracks", 4);
        expected.put("Ads", 5);
        expected.put("Analytics", 8);
        expected.put("Content", 6);
        expected.put("Player", 5);
        expected.put("Player settings", 2);
        expected.put("Access tiers", 1);
        expected.put("Playlists", 4);
        expected.put("Projects", 5);
        expected.put("Member projects", 1);
        expected.put("Voices", 2);
        expected.put("Project voices", 1);
        expected.put("Languages", 1);
        expected.put("Organization settings", 1);
        expected.put("Roles", 1);
        expected.put("Rules", 3);
        expected.put("Summarization Settings", 2);
        expected.put("Script templates", 3);
        expected.put("Video Settings", 2);
        expected.put("Video settings templates", 1);

        Map<String, Integer> actual = DocumentedOperationsCheck
                .run(ItPaths.documentedOperations(), ItPaths.openapi()).operations().stream()
                .collect(Collectors.toMap(DocumentedOperation::tag, op -> 1, Integer::sum, LinkedHashMap::new));

        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(DocumentedOperationsCheck.DOCUMENTED_TOTAL);
        assertThat(actual).containsExactlyEntriesOf(expected);
    }
}
