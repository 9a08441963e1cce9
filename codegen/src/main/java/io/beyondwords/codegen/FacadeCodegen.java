package io.beyondwords.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;

/**
 * Generates the facade's resource layer from {@code openapi.yaml}: per resource (a tag with
 * {@code x-beyondwords-resource}) its service interfaces and their implementations, a params type per operation, a
 * value type per response schema, an open enum per enumeration, and the client's resource accessors; and, beside the
 * sources, the table of operations ({@link OperationTable}) and the jar's GraalVM native-image and R8/ProGuard
 * configuration (every Retrofit interface and wire model, which Retrofit and Gson reach by reflection). Everything else of the facade (client,
 * transport, retries, errors, paging, the JSON runtime) is hand-written and only called.
 *
 * <p>It extends the wire generator so that every name the two layers share (wire models, getters, the interface's
 * methods and argument order) is computed by the same code. openapi-generator's own template loops write one file
 * per model or per tag; the facade needs files per operation and per resource too, so it renders its own templates
 * (in {@code beyondwords-facade/}) from the models {@link FacadeSpec} builds, and openapi-generator writes nothing.
 */
public class FacadeCodegen extends WireCodegen {
    /** The configuration option naming where, under the output, the jar's resources are written. */
    static final String RESOURCE_FOLDER = "resourceFolder";

    private List<ResourceModel> resources;

    @Override
    public String getName() {
        return "beyondwords-facade";
    }

    @Override
    public void processOpts() {
        super.processOpts();
        modelTemplateFiles.clear();
        apiTemplateFiles.clear();
        modelTestTemplateFiles.clear();
        apiTestTemplateFiles.clear();
        modelDocTemplateFiles.clear();
        apiDocTemplateFiles.clear();
        supportingFiles.clear();
    }

    @Override
    public void preprocessOpenAPI(OpenAPI openAPI) {
        // Read before the wire generator's preprocessing drops the enumerations the facade's open enums list.
        resources = FacadeSpec.read(openAPI, this, modelPackage());
        super.preprocessOpenAPI(openAPI);
    }

    @Override
    public void processOpenAPI(OpenAPI openAPI) {
        super.processOpenAPI(openAPI);
        String sourceFolder = (String) additionalProperties.getOrDefault(CodegenConstants.SOURCE_FOLDER,
                "src/main/java");
        FacadeSources sources = new FacadeSources(new File(outputFolder(), sourceFolder), modelPackage());
        BindingImports.apply(resources, apiPackage(), modelPackage(), invokerPackage);
        sources.write(resources);
        sources.writeOperationTable(new File(outputFolder(), OperationTable.FILE).toPath(), resources);
    }

    /**
     * Writes the reflection configuration once every wire model is known: openapi-generator processes the models
     * after {@link #processOpenAPI(OpenAPI)}, with the wire generator's own settings, so these are the classes the
     * wire layer holds (inline schemas included).
     */
    @Override
    public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
        Map<String, ModelsMap> processed = super.postProcessAllModels(objs);
        List<String> models = new ArrayList<>();
        for (ModelsMap file : processed.values()) {
            for (ModelMap model : file.getModels()) {
                CodegenModel m = model.getModel();
                if (!m.isAlias) {
                    models.add(modelPackage() + "." + m.classname);
                }
            }
        }
        List<String> apis = new ArrayList<>();
        resources.forEach(r -> apis.add(apiPackage() + "." + r.api));
        String resourceFolder = (String) additionalProperties.getOrDefault(RESOURCE_FOLDER, "src/main/resources");
        FacadeSources.writeReflectionConfig(new File(outputFolder(), resourceFolder).toPath(), apis, models);
        return processed;
    }
}
