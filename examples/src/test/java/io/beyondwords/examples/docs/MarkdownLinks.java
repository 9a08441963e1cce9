package io.beyondwords.examples.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of Markdown text and the anchors its headings get, as GitHub renders them: an anchor is the heading's
 * text without its Markdown (code spans keep their text, links their label), lower-cased, stripped of every character
 * that is not a letter, a digit, a space, a hyphen or an underscore, with each space turned into a hyphen; a repeated
 * anchor gets {@code -1}, {@code -2}, … in order. HTML {@code id} and {@code name} attributes are anchors too.
 */
final class MarkdownLinks {
    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?"
            + "(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<[a-zA-Z][^>]*\\s(?:id|name)=\"([^\"]+)\"");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    private MarkdownLinks() {
    }

    /** A link found in a file: its target as written, and its line (1-based). */
    record Link(String target, int line) {
    }

    /** @return every inline link, image and link definition outside code blocks and code spans, in order */
    static List<Link> links(List<String> lines) {
        List<Link> links = new ArrayList<>();
        boolean[] code = inCodeBlock(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (code[i]) {
                continue;
            }
            String text = CODE_SPAN.matcher(lines.get(i)).replaceAll("code");
            Matcher inline = INLINE.matcher(text);
            while (inline.find()) {
                links.add(new Link(inline.group(1), i + 1));
            }
            Matcher definition = DEFINITION.matcher(text);
            if (definition.matches()) {
                links.add(new Link(definition.group(1), i + 1));
            }
        }
        return links;
    }

    /** @return the anchors GitHub gives the headings (and HTML ids) of {@code lines} */
    static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean[] code = inCodeBlock(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (code[i]) {
                continue;
            }
            Matcher html = HTML_ANCHOR.matcher(lines.get(i));
            while (html.find()) {
                anchors.add(html.group(1));
            }
            Matcher heading = HEADING.matcher(lines.get(i));
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    /** @return the anchor of a heading whose text is {@code heading}, before de-duplication */
    static String slug(String heading) {
        String text = CODE_SPAN.matcher(heading).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
        text = text.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    private static boolean[] inCodeBlock(List<String> lines) {
        boolean[] code = new boolean[lines.size()];
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (fence == null) {
                Matcher opening = FENCE.matcher(text);
                if (opening.find()) {
                    fence = opening.group(1);
                    code[i] = true;
                }
            } else {
                code[i] = true;
                char c = fence.charAt(0);
                if (text.length() >= fence.length() && text.chars().allMatch(x -> x == c)) {
                    fence = null;
                }
            }
        }
        return code;
    }
}
