package io.beyondwords.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Reads {@code openapi.yaml} (after openapi-generator has resolved it and named its inline schemas) into the models
 * the facade's templates render: resources and their operations. {@link RequestSchemas} reads what each operation
 * sends (its params types and request bodies), {@link ValueSchemas} the value types and enums they return and take.
 * Every name the wire layer uses (model classes, getters, the interface's methods and their argument order) is asked
 * of the wire generator itself, so the two layers cannot disagree.
 */
@SuppressWarnings("rawtypes")
final class FacadeSpec {
    private static final int DOC_WIDTH = 108;

    private final OpenAPI api;
    private final WireCodegen wire;
    private final String modelPackage;
    private final List<ResourceModel> resources = new ArrayList<>();
    private final Map<String, ResourceModel> byTag = new LinkedHashMap<>();
    private final ValueSchemas schemas;
    private final RequestSchemas requests;

    private FacadeSpec(OpenAPI api, WireCodegen wire, String modelPackage) {
        this.api = api;
        this.wire = wire;
        this.modelPackage = modelPackage;
        this.schemas = new ValueSchemas(api, wire);
        this.requests = new RequestSchemas(wire, schemas);
    }

    /**
     * @param api the resolved spec, inline schemas already named
     * @param wire the wire generator, for every wire-side name
     * @param modelPackage the wire models' package
     * @return the resources, in the spec's tag order
     * @throws SpecException naming what the spec says that the facade cannot express
     */
    static List<ResourceModel> read(OpenAPI api, WireCodegen wire, String modelPackage) {
        FacadeSpec spec = new FacadeSpec(api, wire, modelPackage);
        spec.readResources();
        spec.readOperations();
        return spec.resources;
    }

    private void readResources() {
        if (api.getTags() == null) {
            return;
        }
        for (Tag tag : api.getTags()) {
            Map<String, Object> ext = Extensions.resource(tag);
            if (ext == null) {
                continue;
            }
            String where = "tag '" + tag.getName() + "' " + Extensions.RESOURCE;
            ResourceModel r = new ResourceModel();
            r.tag = tag.getName();
            r.accessor = Extensions.text(ext, "accessor", where);
            r.packageName = "io.beyondwords." + Extensions.text(ext, "package", where);
            r.type = Extensions.text(ext, "type", where);
            r.noun = ext.containsKey("noun") ? Extensions.text(ext, "noun", where) : Names.words(r.type);
            r.extension = ext.containsKey("extension") ? Extensions.text(ext, "extension", where) : null;
            r.summary = Javadoc.escape(Javadoc.sentence(tag.getDescription() == null ? tag.getName()
                    : tag.getName() + ": " + Javadoc.clause(tag.getDescription())));
            r.doc = Javadoc.wrap(r.summary, DOC_WIDTH);
            r.service = r.type + "Service";
            r.serviceAsync = r.type + "ServiceAsync";
            String plural = r.accessor.substring(0, 1).toUpperCase(Locale.ROOT) + r.accessor.substring(1);
            r.binding = plural + "Binding";
            r.hook = plural + "Hook";
            r.wire = plural + "Wire";
            r.api = wire.toApiName(wire.sanitizeTag(tag.getName()));
            r.slot = resources.size();
            r.constant = Names.constant(plural);
            resources.add(r);
            byTag.put(tag.getName(), r);
        }
    }

    private void readOperations() {
        if (api.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                String where = op.getKey() + " " + path.getKey();
                Operation operation = op.getValue();
                if (operation.getTags() == null || operation.getTags().isEmpty()) {
                    throw new SpecException(where + ": has no tag, so no resource of the client holds it");
                }
                ResourceModel r = byTag.get(operation.getTags().get(0));
                if (r == null) {
                    throw new SpecException(where + ": its tag '" + operation.getTags().get(0) + "' has no "
                            + Extensions.RESOURCE);
                }
                r.operations.add(operation(r, path.getKey(), path.getValue(), op.getKey(), operation, where));
            }
        }
        for (ResourceModel r : resources) {
            for (OperationModel o : r.operations) {
                if (o.recoverVerb != null) {
                    recovery(r, o);
                }
            }
        }
    }

    /** Names the recovery of a keyed create: its recover operation, called with the create's path and the key. */
    private static void recovery(ResourceModel r, OperationModel o) {
        String where = o.httpMethod + " " + o.path + ": " + Extensions.IDEMPOTENCY;
        OperationModel recover = r.operations.stream().filter(other -> other.verb.equals(o.recoverVerb)).findFirst()
                .orElseThrow(() -> new SpecException(where + " names '" + o.recoverVerb + "', which is no method of '"
                        + r.tag + "'"));
        if (recover.args.size() != o.args.size() + 1 || !"String".equals(recover.args.get(o.args.size()).type)) {
            throw new SpecException(where + ": '" + o.recoverVerb + "' must take the create's path arguments and then"
                    + " the key as text");
        }
        if (recover.paramsType != null && !recover.hasNoParams) {
            throw new SpecException(where + ": '" + o.recoverVerb + "' must work with no params set");
        }
        o.recoverParamsType = recover.paramsType;
    }

    // ---------------------------------------------------------------------------------------------- operations

    private OperationModel operation(ResourceModel r, String path, PathItem item, PathItem.HttpMethod method,
            Operation operation, String where) {
        OperationModel o = new OperationModel();
        o.verb = Extensions.method(operation, where);
        o.docs = Extensions.docs(operation, where);
        o.httpMethod = method.name();
        o.path = path;
        CodegenOperation co = wire.fromOperation(path, method.name().toLowerCase(Locale.ROOT), operation,
                api.getServers());

        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            item.getParameters().forEach(p -> parameters.add(ModelUtils.getReferencedParameter(api, p)));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> parameters.add(ModelUtils.getReferencedParameter(api, p)));
        }

        ParamsModel params = new ParamsModel();
        params.packageName = r.packageName;
        params.name = r.type + Names.pascal(o.verb) + "Params";
        Map<String, ParamModel> queryParams = new LinkedHashMap<>();
        Map<String, ArgModel> pathArgs = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            String in = p.getIn();
            if ("path".equals(in)) {
                ArgModel a = requests.pathArg(p, where);
                pathArgs.put(p.getName(), a);
                o.args.add(a);
            } else if ("query".equals(in)) {
                ParamModel pm = requests.queryParam(r, params, p, where);
                params.params.add(pm);
                queryParams.put(p.getName(), pm);
                if ("pagination[offset]".equals(p.getName())) {
                    o.offsetParam = pm.name;
                }
                if ("pagination[limit]".equals(p.getName())) {
                    o.limitParam = pm.name;
                }
            } else if (!Boolean.TRUE.equals(p.getRequired())) {
                continue; // an optional header or cookie the SDK does not send
            } else {
                throw new SpecException(where + ": the required " + in + " parameter " + p.getName()
                        + " is not supported by the facade generator");
            }
        }

        BodyModel body = null;
        RequestBody requestBody = ModelUtils.getReferencedRequestBody(api, operation.getRequestBody());
        if (requestBody != null) {
            Schema schema = ModelUtils.getSchemaFromRequestBody(requestBody);
            if (schema == null) {
                throw new SpecException(where + ": the request body has no application/json schema");
            }
            body = requests.body(r, params, o, schema, Extensions.required(operation), where);
            params.hasBody = true;
        }

        // The generated Retrofit interface's arguments, in its own order.
        for (CodegenParameter cp : co.allParams) {
            ApiArgModel a = new ApiArgModel();
            if (cp.isPathParam) {
                a.pathArg = pathArgs.get(cp.baseName);
            } else if (cp.isQueryParam) {
                a.queryParam = queryParams.get(cp.baseName);
            } else if (cp.isBodyParam) {
                a.isBody = true;
                a.bodyMethod = body.method;
            } else {
                a.isAbsent = true;
            }
            o.apiArgs.add(a);
        }
        if (!o.apiArgs.isEmpty()) {
            o.apiArgs.get(o.apiArgs.size() - 1).last = true;
        }

        // Every operation with a body, query parameters or either has a params type, which also carries the caller's
        // extra body members, query parameters and headers; an operation without one takes them in RequestOptions.
        if (!params.params.isEmpty() || params.hasBody) {
            o.paramsType = params.name;
            layout(params);
            params.hasRequired = params.params.stream().anyMatch(p -> p.required);
            params.hasNone = !params.hasRequired && method == PathItem.HttpMethod.GET;
            o.hasNoParams = params.hasNone;
            r.params.add(params);
        }
        Map<String, Object> idempotency = Extensions.idempotency(operation);
        if (idempotency != null) {
            String key = Extensions.text(idempotency, "key", where + " " + Extensions.IDEMPOTENCY);
            ParamModel keyParam = params.params.stream().filter(p -> p.wireName.equals(key)).findFirst()
                    .orElseThrow(() -> new SpecException(where + ": " + Extensions.IDEMPOTENCY + " names '" + key
                            + "', which is no member of the request body"));
            o.keyed = true;
            o.keyMember = key;
            o.keyParam = keyParam.name;
            o.recoverVerb = Extensions.text(idempotency, "recover", where + " " + Extensions.IDEMPOTENCY);
        }
        response(r, o, operation, where);
        if (o.isPage) {
            o.offsetHasDefault = params.params.stream().filter(p -> p.name.equals(o.offsetParam)).findFirst()
                    .orElseThrow().hasDefault;
        }
        doc(r, o, operation, params);
        o.hasPathArgs = !o.args.isEmpty();
        params.doc = Javadoc.wrap("What {@link " + r.service + "#" + o.verb + "} sends"
                + (o.isPage ? ": which page, and filters" : "") + ". Immutable; the builder rejects what the API"
                + " description rules out before any request" + (o.isPage
                ? ", and paging derives new params for each page without changing these." : "."), DOC_WIDTH);
        if (body != null) {
            r.bodies.add(body);
        }
        return o;
    }

    private static void layout(ParamsModel params) {
        for (ParamModel p : params.params) {
            p.hasChecks = !p.checks.isEmpty() || !p.uriChecks.isEmpty();
        }
    }

    private void response(ResourceModel r, OperationModel o, Operation operation, String where) {
        Map<String, ApiResponse> ok = new TreeMap<>();
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    ok.put(status, ModelUtils.getReferencedApiResponse(api, response));
                }
            });
        }
        Schema schema = ok.isEmpty() ? null : ModelUtils.getSchemaFromResponse(api, ok.values().iterator().next());
        if (schema == null) {
            o.returnType = "Void";
            o.wireReturnType = "Void";
            o.syncReturn = "void";
            o.isVoid = true;
            r.hasVoid = true;
            return;
        }
        if ("array".equals(schema.getType()) || schema.getItems() != null) {
            Schema items = schema.getItems();
            String key = items == null || items.get$ref() == null ? null : ModelUtils.getSimpleRef(items.get$ref());
            if (key == null || schemas.resolve(items).getProperties() == null) {
                throw new SpecException(where + ": a list response's items must be a schema with properties");
            }
            ValueModel v = schemas.value(r, key, where);
            v.listBody = true;
            v.inList = true;
            o.valueType = v.name;
            o.valueMethod = v.method;
            o.valueConstant = v.constant;
            o.wireItemType = v.wireClass;
            o.wireReturnType = "List<" + v.wireClass + ">";
            if (o.offsetParam != null) {
                o.isPage = true;
                o.returnType = "Page<" + v.name + ">";
            } else {
                v.plainList = true;
                o.isList = true;
                o.returnType = "List<" + v.name + ">";
            }
        } else {
            String key = schema.get$ref() == null ? null : ModelUtils.getSimpleRef(schema.get$ref());
            if (key == null || schemas.resolve(schema).getProperties() == null) {
                throw new SpecException(where + ": a response must be a schema with properties, or a list of one");
            }
            ValueModel v = schemas.value(r, key, where);
            v.body = true;
            o.valueType = v.name;
            o.wireBodyType = v.wireClass;
            o.wireReturnType = v.wireClass;
            o.returnType = v.name;
            o.valueConstant = v.constant;
        }
        o.syncReturn = o.returnType;
    }

    /**
     * What the Javadoc says of an operation the public docs did not show in full ({@code x-beyondwords-docs}), so a
     * caller knows which parts of it rest on less than the reference: empty for a complete one.
     */
    private static String completeness(OperationModel o) {
        String shown;
        switch (o.docs) {
            case "op-complete":
                shown = "the public docs show the operation itself but cut off the schemas it refers to";
                break;
            case "partial":
                shown = "the public docs cut off some of its parameters or response fields";
                break;
            case "example-only":
                shown = "the public docs show only a rendered example or list of fields, not the operation's"
                        + " definition";
                break;
            case "listed-only":
                shown = "the public docs only list that it exists; its parameters and response are described from"
                        + " what the docs show of the same resource elsewhere";
                break;
            default:
                return "";
        }
        String kept = o.isVoid ? "" : "; members of the response this SDK does not name are kept, not dropped (see"
                + " {@code additionalProperties()} on the values)";
        return " Documented only partially: " + shown + kept + ".";
    }

    private void doc(ResourceModel r, OperationModel o, Operation operation, ParamsModel params) {
        StringBuilder text = new StringBuilder(Javadoc.escape(Javadoc.sentence(operation.getSummary())));
        if (operation.getDescription() != null) {
            text.append(' ').append(Javadoc.escape(Javadoc.sentence(operation.getDescription())));
        }
        text.append(" ({@code ").append(o.httpMethod).append(' ').append(o.path).append("})");
        text.append(completeness(o));
        if (o.isPage) {
            text.append(" One page; {@code page.autoPager()} walks every later page lazily.");
        }
        if (o.keyed) {
            text.append(" With a {@code " + o.keyMember + "} set, safe to retry: a retry refused as a duplicate of it,"
                    + " after an earlier attempt reached the server, answers with the item that attempt created"
                    + " (fetched by {@code " + o.recoverVerb + "}; the raw response says {@code isRecovered()})."
                    + " Without one, never sent twice by a retry unless the first attempt certainly did not reach the"
                    + " server; if it may have, the exception says {@code isOutcomeUnknown()}.");
        } else if ("POST".equals(o.httpMethod)) {
            text.append(" Never sent twice by a retry unless the first attempt certainly did not reach the server;"
                    + " if it may have, the exception says {@code isOutcomeUnknown()}.");
        }
        o.doc = Javadoc.wrap(text.toString(), DOC_WIDTH);
        o.returnDoc = o.isVoid ? null : o.isPage ? "the page" : "the " + r.noun + (o.isList ? "s" : "");
        o.paramsDoc = o.isPage ? "the page and filters; never modified" : "what to send";
        o.throwsNotFound = o.paramsType == null && o.args.size() == 1 && "GET".equals(o.httpMethod);
    }
}
