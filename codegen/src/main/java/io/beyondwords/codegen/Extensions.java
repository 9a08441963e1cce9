package io.beyondwords.codegen;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The vendor extensions {@code openapi.yaml} uses to name and shape the SDK. None changes what goes on the wire; each
 * says what the SDK calls a thing or how it exposes it. REGENERATING.md documents them.
 */
final class Extensions {
    /** On a tag: {@code {accessor, package, type, noun}}, which makes the tag a resource of the client. */
    static final String RESOURCE = "x-beyondwords-resource";
    /** On an operation: the method's name in the services and the wire interface (list, create, retrieve, ...). */
    static final String METHOD = "x-beyondwords-method";
    /** On an operation: body members the SDK requires before sending, though the docs do not mark them required. */
    static final String REQUIRED = "x-beyondwords-required";
    /**
     * On a parameter: its name in the params type (default: its last bracketed part, e.g. limit). On a property: its
     * name in the value type and the params (default: the JSON name in camel case), for a name the value type uses
     * itself (e.g. {@code path}).
     */
    static final String NAME = "x-beyondwords-name";
    /** On a parameter or property: the schema the SDK exposes, where the documented one is looser. */
    static final String SCHEMA = "x-beyondwords-schema";
    /** On an object schema: the value type's name. */
    static final String TYPE = "x-beyondwords-type";
    /** On an integer property: its unit; {@code milliseconds} makes it a {@code java.time.Duration}. */
    static final String UNIT = "x-beyondwords-unit";
    /** On an object property of a request body: its members become params of their own (project.id → projectId). */
    static final String FLATTEN = "x-beyondwords-flatten";
    /**
     * On a create: {@code {key, recover}}: the body member the API keeps unique, which makes the create safe to retry,
     * and the operation that fetches the item it names, to recover a retry refused as a duplicate.
     */
    static final String IDEMPOTENCY = "x-beyondwords-idempotency";
    /**
     * On every operation: how much of it the public docs showed, one of {@link #DOCS_VALUES}. Only the table
     * of operations ({@code docs/operations.md}) shows it.
     */
    static final String DOCS = "x-beyondwords-docs";
    /**
     * The values of {@link #DOCS}, most complete first: parameters and responses fully seen; the operation block
     * verbatim but the schemas it references cut off; some parameters or fields cut off; only the rendered example or
     * field list; only known to exist.
     */
    static final List<String> DOCS_VALUES = List.of("complete", "op-complete", "partial", "example-only",
            "listed-only");

    private Extensions() {
    }

    static String method(Operation operation, String where) {
        Object method = extensions(operation.getExtensions()).get(METHOD);
        if (!(method instanceof String) || ((String) method).isBlank()) {
            throw new SpecException(where + ": every operation needs " + METHOD + " (list, create, retrieve, update,"
                    + " delete, or another verb), the method's name in the SDK");
        }
        return (String) method;
    }

    static String docs(Operation operation, String where) {
        Object docs = extensions(operation.getExtensions()).get(DOCS);
        if (docs == null || !DOCS_VALUES.contains(docs)) {
            throw new SpecException(where + ": every operation needs " + DOCS + ", how much of it the public docs"
                    + " showed: one of " + String.join(", ", DOCS_VALUES) + (docs == null ? "" : " (was '" + docs
                    + "')"));
        }
        return (String) docs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resource(Tag tag) {
        Object value = extensions(tag.getExtensions()).get(RESOURCE);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map)) {
            throw new SpecException("tag '" + tag.getName() + "': " + RESOURCE + " must be an object");
        }
        return (Map<String, Object>) value;
    }

    static String text(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new SpecException(where + ": '" + key + "' is required");
        }
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    static List<String> required(Operation operation) {
        Object value = extensions(operation.getExtensions()).get(REQUIRED);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> idempotency(Operation operation) {
        return (Map<String, Object>) extensions(operation.getExtensions()).get(IDEMPOTENCY);
    }

    static String name(Parameter parameter) {
        return (String) extensions(parameter.getExtensions()).get(NAME);
    }

    @SuppressWarnings("rawtypes")
    static String name(Schema property) {
        return (String) extensions(property.getExtensions()).get(NAME);
    }

    @SuppressWarnings("rawtypes")
    static String type(Schema schema) {
        return (String) extensions(schema.getExtensions()).get(TYPE);
    }

    @SuppressWarnings("rawtypes")
    static boolean milliseconds(Schema schema) {
        return "milliseconds".equals(extensions(schema.getExtensions()).get(UNIT));
    }

    @SuppressWarnings("rawtypes")
    static boolean flatten(Schema schema) {
        return Boolean.TRUE.equals(extensions(schema.getExtensions()).get(FLATTEN));
    }

    /** @return the schema the SDK exposes for a parameter or property, as a plain map, or null for its own */
    @SuppressWarnings("unchecked")
    static Map<String, Object> sdkSchema(Map<String, Object> extensions) {
        return (Map<String, Object>) extensions(extensions).get(SCHEMA);
    }

    private static Map<String, Object> extensions(Map<String, Object> extensions) {
        return Objects.requireNonNullElse(extensions, Map.of());
    }
}
