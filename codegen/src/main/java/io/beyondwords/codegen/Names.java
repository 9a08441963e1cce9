package io.beyondwords.codegen;

import java.util.Locale;

/** Java names from JSON and spec names, the way the facade spells them. */
final class Names {
    private Names() {
    }

    /** @return {@code source_id} → {@code sourceId}, {@code language.code} → {@code languageCode} */
    static String camel(String jsonName) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : jsonName.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(out.length() == 0 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = out.length() > 0;
            }
        }
        String name = out.toString();
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || isKeyword(name)) {
            name = "_" + name;
        }
        return name;
    }

    /** @return {@code camel} with its first letter upper-case */
    static String pascal(String name) {
        String c = camel(name);
        return Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }

    /** @return the query parameter's own name: its last bracketed part ({@code filter[name]} → {@code name}) */
    static String queryName(String wireName) {
        String name = wireName;
        while (name.endsWith("[]")) {
            name = name.substring(0, name.length() - 2);
        }
        int open = name.lastIndexOf('[');
        if (open >= 0 && name.endsWith("]")) {
            name = name.substring(open + 1, name.length() - 1);
        }
        return camel(name);
    }

    /** @return a plural's singular, for {@code addScope(...)} beside {@code scopes(...)} */
    static String singular(String plural) {
        if (plural.endsWith("ies") && plural.length() > 3) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("sses") || plural.endsWith("xes") || plural.endsWith("ches") || plural.endsWith("shes")) {
            return plural.substring(0, plural.length() - 2);
        }
        if (plural.endsWith("s") && !plural.endsWith("ss")) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural + "Item";
    }

    /** @return {@code BackgroundTrack} → {@code background track} */
    static String words(String typeName) {
        return typeName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /**
     * @return an enumeration's value as a constant's name, every run of other characters a word break:
     *     {@code auto_segment} → {@code AUTO_SEGMENT}, {@code gpt-5.1} → {@code GPT_5_1} (not {@code GPT51}, which
     *     {@code gpt-51} would read as too)
     */
    static String enumConstant(String value) {
        return value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    }

    /** @return {@code BackgroundTrack} → {@code BACKGROUND_TRACK} */
    static String constant(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static boolean isKeyword(String name) {
        return javax.lang.model.SourceVersion.isKeyword(name);
    }
}
