package io.beyondwords.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The API description the stand-in serves: {@code openapi.yaml} as JSON, read at start-up (the copy the testkit jar
 * ships, or another file), with its operations, their examples and schemas. Local {@code $ref}s are followed on
 * access.
 */
final class ApiSpec {

    /** Where the testkit jar holds its copy of the top-level {@code openapi.yaml}. */
    static final String BUNDLED = "openapi.yaml";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: method, path template under the prefix, its {@code x-beyondwords-method} and its object. */
    record Operation(String method, String path, String verb, JsonObject definition, ApiSpec spec) {

        /** The first 2xx status the operation declares (200 when it declares none). */
        int successStatus() {
            return successCode().map(Integer::parseInt).orElse(200);
        }

        private Optional<String> successCode() {
            JsonObject responses = definition.getAsJsonObject("responses");
            return responses == null ? Optional.empty()
                    : responses.keySet().stream().filter(code -> code.startsWith("2")).findFirst();
        }

        /** The first example of the success response's JSON body, if it has one. */
        Optional<JsonElement> example() {
            return successMedia().flatMap(media -> {
                if (media.has("example")) {
                    return Optional.of(media.get("example").deepCopy());
                }
                JsonObject examples = spec.object(media.get("examples"));
                if (examples == null || examples.size() == 0) {
                    return Optional.empty();
                }
                JsonObject first = spec.object(examples.entrySet().iterator().next().getValue());
                return first == null || !first.has("value") ? Optional.empty()
                        : Optional.of(first.get("value").deepCopy());
            });
        }

        /** The success response's JSON schema, references followed, if it has one. */
        Optional<JsonObject> responseSchema() {
            return successMedia().map(media -> spec.object(media.get("schema")));
        }

        private Optional<JsonObject> successMedia() {
            return successCode().map(code -> spec.object(definition.getAsJsonObject("responses").get(code)))
                    .map(response -> spec.object(response.get("content")))
                    .map(content -> spec.object(content.get("application/json")));
        }

        /** Whether the operation declares this query parameter (on itself or its path). */
        boolean hasQueryParameter(String name) {
            List<JsonElement> all = new ArrayList<>();
            spec.parameters(definition).forEach(all::add);
            spec.parameters(spec.paths().getAsJsonObject(path)).forEach(all::add);
            for (JsonElement parameter : all) {
                JsonObject resolved = spec.object(parameter);
                if (resolved != null && "query".equals(text(resolved, "in")) && name.equals(text(resolved, "name"))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonObject root;
    private final String text;

    private ApiSpec(String text) {
        this.text = text;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        Object yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new TextTimestamps()).load(text);
        if (!(yaml instanceof Map)) {
            throw new IllegalArgumentException("an OpenAPI description must be a YAML mapping");
        }
        // YAML scalars such as dates become Java values; Gson writes them out as it would any object.
        this.root = new Gson().toJsonTree(yaml).getAsJsonObject();
        if (!root.has("paths")) {
            throw new IllegalArgumentException("the OpenAPI description has no paths");
        }
    }

    /** The description the testkit jar ships. */
    static ApiSpec bundled() {
        try (InputStream in = ApiSpec.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the testkit jar has no " + BUNDLED + " next to "
                        + ApiSpec.class.getName());
            }
            return new ApiSpec(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The description in this file. */
    static ApiSpec read(Path file) {
        try {
            return new ApiSpec(Files.readString(Objects.requireNonNull(file, "file")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** The description's text, as read. */
    String text() {
        return text;
    }

    JsonObject paths() {
        return root.getAsJsonObject("paths");
    }

    /** Every operation, in the order the description lists them. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonElement> path : paths().entrySet()) {
            for (Map.Entry<String, JsonElement> member : path.getValue().getAsJsonObject().entrySet()) {
                if (METHODS.contains(member.getKey())) {
                    JsonObject definition = member.getValue().getAsJsonObject();
                    operations.add(new Operation(member.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            Objects.requireNonNullElse(text(definition, "x-beyondwords-method"), ""), definition,
                            this));
                }
            }
        }
        return operations;
    }

    /** The object {@code element} is or refers to ({@code $ref: '#/...'}, followed repeatedly), or null. */
    JsonObject object(JsonElement element) {
        JsonElement current = element;
        for (int hops = 0; current != null && current.isJsonObject() && hops < 32; hops++) {
            JsonObject object = current.getAsJsonObject();
            String ref = text(object, "$ref");
            if (ref == null) {
                return object;
            }
            current = pointer(ref);
        }
        return null;
    }

    /** The declared properties of a schema, its {@code allOf} parts included; empty when it declares none. */
    JsonObject properties(JsonObject schema) {
        JsonObject properties = new JsonObject();
        if (schema == null) {
            return properties;
        }
        JsonObject own = object(schema.get("properties"));
        if (own != null) {
            own.entrySet().forEach(member -> properties.add(member.getKey(), member.getValue()));
        }
        JsonElement allOf = schema.get("allOf");
        if (allOf != null && allOf.isJsonArray()) {
            for (JsonElement part : allOf.getAsJsonArray()) {
                properties(object(part)).entrySet()
                        .forEach(member -> properties.add(member.getKey(), member.getValue()));
            }
        }
        return properties;
    }

    private JsonArray parameters(JsonObject holder) {
        JsonElement parameters = holder == null ? null : holder.get("parameters");
        return parameters != null && parameters.isJsonArray() ? parameters.getAsJsonArray() : new JsonArray();
    }

    private JsonElement pointer(String ref) {
        if (!ref.startsWith("#/")) {
            return null; // the stand-in follows only references inside the description
        }
        JsonElement current = root;
        for (String part : ref.substring(2).split("/")) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (current == null || !current.isJsonObject()) {
                return null;
            }
            current = current.getAsJsonObject().get(name);
        }
        return current;
    }

    /** YAML's implicit types except timestamps: an example's {@code 2024-01-01} stays the text it is on the wire. */
    private static final class TextTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    static String text(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
