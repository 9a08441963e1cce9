package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** Derives what a value type's template says of its members as a whole: the docs, and which members the builder needs. */
final class ValueLayout {
    private ValueLayout() {
    }

    static void apply(ValueModel v) {
        List<String> required = new ArrayList<>();
        for (MemberModel m : v.members) {
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
        v.requiredDoc = required.isEmpty() ? "nothing is required"
                : String.join(", ", required) + (required.size() == 1 ? " is" : " are") + " required";
        v.idMember = v.members.stream().filter(m -> m.jsonName.equals("id")).map(m -> m.name).findFirst()
                .orElse(null);
    }

    private static boolean isPrimitive(String type) {
        return type.equals("int") || type.equals("long") || type.equals("double") || type.equals("float")
                || type.equals("boolean");
    }
}
