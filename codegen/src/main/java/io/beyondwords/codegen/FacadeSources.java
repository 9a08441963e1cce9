package io.beyondwords.codegen;

import com.palantir.javaformat.java.Formatter;
import com.palantir.javaformat.java.FormatterException;
import com.palantir.javaformat.java.JavaFormatterOptions;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Renders the facade's templates and writes the Java files, formatted by palantir-java-format (120 columns, the
 * project's width). Templates hold the code and list the imports it may need; the wire models a file uses are imports
 * computed from the resource's model; the formatter then drops the imports a file does not use and orders the rest.
 */
final class FacadeSources {
    private static final String TEMPLATES = "/beyondwords-facade/";

    private final File root;
    private final String modelPackage;
    private final Map<String, String> typeNames = new HashMap<>();
    private final Mustache.Compiler compiler;
    private final Map<String, Template> templates = new HashMap<>();
    private final Formatter formatter = Formatter.createFormatter(
            JavaFormatterOptions.builder()
                    .style(JavaFormatterOptions.Style.PALANTIR)
                    .formatJavadoc(true)
                    .build());

    FacadeSources(File root, String modelPackage) {
        this.root = root;
        this.modelPackage = modelPackage;
        this.compiler = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).defaultValue("")
                .withLoader(this::partial);
    }

    /**
     * Records the name of a type the generated files declare or import. Files name types by their simple names, so two
     * types of one simple name would make a file mean the wrong one.
     */
    private void name(String qualified) {
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        String earlier = typeNames.putIfAbsent(simple, qualified);
        if (earlier != null && !earlier.equals(qualified)) {
            String first = earlier.compareTo(qualified) < 0 ? earlier : qualified;
            String second = first.equals(earlier) ? qualified : earlier;
            throw new SpecException("two generated types are named " + simple + " (" + first + " and " + second
                    + "): give one of their schemas another name with x-beyondwords-type");
        }
    }

    void write(List<ResourceModel> resources) {
        // The output is this generator's alone: what an earlier spec generated and this one does not must go.
        deleteRecursively(root.toPath());
        for (ResourceModel r : resources) {
            name(r.packageName + "." + r.service);
            name(r.packageName + "." + r.serviceAsync);
            r.values.forEach(v -> name(r.packageName + "." + v.name));
            r.enums.forEach(e -> name(r.packageName + "." + e.name));
            r.params.forEach(p -> name(r.packageName + "." + p.name));
            name(r.packageName + "." + r.hook);
            wireModels(r).forEach(this::name);
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
            List<String> wireModels = List.copyOf(wireModels(r));
            render("binding", r.packageName, r.binding, Map.of("r", r, "imports", wireModels));
            render("hook", r.packageName, r.hook, Map.of("r", r));
            render("wire", r.packageName, r.wire, Map.of("r", r, "imports", wireModels));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("resources", resources);
        all.put("count", resources.size());
        render("resourceTable", "io.beyondwords", "ResourceTable", all);
        render("resources", "io.beyondwords", "BeyondWordsResources", all);
        render("clientAsync", "io.beyondwords", "BeyondWordsClientAsync", all);
        // The module descriptor exports every resource package, so it is generated with them.
        write(root.toPath().resolve("module-info.java"), execute("moduleInfo", all));
    }

    /** @return the wire models a resource's conversions and requests name: its values' and its request bodies' */
    private TreeSet<String> wireModels(ResourceModel r) {
        TreeSet<String> models = new TreeSet<>();
        r.values.forEach(v -> models.add(modelPackage + "." + v.wireClass));
        for (BodyModel b : r.bodies) {
            models.add(modelPackage + "." + b.wireClass);
            for (BodyModel.Setter s : b.setters) {
                if (s.group) {
                    models.add(modelPackage + "." + s.groupClass);
                }
                if (s.itemClass != null) {
                    models.add(modelPackage + "." + s.itemClass);
                }
            }
        }
        return models;
    }

    /**
     * Writes the table of operations of {@code docs/operations.md} ({@link OperationTable}) beside the sources.
     *
     * @param file where to write it
     * @param resources the resources, in the spec's tag order
     */
    void writeOperationTable(Path file, List<ResourceModel> resources) {
        write(file, execute("operations", Map.of("rows", OperationTable.rows(resources))));
    }

    /** Where the jar's GraalVM native-image configuration goes, by its group and artifact as native-image asks. */
    static final String NATIVE_IMAGE = "META-INF/native-image/io.beyondwords/beyondwords-java/";
    /** Where R8 and ProGuard find a jar's keep rules. */
    static final String PROGUARD = "META-INF/proguard/beyondwords-java.pro";

    /**
     * Writes what Retrofit and Gson reach by reflection, so that GraalVM native-image and R8/ProGuard keep it: a
     * dynamic proxy per Retrofit interface, and every interface's methods and wire model's members.
     *
     * @param root the resource folder the jar is built from
     * @param apis the Retrofit interfaces, fully qualified
     * @param models the wire models, fully qualified
     */
    static void writeReflectionConfig(Path root, List<String> apis, List<String> models) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("apis", entries(apis));
        names.put("models", entries(models));
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false);
        for (String[] file : new String[][] {{"proxyConfig", NATIVE_IMAGE + "proxy-config.json"},
                {"reflectConfig", NATIVE_IMAGE + "reflect-config.json"}, {"proguard", PROGUARD}}) {
            try (Reader template = new InputStreamReader(FacadeSources.class.getResourceAsStream(TEMPLATES + file[0]
                    + ".mustache"), StandardCharsets.UTF_8)) {
                write(root.resolve(file[1]), compiler.compile(template).execute(names));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the template " + file[0], e);
            }
        }
    }

    /** @return the names, sorted, each with whether it is the last (JSON has no trailing comma) */
    private static List<Map<String, Object>> entries(List<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            entries.add(Map.of("name", sorted.get(i), "last", i == sorted.size() - 1));
        }
        return entries;
    }

    private String execute(String template, Object context) {
        return templates.computeIfAbsent(template, t -> compiler.compile(partial(t))).execute(context);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toArray(Path[]::new)) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + dir, e);
        }
    }

    private void render(String template, String packageName, String className, Object context) {
        Path file = root.toPath().resolve(packageName.replace('.', '/')).resolve(className + ".java");
        String source = execute(template, context);
        String formatted;
        try {
            formatted = formatter.formatSourceAndFixImports(source);
        } catch (FormatterException e) {
            // A template that renders code javac cannot parse: show it, so the template can be fixed.
            write(file, source);
            throw new IllegalStateException("template " + template + " rendered " + file + ", which does not parse: "
                    + e.getMessage(), e);
        }
        formatted.lines().filter(line -> line.startsWith("import ")).forEach(line -> name(line.substring(7,
                line.length() - 1)));
        write(file, formatted);
    }

    private static void write(Path file, String source) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Reader partial(String name) {
        InputStream in = FacadeSources.class.getResourceAsStream(TEMPLATES + name + ".mustache");
        if (in == null) {
            throw new IllegalStateException("no template " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
