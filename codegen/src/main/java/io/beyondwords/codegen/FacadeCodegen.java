package io.beyondwords.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.File;
import java.util.List;
import org.openapitools.codegen.CodegenConstants;

/**
 * Generates the facade's resource layer from {@code openapi.yaml}: per resource (a tag with
 * {@code x-beyondwords-resource}) its service interfaces and their implementations, a params type per operation, a
 * value type per response schema, an open enum per enumeration, and the client's resource accessors; and, beside the
 * sources, the table of operations ({@link OperationTable}). Everything else of the facade (client,
 * transport, retries, errors, paging, the JSON runtime) is hand-written and only called.
 *
 * <p>It extends the wire generator so that every name the two layers share (wire models, getters, the interface's
 * methods and argument order) is computed by the same code. openapi-generator's own template loops write one file
 * per model or per tag; the facade needs files per operation and per resource too, so it renders its own templates
 * (in {@code beyondwords-facade/}) from the models {@link FacadeSpec} builds, and openapi-generator writes nothing.
 */
public class FacadeCodegen extends WireCodegen {
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
}
