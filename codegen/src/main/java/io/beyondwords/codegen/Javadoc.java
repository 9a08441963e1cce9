package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** Text from the spec made safe and tidy for Javadoc: HTML and tag characters escaped, wrapped to a width. */
final class Javadoc {
    private Javadoc() {
    }

    /** @return the text with the characters Javadoc would read as markup escaped */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.trim().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;")
                .replaceAll("\\s+", " ");
    }

    /**
     * @param text already escaped text
     * @param width the longest line
     * @return the text in lines of at most {@code width} characters (a longer word stands alone)
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** @return the text as a sentence: capitalised, ending in a full stop */
    static String sentence(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** @return the text as a clause to follow "@return": lower-case first letter, no final full stop */
    static String clause(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return t;
        }
        if (t.endsWith(".") && t.indexOf(". ") < 0) {
            t = t.substring(0, t.length() - 1);
        }
        boolean acronym = t.length() > 1 && Character.isUpperCase(t.charAt(1));
        return acronym ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}
