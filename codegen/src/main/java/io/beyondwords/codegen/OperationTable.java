package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the table of operations that {@code docs/operations.md} shows (between its {@code operations:begin} and
 * {@code operations:end} markers): per operation of the spec, in the spec's tag order and then the service's method
 * order, its resource, HTTP method and path, the facade method that calls it (params in brackets when they may be left
 * out), what that returns, and how much of the operation the public docs showed ({@code x-beyondwords-docs}).
 * {@link FacadeSources} renders them with {@code operations.mustache}; the facade's {@code OperationTableTest} keeps
 * that copy current.
 */
final class OperationTable {
    /** The file's name, in the facade generator's output directory (beside {@code src/main/java}). */
    static final String FILE = "operations.md";

    private OperationTable() {
    }

    /**
     * @param resources the resources, in the spec's tag order
     * @return a row per operation, for {@code operations.mustache}
     */
    static List<Row> rows(List<ResourceModel> resources) {
        List<Row> rows = new ArrayList<>();
        for (ResourceModel r : resources) {
            for (OperationModel o : r.operations) {
                rows.add(new Row(r, o));
            }
        }
        return rows;
    }

    /** One line of the table; the template reads its fields. */
    static final class Row {
        final String resource;
        final String operation;
        /** The client's accessor of the resource; the template writes the call of {@link #op} on it. */
        final String accessor;
        final OperationModel op;
        final String returns;
        final String docs;

        Row(ResourceModel r, OperationModel o) {
            resource = r.tag;
            operation = o.httpMethod + " " + o.path;
            accessor = r.accessor;
            op = o;
            returns = o.syncReturn;
            docs = o.docs;
        }
    }
}
