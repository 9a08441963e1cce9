package io.beyondwords.codegen;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the table of operations the README shows (between its {@code operations:begin} and {@code operations:end}
 * markers): per operation of the spec, in the spec's tag order and then the service's method order, its resource,
 * HTTP method and path, the facade method that calls it (params in brackets when they may be left out), what that
 * returns, and how much of the operation the public docs showed ({@code x-beyondwords-docs}). The facade's
 * {@code OperationTableTest} keeps the README's copy current.
 */
final class OperationTable {
    /** The file's name, in the facade generator's output directory (beside {@code src/main/java}). */
    static final String FILE = "operations.md";
    private static final String TEMPLATE = "/beyondwords-facade/operations.mustache";

    private OperationTable() {
    }

    /**
     * @param file where to write the table
     * @param resources the resources, in the spec's tag order
     */
    static void write(Path file, List<ResourceModel> resources) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, render(resources), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String render(List<ResourceModel> resources) {
        List<Row> rows = new ArrayList<>();
        for (ResourceModel r : resources) {
            for (OperationModel o : r.operations) {
                rows.add(new Row(r, o));
            }
        }
        InputStream in = OperationTable.class.getResourceAsStream(TEMPLATE);
        if (in == null) {
            throw new IllegalStateException("no template " + TEMPLATE);
        }
        try (Reader template = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(false).compile(template).execute(Map.of("rows", rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TEMPLATE, e);
        }
    }

    /** One line of the table; the template reads its fields. */
    static final class Row {
        final String resource;
        final String operation;
        final String method;
        final String returns;
        final String docs;

        Row(ResourceModel r, OperationModel o) {
            resource = r.tag;
            operation = o.httpMethod + " " + o.path;
            // Reads whose params are all optional have an overload without them: the params go in brackets.
            String args = o.hasNoParams ? o.declNoParams + (o.args.isEmpty() ? "[" : "[, ") + o.paramsType
                    + " params]" : o.decl;
            method = "client." + r.accessor + "()." + o.verb + "(" + args + ")";
            returns = o.syncReturn;
            docs = o.docs;
        }
    }
}
