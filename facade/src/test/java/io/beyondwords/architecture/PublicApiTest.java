package io.beyondwords.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public API must not mention a type users should not depend on: regenerating the client, or upgrading OkHttp,
 * Retrofit or Gson, must never break a user's code.
 */
class PublicApiTest {
    private static final List<String> FORBIDDEN = List.of(
            "io.beyondwords.generated", "io.beyondwords.internal", "okhttp3", "okio", "retrofit2", "com.google.gson");
    /**
     * The exceptions, each on purpose: sharing the application's OkHttp client (its pool and dispatcher) takes that
     * client.
     */
    private static final Set<String> ALLOWED = Set.of(
            "io.beyondwords.BeyondWordsClient$Builder.httpClient(okhttp3.OkHttpClient)");

    /**
     * The other exception: each resource package's generated hook ({@code ContentHook}, …), the one way the client in
     * {@code io.beyondwords} reaches the package's package-private implementation without reflection. Its one method
     * takes and returns internal types, so no module outside the SDK can call it; it is documented as not part of the
     * API, and {@link #theOnlyPublicDoorsToInternalTypesAreTheGeneratedHooks()} keeps it that small.
     */
    private static final String HOOK_METHOD = "bind(io.beyondwords.internal.transport.ApiTransport)";

    private static final Set<String> HOOKS = resourceHooks();

    private static final JavaClasses FACADE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/io/beyondwords/generated/"))
            .withImportOption(location -> !location.contains("/io/beyondwords/codegen/"))
            .importPackages("io.beyondwords");

    @Test
    void noPublicSignatureMentionsAGeneratedOkHttpRetrofitOrGsonType() {
        classes().that().resideInAPackage("io.beyondwords..")
                .and().resideOutsideOfPackages("io.beyondwords.internal..", "io.beyondwords.generated..")
                .and().arePublic()
                .should(exposeOnlyPublicApiTypes())
                .check(FACADE);
    }

    @Test
    void thePublicPackagesAreTheDesignedOnes() {
        Set<String> packages = new java.util.TreeSet<>();
        for (JavaClass c : FACADE) {
            if (c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().contains(".internal")
                    && !c.getPackageName().contains(".generated")) {
                packages.add(c.getPackageName());
            }
        }
        Set<String> designed = new java.util.TreeSet<>(Set.of("io.beyondwords", "io.beyondwords.errors",
                "io.beyondwords.paging", "io.beyondwords.observability", "io.beyondwords.webhooks"));
        designed.addAll(resourcePackages());
        assertThat(packages).containsExactlyElementsOf(designed);
    }

    @Test
    void theOnlyPublicDoorsToInternalTypesAreTheGeneratedHooks() {
        Set<String> hooks = resourceHooks();
        assertThat(hooks).hasSameSizeAs(resourcePackages());
        for (String name : hooks) {
            assertThat(FACADE.contain(name)).as(name).isTrue();
            JavaClass hook = FACADE.get(name);
            assertThat(hook.getModifiers()).as(name).contains(JavaModifier.PUBLIC, JavaModifier.FINAL);
            assertThat(hook.getConstructors()).as(name).allMatch(c -> c.getModifiers().contains(JavaModifier.PRIVATE));
            assertThat(hook.getFields()).as(name).allMatch(f -> !visible(f.getModifiers()));
            assertThat(hook.getMethods().stream().filter(m -> visible(m.getModifiers()))
                    .map(m -> m.getFullName().substring(name.length() + 1)))
                    .as(name).containsExactly(HOOK_METHOD);
            assertThat(hook.getMethods()).filteredOn(m -> m.getName().equals("bind")).singleElement()
                    .satisfies(m -> assertThat(m.getModifiers()).contains(JavaModifier.STATIC));
        }
    }

    /** One package per resource of openapi.yaml: what the generator makes public, and nothing else. */
    private static Set<String> resourcePackages() {
        Set<String> packages = new java.util.TreeSet<>();
        resources().forEach(r -> packages.add("io.beyondwords." + r.get("package")));
        assertThat(packages).isNotEmpty();
        return packages;
    }

    /** @return each resource package's hook, named after its accessor: {@code io.beyondwords.content.ContentHook} */
    private static Set<String> resourceHooks() {
        Set<String> hooks = new java.util.TreeSet<>();
        for (java.util.Map<String, Object> r : resources()) {
            String accessor = (String) r.get("accessor");
            hooks.add("io.beyondwords." + r.get("package") + "."
                    + Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1) + "Hook");
        }
        return hooks;
    }

    @SuppressWarnings("unchecked")
    private static List<java.util.Map<String, Object>> resources() {
        io.swagger.v3.oas.models.OpenAPI api = new io.swagger.v3.parser.OpenAPIV3Parser()
                .read(java.nio.file.Path.of("..", "openapi.yaml").toString());
        List<java.util.Map<String, Object>> resources = new ArrayList<>();
        for (io.swagger.v3.oas.models.tags.Tag tag : api.getTags()) {
            Object resource = tag.getExtensions() == null ? null : tag.getExtensions().get("x-beyondwords-resource");
            if (resource != null) {
                resources.add((java.util.Map<String, Object>) resource);
            }
        }
        return resources;
    }

    private static ArchCondition<JavaClass> exposeOnlyPublicApiTypes() {
        return new ArchCondition<>("expose no generated, internal, OkHttp, Retrofit or Gson type") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<String> where = new ArrayList<>();
                if (c.getRawSuperclass().isPresent()) {
                    inspect(c.getSuperclass().orElseThrow(), c.getName() + " extends", where);
                }
                for (JavaType i : c.getInterfaces()) {
                    inspect(i, c.getName() + " implements", where);
                }
                for (JavaField f : c.getFields()) {
                    if (visible(f.getModifiers())) {
                        inspect(f.getType(), f.getFullName(), where);
                    }
                }
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (!visible(m.getModifiers())) {
                        continue;
                    }
                    if (m instanceof com.tngtech.archunit.core.domain.JavaMethod) {
                        inspect(((com.tngtech.archunit.core.domain.JavaMethod) m).getReturnType(), m.getFullName(),
                                where);
                    }
                    for (JavaType p : m.getParameterTypes()) {
                        inspect(p, m.getFullName(), where);
                    }
                    for (JavaClass t : m.getThrowsClause().getTypes()) {
                        inspect(t, m.getFullName() + " throws", where);
                    }
                }
                where.removeIf(w -> ALLOWED.stream().anyMatch(a -> w.startsWith(a + " exposes okhttp3.")));
                if (HOOKS.contains(c.getName())) {
                    String bind = c.getName() + "." + HOOK_METHOD + " exposes io.beyondwords.internal.";
                    where.removeIf(w -> w.startsWith(bind));
                }
                for (String w : where) {
                    events.add(SimpleConditionEvent.violated(c, w));
                }
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void inspect(JavaType type, String where, List<String> violations) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            for (String prefix : FORBIDDEN) {
                if (raw.getName().startsWith(prefix + ".")) {
                    violations.add(where + " exposes " + raw.getName());
                }
            }
        }
    }
}
