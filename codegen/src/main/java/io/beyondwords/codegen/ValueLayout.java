package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** Lays out the long expressions of a value type (constructor, equality, toString) for its template. */
final class ValueLayout {
    private static final String CONTINUATION = "                ";

    private ValueLayout() {
    }

    static void apply(ValueModel v) {
        List<String> params = new ArrayList<>();
        List<String> wire = new ArrayList<>();
        List<String> build = new ArrayList<>();
        List<String> equal = new ArrayList<>();
        List<String> hash = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (MemberModel m : v.members) {
            params.add(m.storedType + " " + m.storage);
            wire.add(m.fromWire);
            build.add(m.storage);
            if (m.lazy) {
                params.add(m.cacheType + " " + m.name);
                wire.add("null");
                build.add(m.name);
            }
            equal.add(m.lazy && !m.isUri ? "ApiTimestamps.same(" + m.name + ", " + m.storage + ", that." + m.name
                    + ", that." + m.storage + ")" : "Objects.equals(" + m.comparable + ", that." + m.comparable + ")");
            hash.add(m.comparable);
            text.add("\"" + (text.isEmpty() ? "" : ", ") + m.name + "=\" + " + m.comparable);
            if (m.required) {
                required.add("{@code " + m.name + "}");
            }
            m.requiredObject = m.required && !isPrimitive(m.setterType);
            List<String> doc = new ArrayList<>(m.doc);
            if (!doc.isEmpty()) {
                doc.set(0, "@return " + doc.get(0));
            }
            m.accessorDoc = doc;
            m.setterDoc = String.join(" ", m.doc);
        }
        params.add("Map<String, String> additionalProperties");
        params.add("Map<String, String> invalid");
        params.add("ValueFailures failures");
        params.add("Supplier<String> owner");
        params.add("String path");
        wire.add("ApiJson.additionalProperties(m.getUnknownFields())");
        wire.add("ApiJson.additionalProperties(m.getInvalidMembers())");
        wire.add("failures");
        wire.add("owner");
        wire.add("path");
        build.add("JsonTextMaps.copyOf(additionalProperties, \"additionalProperties\")");
        build.add("invalid");
        build.add("failures");
        build.add("owner");
        build.add("path");
        equal.add("additionalProperties.equals(that.additionalProperties)");
        equal.add("invalid.equals(that.invalid)");
        hash.add("additionalProperties");
        hash.add("invalid");
        v.constructorParams = Layout.join(params, ", ", 4 + v.name.length() + 1, "            ");
        v.wireArgs = Layout.join(wire, ", ", 8 + "return new ".length() + v.name.length() + 1, CONTINUATION);
        v.builderArgs = Layout.join(build, ", ", 12 + "return new ".length() + v.name.length() + 1,
                "                    ");
        v.equalsExpr = Layout.join(equal, " && ", 15, CONTINUATION);
        v.hashExpr = Layout.join(hash, ", ", 28, CONTINUATION);
        v.toStringExpr = Layout.join(text, " + ", 21 + v.name.length(), CONTINUATION);
        v.requiredDoc = required.isEmpty() ? "nothing is required"
                : String.join(", ", required) + (required.size() == 1 ? " is" : " are") + " required";
        v.selfId = v.members.stream().filter(m -> m.jsonName.equals("id")).map(m -> m.storage).findFirst()
                .orElse("null");
    }

    private static boolean isPrimitive(String type) {
        return type.equals("int") || type.equals("long") || type.equals("double") || type.equals("float")
                || type.equals("boolean");
    }
}
