package io.beyondwords.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Reads the spec's schemas into the types the facade exposes: a value type per object schema (its members, their Java
 * types and how each is read from the wire model), an open enum per enumeration, and the Java type of any parameter or
 * property. {@link FacadeSpec} asks it for the types of what operations send and return.
 */
@SuppressWarnings("rawtypes")
final class ValueSchemas {
    private static final int DOC_WIDTH = 108;
    /**
     * Names a generated value type gives its own methods and fields, so no member may take them: its public methods
     * and the state it keeps to report problems. The templates' locals and parameters cannot collide with a member
     * (fields are read as {@code this.name} wherever a local is in scope), and helper methods differ from accessors in
     * their parameters.
     */
    private static final Set<String> RESERVED = Set.of("additionalProperties", "builder", "toBuilder", "validate",
            "sentInstead", "failures", "owner", "path");

    private final OpenAPI api;
    private final WireCodegen wire;
    private final Map<String, ValueModel> values = new LinkedHashMap<>();
    private final Map<String, ResourceModel> valueOwners = new LinkedHashMap<>();
    private final Map<String, EnumModel> enums = new LinkedHashMap<>();

    /**
     * @param api the resolved spec, inline schemas already named
     * @param wire the wire generator, for every wire-side name
     */
    ValueSchemas(OpenAPI api, WireCodegen wire) {
        this.api = api;
        this.wire = wire;
    }

    ValueModel value(ResourceModel r, String key, String where) {
        return value(r, key, null, where);
    }

    /** @param suggested the name for an unnamed schema held by a member: its holder's name and the member's */
    private ValueModel value(ResourceModel r, String key, String suggested, String where) {
        ValueModel existing = values.get(key);
        if (existing != null) {
            if (valueOwners.get(key) != r) {
                throw new SpecException(where + ": schema " + key + " is used by resources '"
                        + valueOwners.get(key).tag + "' and '" + r.tag + "'; values shared across resources are not"
                        + " generated yet");
            }
            return existing;
        }
        Schema schema = api.getComponents().getSchemas().get(key);
        ValueModel v = new ValueModel();
        values.put(key, v);
        valueOwners.put(key, r);
        v.packageName = r.packageName;
        v.schemaKey = key;
        v.wireClass = wire.toModelName(key);
        String type = Extensions.type(schema);
        v.name = type != null ? type : suggested != null ? suggested : v.wireClass.replaceFirst("Model$", "");
        if (v.name.equals(v.wireClass)) {
            throw new SpecException(where + ": schema " + key + " would give a value type named as its wire model, "
                    + v.wireClass + "; give it " + Extensions.TYPE);
        }
        v.constant = Names.constant(v.name);
        v.method = Names.camel(v.name);
        v.noun = v.name.equals(r.type) ? r.noun : Names.words(v.name);
        String description = schema.getDescription() != null ? schema.getDescription() : "A " + v.noun + ".";
        v.doc = Javadoc.wrap(Javadoc.escape(Javadoc.sentence(description)), DOC_WIDTH);
        r.values.add(v);
        Set<String> required = new HashSet<>(schema.getRequired() == null ? List.<String>of() : schema.getRequired());
        if (schema.getProperties() != null) {
            for (Object e : schema.getProperties().entrySet()) {
                @SuppressWarnings("unchecked")
                Map.Entry<String, Schema> property = (Map.Entry<String, Schema>) e;
                v.members.add(member(r, v, property.getKey(), property.getValue(),
                        required.contains(property.getKey()), where + " → " + key));
            }
        }
        for (MemberModel m : v.members) {
            if (m.jsonName.equals("id")) {
                v.idGetter = "get" + wire.getterAndSetterCapitalize(wire.toVarName("id"));
            }
            v.hasChildren |= m.isValue || m.isListOfValues;
            if (RESERVED.contains(m.name)) {
                throw new SpecException(where + " → " + key + ": member '" + m.jsonName + "' would be called "
                        + m.name + ", which the value type uses itself; the generator needs a way to rename it");
            }
        }
        r.hasChildren |= v.hasChildren;
        ValueLayout.apply(v);
        return v;
    }

    private MemberModel member(ResourceModel r, ValueModel v, String json, Schema prop, boolean inRequired,
            String where) {
        Schema target = resolve(prop);
        TypeRef t = type(prop, Extensions.sdkSchema(prop.getExtensions()), r, v.name, where + "." + json);
        MemberModel m = new MemberModel();
        m.jsonName = json;
        m.name = Names.camel(Objects.requireNonNullElse(Extensions.name(prop), json));
        boolean nullable = Boolean.TRUE.equals(prop.getNullable()) || Boolean.TRUE.equals(target.getNullable());
        m.required = inRequired && !nullable;
        String description = describe(prop);
        m.doc = Javadoc.wrap(Javadoc.escape(Javadoc.clause(description == null ? json : description)), DOC_WIDTH);
        m.wireGetter = "get" + wire.getterAndSetterCapitalize(wire.toVarName(json));
        String wireType = wire.getTypeDeclaration(prop);
        m.storedType = t.stored();
        m.presentType = t.exposed();
        m.expectedText = t.expected();
        m.setterType = m.required ? t.exposed() : t.boxed();
        m.setterNullable = !m.required;
        switch (t.kind) {
            case TIMESTAMP:
            case URI:
                requireWire(wireType, "String", where + "." + json);
                m.lazy = true;
                m.isUri = t.kind == Kind.URI;
                m.storedType = t.kind == Kind.URI ? "URI" : "Instant";
                m.setterType = m.storedType;
                break;
            case DURATION:
                m.isDuration = true;
                m.expectedText = "a duration in milliseconds (0 or more)";
                m.setterType = "Duration";
                if ("Integer".equals(wireType)) {
                    m.wireInteger = true;
                } else {
                    requireWire(wireType, "Long", where + "." + json);
                }
                break;
            case ENUM:
                m.isEnum = true;
                m.enumType = t.name;
                requireWire(wireType, "String", where + "." + json);
                break;
            case VALUE:
                m.isValue = true;
                m.valueType = t.name;
                m.valueMethod = Names.camel(t.name);
                break;
            case LIST:
                m.isList = true;
                if (t.element.kind == Kind.VALUE) {
                    m.isListOfValues = true;
                    values.get(t.element.schemaKey).inList = true;
                    m.valueType = t.element.name;
                    m.valueMethod = Names.camel(t.element.name) + "List";
                } else if (t.element.kind == Kind.ENUM) {
                    m.listOfEnums = true;
                    m.enumType = t.element.name;
                } else if (t.element.kind == Kind.JSON) {
                    m.listOfJson = true;
                } else if (t.element.kind.lazy() || t.element.kind == Kind.DURATION
                        || t.element.kind == Kind.LIST || t.element.kind == Kind.MAP) {
                    throw new SpecException(where + "." + json + ": a list of " + t.element.kind
                            + " is not supported yet");
                } else {
                    m.listOfPlain = true;
                }
                break;
            case MAP:
                // Absent or null stays empty (the accessor's Optional), as for every other optional member.
                m.isMap = true;
                break;
            case JSON:
                m.isJson = true;
                break;
            default:
                requireWire(wireType, t.stored(), where + "." + json);
                break;
        }
        if (m.required) {
            m.accessorType = m.presentType;
        } else {
            m.accessorType = optionalAccessorType(t);
            m.optionalType = optionalType(t);
        }
        return m;
    }

    private static void requireWire(String wireType, String expected, String where) {
        if (!expected.equals(wireType)) {
            throw new SpecException(where + ": the wire holds it as " + wireType + " but the SDK's type needs "
                    + expected + "; the two schemas do not fit together");
        }
    }

    /**
     * @param schema the documented schema
     * @param sdk the schema the SDK exposes ({@code x-beyondwords-schema}), or null
     * @param r the resource a value or enum found here belongs to; null where none may be found (parameters)
     * @param owner the value type holding it, to name an inline enum
     */
    TypeRef type(Schema schema, Map<String, Object> sdk, ResourceModel r, String owner, String where) {
        if (schema == null) {
            return new TypeRef(Kind.JSON, null, null, "JsonElement", null);
        }
        if (schema.get$ref() != null) {
            String key = ModelUtils.getSimpleRef(schema.get$ref());
            Schema target = api.getComponents().getSchemas().get(key);
            if (target == null) {
                throw new SpecException(where + ": " + schema.get$ref() + " is not a schema of the spec");
            }
            if (sdk == null && target.getProperties() != null) {
                if (r == null) {
                    throw new SpecException(where + ": an object cannot be a parameter");
                }
                String suggested = owner == null ? null
                        : owner + Names.pascal(where.substring(where.lastIndexOf('.') + 1).replace("[]", ""));
                ValueModel v = value(r, key, suggested, where);
                return new TypeRef(Kind.VALUE, v.name, null, v.wireClass, key);
            }
            if (sdk == null && target.getEnum() != null) {
                return enumType(r, Names.pascal(key), target, where);
            }
            return type(target, sdk, r, owner, where);
        }
        String type = sdk != null ? (String) sdk.get("type") : schema.getType();
        String format = sdk != null ? (String) sdk.get("format") : schema.getFormat();
        if (type == null && schema.getTypes() != null && schema.getTypes().size() == 1) {
            type = (String) schema.getTypes().iterator().next();
        }
        if (type == null) {
            return new TypeRef(Kind.JSON, null, null, "JsonElement", null);
        }
        switch (type) {
            case "string":
                if ("date-time".equals(format)) {
                    return new TypeRef(Kind.TIMESTAMP, null, null, "String", null);
                }
                if ("uri".equals(format)) {
                    return new TypeRef(Kind.URI, null, null, "String", null);
                }
                if (sdk == null && schema.getEnum() != null) {
                    return enumType(r, owner + Names.pascal(where.substring(where.lastIndexOf('.') + 1)), schema,
                            where);
                }
                return new TypeRef(Kind.STRING, null, null, "String", null);
            case "integer":
                if (Extensions.milliseconds(schema)) {
                    return new TypeRef(Kind.DURATION, null, null, "Long", null);
                }
                return "int64".equals(format) ? new TypeRef(Kind.LONG, null, null, "Long", null)
                        : new TypeRef(Kind.INT, null, null, "Integer", null);
            case "number":
                if ("double".equals(format)) {
                    return new TypeRef(Kind.DOUBLE, null, null, "Double", null);
                }
                return "float".equals(format) ? new TypeRef(Kind.FLOAT, null, null, "Float", null)
                        : new TypeRef(Kind.DECIMAL, null, null, "BigDecimal", null);
            case "boolean":
                return new TypeRef(Kind.BOOLEAN, null, null, "Boolean", null);
            case "array": {
                Schema items = schema.getItems();
                Map<String, Object> sdkItems = null;
                if (sdk != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> i = (Map<String, Object>) sdk.get("items");
                    sdkItems = i;
                    if (items == null) {
                        items = new Schema();
                    }
                }
                TypeRef element = type(items, sdkItems, r, owner, where + "[]");
                return new TypeRef(Kind.LIST, null, element, "List<" + element.wire + ">", element.schemaKey);
            }
            case "object":
                if (schema.getProperties() != null && sdk == null) {
                    throw new SpecException(where + ": an inline object should have been named by the generator");
                }
                return new TypeRef(Kind.MAP, null, null, "JsonObject", null);
            default:
                throw new SpecException(where + ": unknown type " + type);
        }
    }

    private TypeRef enumType(ResourceModel r, String name, Schema schema, String where) {
        if (r == null) {
            throw new SpecException(where + ": enumerated parameters are not supported yet");
        }
        String explicit = Extensions.type(schema);
        if (explicit != null) {
            name = explicit;
        }
        EnumModel e = enums.get(r.packageName + "." + name);
        if (e != null && !values(e).equals(schema.getEnum().stream().filter(Objects::nonNull).map(String::valueOf)
                .collect(Collectors.toList()))) {
            throw new SpecException(where + ": enumeration " + name + " is declared twice with other values; give one"
                    + " of them " + Extensions.TYPE);
        }
        if (e == null) {
            e = new EnumModel();
            e.packageName = r.packageName;
            e.name = name;
            String description = schema.getDescription() != null ? schema.getDescription() : Names.words(name);
            e.doc = Javadoc.wrap(Javadoc.escape(Javadoc.sentence(description)), DOC_WIDTH);
            for (Object value : schema.getEnum()) {
                if (value == null) {
                    continue;
                }
                EnumModel.Constant c = new EnumModel.Constant();
                c.value = javaString(String.valueOf(value));
                c.text = String.valueOf(value);
                String constant = Names.enumConstant(String.valueOf(value));
                c.name = constant.isEmpty() || !Character.isJavaIdentifierStart(constant.charAt(0))
                        ? "VALUE_" + constant : constant;
                e.constants.add(c);
            }
            enums.put(r.packageName + "." + name, e);
            r.enums.add(e);
        }
        return new TypeRef(Kind.ENUM, name, null, "String", null);
    }

    private static List<String> values(EnumModel e) {
        List<String> values = new ArrayList<>();
        e.constants.forEach(c -> values.add(c.text));
        return values;
    }

    Schema resolve(Schema schema) {
        if (schema != null && schema.get$ref() != null) {
            Schema target = api.getComponents().getSchemas().get(ModelUtils.getSimpleRef(schema.get$ref()));
            return target == null ? schema : target;
        }
        return schema;
    }

    String describe(Schema schema) {
        if (schema.getDescription() != null) {
            return schema.getDescription();
        }
        Schema target = resolve(schema);
        return target.getDescription();
    }

    /** @return the class of an optional accessor's answer: {@code Optional}, or e.g. {@code OptionalInt} */
    static String optionalType(TypeRef t) {
        switch (t.kind) {
            case INT:
                return "OptionalInt";
            case LONG:
                return "OptionalLong";
            case DOUBLE:
                return "OptionalDouble";
            default:
                return "Optional";
        }
    }

    /** @return the type of an optional accessor, e.g. {@code OptionalInt} or {@code Optional<ProjectRef>} */
    static String optionalAccessorType(TypeRef t) {
        String optional = optionalType(t);
        return optional.equals("Optional") ? "Optional<" + t.boxed() + ">" : optional;
    }

    /** @return the text as the inside of a Java string literal */
    static String javaString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
