package io.beyondwords.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;

/**
 * openapi-generator's Java client (Retrofit 2, Gson) with three changes that make the wire layer a faithful, tolerant
 * carrier for the facade:
 * <ul>
 *   <li>method names come from each operation's {@code x-beyondwords-method} in the spec, not from a list in a pom;</li>
 *   <li>timestamps, dates and URIs stay text: the facade reads them on first access, so an odd one costs only itself
 *       (Gson would refuse the whole response);</li>
 *   <li>enumerations stay text: the facade's enums are open (a value the spec does not list yet is kept), and a wire
 *       enum would refuse it;</li>
 *   <li>every model implements {@code io.beyondwords.generated.WireModel}, so the facade reaches its unknown and
 *       invalid members by a type check, without reflection.</li>
 * </ul>
 * Free-form JSON is kept as Gson's {@code JsonObject} (an object without properties) or {@code JsonElement} (a member
 * without a type), which hold it exactly.
 */
public class WireCodegen extends JavaClientCodegen {
    private static final String WIRE_MODEL = "io.beyondwords.generated.WireModel";

    /** @return the name this generator is known by */
    @Override
    public String getName() {
        return "beyondwords-wire";
    }

    /** Retrofit 2 and Gson: both layers are generated with these settings, so no build configuration repeats them. */
    public WireCodegen() {
        setLibrary(RETROFIT_2);
    }

    @Override
    public void processOpts() {
        additionalProperties.putIfAbsent("serializationLibrary", "gson");
        additionalProperties.putIfAbsent("openApiNullable", "false");
        additionalProperties.putIfAbsent("dateLibrary", "java8");
        additionalProperties.putIfAbsent("hideGenerationTimestamp", "true");
        additionalProperties.putIfAbsent("useJakartaEe", "false");
        additionalProperties.putIfAbsent("annotationLibrary", "none");
        additionalProperties.putIfAbsent("disallowAdditionalPropertiesIfNotPresent", "false");
        // A list member starts as null, not []: a request body sends no list it was not given (a PUT would otherwise
        // empty it), and a list absent from a response reads as absent, as every other optional member does.
        additionalProperties.putIfAbsent("containerDefaultToNull", "true");
        super.processOpts();
        // After super: processOpts sets the date library's mappings.
        typeMapping.put("DateTime", "String");
        typeMapping.put("date", "String");
        typeMapping.put("URI", "String");
        typeMapping.put("object", "JsonObject");
        typeMapping.put("AnyType", "JsonElement");
        importMapping.put("JsonObject", "com.google.gson.JsonObject");
        importMapping.put("JsonElement", "com.google.gson.JsonElement");
    }

    @Override
    public void preprocessOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                    nameFromSpec(path.getKey(), op.getKey(), op.getValue());
                    openEnums(op.getValue());
                }
                if (path.getValue().getParameters() != null) {
                    path.getValue().getParameters().forEach(p -> openEnum(p.getSchema()));
                }
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(WireCodegen::openEnum);
        }
        super.preprocessOpenAPI(openAPI);
    }

    private void nameFromSpec(String path, PathItem.HttpMethod method, Operation operation) {
        String name = Extensions.method(operation, method + " " + path);
        if (operation.getOperationId() == null) {
            operation.setOperationId(name);
        } else {
            operationIdNameMapping.put(operation.getOperationId(), name);
        }
    }

    private static void openEnums(Operation operation) {
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                openEnum(p.getSchema());
            }
        }
    }

    /** Drops {@code enum} from a schema and everything inside it, so the wire type is plain text. */
    @SuppressWarnings("rawtypes")
    private static void openEnum(Schema schema) {
        if (schema == null) {
            return;
        }
        schema.setEnum(null);
        openEnum(schema.getItems());
        if (schema.getProperties() != null) {
            for (Object property : schema.getProperties().values()) {
                openEnum((Schema) property);
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema) {
            openEnum((Schema) schema.getAdditionalProperties());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public ModelsMap postProcessModels(ModelsMap models) {
        ModelsMap processed = super.postProcessModels(models);
        for (ModelMap entry : processed.getModels()) {
            CodegenModel model = entry.getModel();
            Object existing = model.vendorExtensions.get("x-implements");
            List<String> implemented = existing instanceof List<?> list ? new ArrayList<>((List<String>) list)
                    : new ArrayList<>();
            if (!model.isEnum && !implemented.contains(WIRE_MODEL)) {
                implemented.add(WIRE_MODEL);
            }
            model.vendorExtensions.put("x-implements", implemented);
        }
        return processed;
    }
}
