package io.beyondwords.codegen;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Reads what an operation sends into the models the templates render: its path arguments, its query parameters and
 * the members of its request body as params, and how the params become the body's wire model. {@link FacadeSpec}
 * asks it for each operation's inputs; {@link ValueSchemas} gives the Java types, {@link ParamChecks} the checks.
 */
@SuppressWarnings("rawtypes")
final class RequestSchemas {
    private static final int DOC_WIDTH = 108;

    private final WireCodegen wire;
    private final ValueSchemas schemas;

    /**
     * @param wire the wire generator, for every wire-side name
     * @param schemas the spec's schemas, for the Java types of what is sent
     */
    RequestSchemas(WireCodegen wire, ValueSchemas schemas) {
        this.wire = wire;
        this.schemas = schemas;
    }

    ArgModel pathArg(Parameter p, String where) {
        TypeRef t = schemas.type(p.getSchema(), Extensions.sdkSchema(p.getExtensions()), null, null, where);
        ArgModel a = new ArgModel();
        a.name = Names.camel(Objects.requireNonNullElse(Extensions.name(p), p.getName()));
        a.docClause = p.getDescription() == null ? "the {@code " + p.getName() + "} path parameter"
                : Javadoc.escape(Javadoc.clause(p.getDescription()));
        switch (t.kind) {
            case LONG:
                a.type = "long";
                break;
            case INT:
                a.type = "int";
                break;
            case STRING:
                a.type = "String";
                a.isText = true;
                break;
            default:
                throw new SpecException(where + ": path parameter " + p.getName() + " must be a string or an integer");
        }
        return a;
    }

    ParamModel queryParam(ResourceModel r, ParamsModel params, Parameter p, String where) {
        String name = Objects.requireNonNullElse(Extensions.name(p), Names.queryName(p.getName()));
        Schema schema = p.getSchema();
        Map<String, Object> sdk = Extensions.sdkSchema(p.getExtensions());
        TypeRef t = schemas.type(schema, sdk, r, r.type, where + "." + name);
        ParamModel pm = param(params, name, p.getName(), t, Boolean.TRUE.equals(p.getRequired()), p.getDescription(),
                sdk != null ? sdk : null, schema, where);
        pm.deepObject = p.getStyle() == Parameter.StyleEnum.DEEPOBJECT;
        if (pm.deepObject && t.kind != Kind.LIST && t.kind != Kind.MAP) {
            throw new SpecException(where + ": deepObject parameter " + p.getName() + " must be an object or,"
                    + " through " + Extensions.SCHEMA + ", a list");
        }
        pm.isEnum = t.kind == Kind.ENUM;
        pm.sentAsText = !pm.isList && "String".equals(wire.getTypeDeclaration(schema)) && !"String".equals(t.boxed());
        return pm;
    }

    BodyModel body(ResourceModel r, ParamsModel params, OperationModel o, Schema bodySchema,
            List<String> sdkRequired, String where) {
        Schema schema = schemas.resolve(bodySchema);
        if (schema.getProperties() == null) {
            throw new SpecException(where + ": the request body must be an object with properties");
        }
        BodyModel b = new BodyModel();
        b.method = o.verb + "Body";
        b.paramsType = params.name;
        b.wireClass = wireModel(bodySchema);
        Set<String> required = new HashSet<>(sdkRequired);
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
        for (Object e : schema.getProperties().entrySet()) {
            @SuppressWarnings("unchecked")
            Map.Entry<String, Schema> property = (Map.Entry<String, Schema>) e;
            String json = property.getKey();
            Schema prop = property.getValue();
            Schema target = schemas.resolve(prop);
            String setter = "set" + wire.getterAndSetterCapitalize(wire.toVarName(json));
            if (Extensions.flatten(prop) && target.getItems() != null) {
                b.setters.add(flattenedList(r, params, json, target, setter, required, where));
                continue;
            }
            if (Extensions.flatten(prop) || Extensions.flatten(target)) {
                if (target.getProperties() == null) {
                    throw new SpecException(where + ": " + json + " is marked " + Extensions.FLATTEN
                            + " but has no properties");
                }
                BodyModel.Setter group = new BodyModel.Setter();
                group.group = true;
                group.groupClass = wireModel(prop);
                group.groupVar = Names.camel(json);
                group.groupSetter = setter;
                List<String> memberNames = new ArrayList<>();
                for (Object se : target.getProperties().entrySet()) {
                    @SuppressWarnings("unchecked")
                    Map.Entry<String, Schema> sub = (Map.Entry<String, Schema>) se;
                    String path = json + "." + sub.getKey();
                    String name = Names.camel(json + "_" + sub.getKey());
                    Schema subSchema = sub.getValue();
                    TypeRef t = schemas.type(subSchema, Extensions.sdkSchema(subSchema.getExtensions()), r, r.type,
                            where + "." + name);
                    ParamModel pm = param(params, name, path, t, required.contains(path), schemas.describe(subSchema),
                            null, subSchema, where);
                    clearable(pm, subSchema, List.of(json, sub.getKey()));
                    params.params.add(pm);
                    memberNames.add(name);
                    BodyModel.Setter s = BodyModel.Setter.of(name,
                            "set" + wire.getterAndSetterCapitalize(wire.toVarName(sub.getKey())), t);
                    s.groupVar = group.groupVar;
                    group.members.add(s);
                }
                if (Boolean.TRUE.equals(prop.getNullable()) || Boolean.TRUE.equals(target.getNullable())) {
                    ParamsModel.GroupClearModel clear = new ParamsModel.GroupClearModel();
                    clear.clearer = "clear" + Names.pascal(Names.camel(json));
                    clear.wireName = json;
                    clear.members.addAll(memberNames);
                    params.groupClears.add(clear);
                }
                group.single = group.members.size() == 1;
                b.setters.add(group);
                continue;
            }
            String name = Names.camel(Objects.requireNonNullElse(Extensions.name(prop), json));
            TypeRef t = schemas.type(prop, Extensions.sdkSchema(prop.getExtensions()), r, r.type, where + "." + name);
            if (t.kind == Kind.VALUE || (t.kind == Kind.LIST && t.element.kind == Kind.VALUE)) {
                throw new SpecException(where + ": body member " + json + " is an object; mark it "
                        + Extensions.FLATTEN + " (nested request values are not generated yet)");
            }
            ParamModel pm = param(params, name, json, t, required.contains(json), schemas.describe(prop), null, prop,
                    where);
            clearable(pm, prop, List.of(json));
            params.params.add(pm);
            b.setters.add(BodyModel.Setter.of(name, setter, t));
        }
        return b;
    }

    /**
     * A list of one-member objects marked {@code x-beyondwords-flatten} ({@code content: [{id}]}): one list param of
     * that member ({@code contentIds}, {@code addContentId}), each item sent as an object holding it.
     */
    private BodyModel.Setter flattenedList(ResourceModel r, ParamsModel params, String json, Schema list,
            String setter, Set<String> required, String where) {
        Schema item = schemas.resolve(list.getItems());
        if (item.getProperties() == null || item.getProperties().size() != 1) {
            throw new SpecException(where + ": " + json + " is a list marked " + Extensions.FLATTEN
                    + ", so its items must be objects of exactly one member");
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, Schema> only = (Map.Entry<String, Schema>) item.getProperties().entrySet().iterator()
                .next();
        Schema memberSchema = only.getValue();
        // parts: [{sku}] → partSkus; content: [{id}] → contentIds
        String holder = json.endsWith("s") && !json.endsWith("ss") ? Names.singular(json) : json;
        String name = Names.camel(holder + "_" + only.getKey()) + "s";
        TypeRef element = schemas.type(memberSchema, Extensions.sdkSchema(memberSchema.getExtensions()), r, r.type,
                where + "." + name);
        if (element.kind != Kind.STRING && element.kind != Kind.INT && element.kind != Kind.LONG) {
            throw new SpecException(where + ": the member of " + json + "'s items must be text or an integer to be"
                    + " flattened");
        }
        TypeRef t = new TypeRef(Kind.LIST, null, element, "List<" + element.wire + ">", null);
        Schema each = new ArraySchema().items(memberSchema);
        String wireName = json + "[]." + only.getKey();
        params.params.add(param(params, name, wireName, t, required.contains(json), schemas.describe(list), null, each,
                where));
        BodyModel.Setter s = BodyModel.Setter.of(name, setter, t);
        s.flattenedList = true;
        s.itemClass = wireModel(list.getItems());
        s.itemMember = wire.toVarName(only.getKey());
        return s;
    }

    /**
     * Marks a body member the spec declares {@code nullable} (on the member or the schema it names) as one the
     * builder can clear, i.e. send as JSON {@code null}.
     *
     * @param path the member's path in the body, e.g. {@code player} and {@code intro_url}
     */
    private void clearable(ParamModel pm, Schema schema, List<String> path) {
        Schema target = schemas.resolve(schema);
        if (pm.isList || pm.isMap || pm.required || pm.hasDefault
                || !(Boolean.TRUE.equals(schema.getNullable()) || Boolean.TRUE.equals(target.getNullable()))) {
            return;
        }
        pm.clearable = true;
        pm.clearer = "clear" + Names.pascal(pm.name);
        pm.clearPath.addAll(path);
    }

    /**
     * One params member: its storage, accessor, setter and the checks its schema states.
     *
     * @param schema the schema whose constraints apply (the documented one; the SDK's may only retype it)
     */
    private ParamModel param(ParamsModel params, String name, String wireName, TypeRef t, boolean required,
            String description, Map<String, Object> sdk, Schema schema, String where) {
        ParamModel p = new ParamModel();
        p.name = name;
        p.wireName = wireName;
        p.required = required;
        String sentence = description == null ? "" : Javadoc.escape(Javadoc.sentence(description)) + " ";
        String sent = wireName.contains(".") ? "Sent as {@code " + wireName + "} in the body." : "Sent as {@code "
                + wireName + "}.";
        p.doc = Javadoc.wrap(sentence + sent, DOC_WIDTH - 4);
        p.docClause = p.required ? "the value; required" : "the value";
        Object def = sdk != null && sdk.containsKey("default") ? sdk.get("default") : schema.getDefault();
        switch (t.kind) {
            case LIST:
                p.isList = true;
                p.itemType = t.element.boxed();
                p.itemSetter = "add" + Names.pascal(Names.singular(name));
                p.itemName = Names.camel(Names.singular(name));
                p.storedType = "List<" + p.itemType + ">";
                p.builderStoredType = p.storedType;
                p.accessorType = p.storedType;
                p.setterType = p.storedType;
                ParamChecks.add(p.checks, name, t.element, itemSchema(schema), params, "a " + Names.singular(name));
                return p;
            case MAP:
                p.isMap = true;
                p.itemSetter = "put" + Names.pascal(name);
                p.storedType = t.stored();
                p.builderStoredType = p.storedType;
                p.accessorType = p.storedType;
                p.setterType = p.storedType;
                return p;
            case VALUE:
            case JSON:
                throw new SpecException(where + ": " + wireName + " (" + t.kind + ") cannot be a param yet");
            default:
                break;
        }
        p.isUri = t.kind == Kind.URI;
        p.setterPrimitive = t.kind.primitive();
        p.setterType = t.exposed();
        if (def != null && !required) {
            p.docClause = "the value; default " + def;
            p.hasDefault = true;
            defaultValue(p, t, def, where);
            p.storedType = t.exposed();
            p.builderStoredType = t.exposed();
            p.accessorType = t.exposed();
        } else {
            p.storedType = t.boxed();
            p.builderStoredType = t.boxed();
            if (required) {
                p.accessorType = t.exposed();
            } else {
                p.optional = true;
                p.optionalType = ValueSchemas.optionalType(t);
                p.primitiveOptional = !p.optionalType.equals("Optional");
                p.accessorType = ValueSchemas.optionalAccessorType(t);
            }
        }
        ParamChecks.add(p.checks, name, t, schema, params, null);
        if (p.isUri) {
            p.uriChecks.addAll(p.checks);
            p.checks.clear();
        }
        return p;
    }

    private static Schema itemSchema(Schema schema) {
        return schema.getItems();
    }

    /** Sets the param's default and what kind of Java literal the template writes of it. */
    private static void defaultValue(ParamModel p, TypeRef t, Object value, String where) {
        switch (t.kind) {
            case INT:
            case BOOLEAN:
            case LONG:
            case DOUBLE:
                p.defaultValue = String.valueOf(value);
                break;
            case STRING:
                p.defaultValue = ValueSchemas.javaString(String.valueOf(value));
                break;
            default:
                throw new SpecException(where + ": a default for " + t.kind + " is not supported yet");
        }
        p.textDefault = t.kind == Kind.STRING;
        p.longDefault = t.kind == Kind.LONG;
        p.doubleDefault = t.kind == Kind.DOUBLE;
    }

    private String wireModel(Schema schema) {
        if (schema.get$ref() == null) {
            throw new SpecException("an inline object should have been named by the generator");
        }
        return wire.toModelName(ModelUtils.getSimpleRef(schema.get$ref()));
    }
}
