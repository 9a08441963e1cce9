package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks the generated code's lines that are longer than 120 characters the way a person would: a comment at a space,
 * continued with the comment's prefix; code after a comma at the outermost open parenthesis, or else after an
 * {@code =}, or else before a binary operator, continued eight columns further in. Templates stay readable, and names of any length still give tidy
 * files.
 */
final class LongLines {
    private LongLines() {
    }

    static String wrap(String source) {
        StringBuilder out = new StringBuilder(source.length() + 256);
        for (String line : source.split("\n", -1)) {
            for (String piece : wrapLine(line)) {
                out.append(piece).append('\n');
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static List<String> wrapLine(String line) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > Layout.WIDTH) {
            int indent = indentOf(rest);
            String trimmed = rest.trim();
            int at;
            String continuation;
            if (trimmed.startsWith("*") || trimmed.startsWith("/**")) {
                at = rest.lastIndexOf(' ', Layout.WIDTH);
                boolean tag = trimmed.startsWith("* @") || trimmed.startsWith("/** @");
                continuation = " ".repeat(indent + (trimmed.startsWith("/**") ? 1 : 0)) + "*" + (tag ? "     " : " ");
                if (at <= indent + 3) {
                    break;
                }
                pieces.add(rest.substring(0, at));
                rest = continuation + rest.substring(at + 1);
                continue;
            }
            at = codeBreak(rest);
            if (at < 0) {
                break;
            }
            continuation = " ".repeat(indent + 8);
            pieces.add(rest.substring(0, at).stripTrailing());
            rest = continuation + rest.substring(at).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    /** @return where to break a code line (after a comma at the first parenthesis level, or after "= "), or -1 */
    private static int codeBreak(String line) {
        // Never at the line's own start: a continuation that begins with an operator must not break before it again.
        int start = indentOf(line) + 1;
        int depth = 0;
        int firstLevel = -1;
        int lastComma = -1;
        int lastOperator = -1;
        int assignment = -1;
        boolean inString = false;
        for (int i = 0; i < line.length() && i < Layout.WIDTH; i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
                if (firstLevel < 0) {
                    firstLevel = depth;
                }
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && (depth == firstLevel || depth == 0) && i + 1 < line.length()
                    && line.charAt(i + 1) == ' ') {
                lastComma = i + 1;
            } else if (c == ' ' && depth <= 1 && i > start && startsOperator(line, i)) {
                lastOperator = i;
            } else if (c == '=' && depth == 0 && i > 0 && line.charAt(i - 1) == ' ' && i + 1 < line.length()
                    && line.charAt(i + 1) == ' ') {
                assignment = i + 1;
            }
        }
        if (lastComma > 0) {
            return lastComma;
        }
        if (assignment > 0) {
            return assignment;
        }
        return lastOperator;
    }

    /** @return whether a binary operator a line may break before ({@code || && ? : +}) starts after position i */
    private static boolean startsOperator(String line, int i) {
        for (String operator : new String[] {" || ", " && ", " ? ", " : ", " + "}) {
            if (line.startsWith(operator, i)) {
                return true;
            }
        }
        return false;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
