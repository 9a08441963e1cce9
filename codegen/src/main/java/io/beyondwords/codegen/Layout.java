package io.beyondwords.codegen;

import java.util.List;

/** Joins parts of generated code into lines of at most 120 characters, breaking only between parts. */
final class Layout {
    static final int WIDTH = 120;

    private Layout() {
    }

    /**
     * @param parts the parts, in order
     * @param separator between two parts, e.g. {@code ", "} or {@code " && "}; a break comes after its trimmed end
     *     for a comma, before it otherwise
     * @param column where the first part starts on its line
     * @param indent the indentation of continuation lines
     * @return the parts joined, with line breaks where a line would get too long
     */
    static String join(List<String> parts, String separator, int column, String indent) {
        StringBuilder out = new StringBuilder();
        int col = column;
        boolean commaStyle = separator.trim().equals(",");
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i == 0) {
                out.append(part);
                col += part.length();
                continue;
            }
            String glued = separator + part;
            // +2 leaves room for what follows the last part on its line, e.g. ") {"
            if (col + glued.length() + 2 > WIDTH) {
                if (commaStyle) {
                    out.append(separator.trim()).append('\n').append(indent).append(part);
                } else {
                    out.append('\n').append(indent).append(separator.trim()).append(' ').append(part);
                    col = indent.length() + separator.trim().length() + 1 + part.length();
                    continue;
                }
                col = indent.length() + part.length();
            } else {
                out.append(glued);
                col += glued.length();
            }
        }
        return out.toString();
    }
}
