package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The imports of each resource's binding beyond those every binding has (which {@code binding.mustache} lists
 * itself): the resource's Retrofit interface, the wire models its operations return, and the facade types only some
 * resources use (pages, keyed creates, text path values, params).
 */
final class BindingImports {
    private BindingImports() {
    }

    /**
     * Sets {@link ResourceModel#bindingImports} of every resource.
     *
     * @param resources the resources, operations read
     * @param apiPackage the generated Retrofit interfaces' package
     * @param modelPackage the wire models' package
     * @param invokerPackage the wire layer's own package ({@code DeepObjectQuery})
     */
    static void apply(List<ResourceModel> resources, String apiPackage, String modelPackage, String invokerPackage) {
        for (ResourceModel r : resources) {
            TreeSet<String> imports = new TreeSet<>();
            imports.add(apiPackage + "." + r.api);
            for (OperationModel o : r.operations) {
                imports.add("java.util.Objects");
                if (!o.isVoid) {
                    imports.add("okhttp3.Headers");
                    imports.add("io.beyondwords.internal.json.ValueFailures");
                    imports.add(modelPackage + "." + (o.wireBodyType != null ? o.wireBodyType : o.wireItemType));
                }
                if (o.wireItemType != null) {
                    imports.add("java.util.List");
                }
                if (o.isPage) {
                    imports.add("io.beyondwords.paging.Page");
                    imports.add("io.beyondwords.internal.paging.OffsetPage");
                    imports.add("io.beyondwords.internal.paging.PageFetcher");
                    imports.add("io.beyondwords.internal.transport.UnwrappedFutures");
                }
                if (o.keyed) {
                    imports.add("io.beyondwords.internal.transport.KeyedCreate");
                }
                for (ArgModel a : o.args) {
                    if (a.isText) {
                        imports.add("io.beyondwords.internal.transport.PathSegments");
                    }
                }
                imports.add("io.beyondwords.internal.http.ExtraMembers");
                for (ApiArgModel a : o.apiArgs) {
                    if (a.queryParam != null && a.queryParam.deepObject) {
                        imports.add(invokerPackage + ".DeepObjectQuery");
                    }
                }
            }
            r.bindingImports = new ArrayList<>(imports);
        }
    }
}
