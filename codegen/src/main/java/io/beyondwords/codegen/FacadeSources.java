package io.beyondwords.codegen;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the facade's templates and writes the Java files. Templates name types by their simple names; each file's
 * imports are the types its code (comments aside) actually uses, so no generated file has an unused import.
 */
final class FacadeSources {
    private static final String TEMPLATES = "/beyondwords-facade/";
    private static final String IMPORTS_MARK = "//IMPORTS//";
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"",
            Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("(?<![\\w.])([A-Z]\\w*)");

    private final java.io.File root;
    private final String modelPackage;
    private final Map<String, String> knownTypes = new HashMap<>();
    private final Mustache.Compiler compiler;
    private final Map<String, Template> templates = new HashMap<>();

    FacadeSources(java.io.File root, String modelPackage, String invokerPackage) {
        this.root = root;
        this.modelPackage = modelPackage;
        known("java.io.IOException", "java.math.BigDecimal", "java.net.URI", "java.time.Duration",
                "java.time.Instant", "java.util.ArrayList", "java.util.LinkedHashMap", "java.util.List", "java.util.Map", "java.util.Objects",
                "java.util.Optional", "java.util.OptionalDouble", "java.util.OptionalInt", "java.util.OptionalLong",
                "java.util.concurrent.CompletableFuture", "java.util.function.Supplier", "java.util.regex.Pattern",
                "okhttp3.Request", "okhttp3.Response",
                "io.beyondwords.BeyondWordsClient", "io.beyondwords.RawResponse", "io.beyondwords.RequestOptions",
                "io.beyondwords.paging.Page",
                "io.beyondwords.internal.ParamRules", "io.beyondwords.internal.ResourceBinding",
                "io.beyondwords.internal.ResourceBindings", "io.beyondwords.internal.ValueRules",
                "io.beyondwords.internal.json.ApiJson", "io.beyondwords.internal.json.ApiTimestamps",
                "io.beyondwords.internal.json.ApiUrls",
                "io.beyondwords.internal.json.JsonTextMaps", "io.beyondwords.internal.json.MemberProblems",
                "io.beyondwords.internal.json.UnreadableBodyException", "io.beyondwords.internal.json.UriText",
                "io.beyondwords.internal.json.ValueCheck", "io.beyondwords.internal.json.ValueFailures",
                "io.beyondwords.internal.json.WireLists",
                "io.beyondwords.internal.paging.OffsetPage", "io.beyondwords.internal.paging.PageFetcher",
                "io.beyondwords.internal.transport.ApiTransport", "io.beyondwords.internal.transport.KeyedCreate",
                "io.beyondwords.internal.transport.ParsedResponse",
                "io.beyondwords.internal.transport.ResponseParser",
                "io.beyondwords.internal.transport.UnwrappedFutures",
                invokerPackage + ".DeepObjectQuery");
        this.compiler = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).defaultValue("")
                .withLoader(this::partial);
    }

    private void known(String... qualified) {
        for (String q : qualified) {
            String simple = q.substring(q.lastIndexOf('.') + 1);
            String earlier = knownTypes.putIfAbsent(simple, q);
            // Files name types by simple name and get their imports from this map, so a second type of the same name
            // would silently become the import of every file using the first.
            if (earlier != null && !earlier.equals(q)) {
                throw new SpecException("two generated types are named " + simple + " (" + earlier + " and " + q
                        + "): give one of their schemas another name with x-beyondwords-type");
            }
        }
    }

    void write(List<ResourceModel> resources) {
        // The output is this generator's alone: what an earlier spec generated and this one does not must go.
        deleteRecursively(root.toPath());
        for (ResourceModel r : resources) {
            known(r.packageName + "." + r.service, r.packageName + "." + r.serviceAsync);
            for (ValueModel v : r.values) {
                known(r.packageName + "." + v.name, modelPackage + "." + v.wireClass);
            }
            for (EnumModel e : r.enums) {
                known(r.packageName + "." + e.name);
            }
            for (ParamsModel p : r.params) {
                known(r.packageName + "." + p.name);
            }
            for (BodyModel b : r.bodies) {
                known(modelPackage + "." + b.wireClass);
                for (BodyModel.Setter s : b.setters) {
                    if (s.group) {
                        known(modelPackage + "." + s.groupClass);
                    }
                    if (s.itemClass != null) {
                        known(modelPackage + "." + s.itemClass);
                    }
                }
            }
        }
        for (ResourceModel r : resources) {
            for (ValueModel v : r.values) {
                render("value", r.packageName, v.name, Map.of("v", v, "r", r));
            }
            for (EnumModel e : r.enums) {
                render("enum", r.packageName, e.name, Map.of("e", e));
            }
            for (ParamsModel p : r.params) {
                render("params", r.packageName, p.name, Map.of("p", p, "r", r));
            }
            render("service", r.packageName, r.service, Map.of("r", r));
            render("serviceAsync", r.packageName, r.serviceAsync, Map.of("r", r));
            render("defaultService", r.packageName, "Default" + r.service, Map.of("r", r));
            render("defaultServiceAsync", r.packageName, "Default" + r.serviceAsync, Map.of("r", r));
            render("binding", r.packageName, r.binding, Map.of("r", r));
            render("wire", r.packageName, r.wire, Map.of("r", r));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("resources", resources);
        all.put("count", resources.size());
        render("resources", "io.beyondwords", "BeyondWordsResources", all);
        render("clientAsync", "io.beyondwords", "BeyondWordsClientAsync", all);
        // The module descriptor exports every resource package, so it is generated with them (no imports to work out).
        write(root.toPath().resolve("module-info.java"), execute("moduleInfo", all));
    }

    /**
     * Writes the README's table of operations ({@link OperationTable}) beside the sources.
     *
     * @param file where to write it
     * @param resources the resources, in the spec's tag order
     */
    void writeOperationTable(Path file, List<ResourceModel> resources) {
        write(file, execute("operations", Map.of("rows", OperationTable.rows(resources))));
    }

    private String execute(String template, Object context) {
        return templates.computeIfAbsent(template, t -> compiler.compile(partial(t))).execute(context);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toArray(Path[]::new)) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + dir, e);
        }
    }

    private void render(String template, String packageName, String className, Object context) {
        String body = execute(template, context);
        // A template that lists its imports itself has no marker.
        String withImports = body.contains(IMPORTS_MARK)
                ? body.replace(IMPORTS_MARK, imports(body, packageName, className)) : body;
        String source = LongLines.wrap(withImports
                .replaceAll("(?m)[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n"));
        write(root.toPath().resolve(packageName.replace('.', '/')).resolve(className + ".java"), source);
    }

    private static void write(Path file, String source) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private String imports(String body, String packageName, String className) {
        String code = COMMENTS.matcher(body).replaceAll(" ");
        TreeSet<String> imports = new TreeSet<>();
        Matcher m = WORD.matcher(code);
        while (m.find()) {
            String qualified = knownTypes.get(m.group(1));
            if (qualified != null && !m.group(1).equals(className)
                    && !qualified.substring(0, qualified.lastIndexOf('.')).equals(packageName)) {
                imports.add(qualified);
            }
        }
        List<String> lines = new ArrayList<>();
        for (String i : imports) {
            lines.add("import " + i + ";");
        }
        return String.join("\n", lines);
    }

    private Reader partial(String name) {
        InputStream in = FacadeSources.class.getResourceAsStream(TEMPLATES + name + ".mustache");
        if (in == null) {
            throw new IllegalStateException("no template " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
