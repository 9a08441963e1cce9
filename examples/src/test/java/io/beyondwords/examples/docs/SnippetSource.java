package io.beyondwords.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Java block turned into a source file. A block that declares a top-level type is a whole compilation unit and is
 * compiled as written. Any other block is statements, as a user would paste them into a method: its {@code import}
 * lines go to the top, the rest into {@code run()}, which declares {@code client} (a client of a fresh stand-in),
 * {@code project} (the stand-in's default project) and {@code standIn} unless the block declares them itself, with
 * every exported package of the SDK and the testkit imported.
 *
 * @param className the class the source declares
 * @param source the source text
 * @param unit whether the block was a whole compilation unit
 * @param parameters which of {@code client}, {@code project}, {@code standIn} {@code run} takes
 */
record SnippetSource(String className, String source, boolean unit, List<String> parameters) {
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "^(?:public |final |abstract |sealed )*(?:class|interface|record|enum) (\\w+)", Pattern.MULTILINE);

    /** The context a statement block may use, as {@code type name}. */
    static final List<String> CONTEXT = List.of("BeyondWordsClient client", "long project",
            "BeyondWordsStandIn standIn");

    /** @return the source for {@code block}, its class named {@code fallbackName} unless it declares a type */
    static SnippetSource of(CodeBlock block, String fallbackName, List<String> imports) {
        String code = block.code();
        Matcher type = TOP_LEVEL_TYPE.matcher(code);
        if (type.find()) {
            return new SnippetSource(type.group(1), code, true, List.of());
        }
        List<String> ownImports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : block.lines()) {
            (line.startsWith("import ") ? ownImports : body).add(line);
        }
        List<String> parameters = new ArrayList<>();
        for (String variable : CONTEXT) {
            String[] typeAndName = variable.split(" ");
            boolean declared = Pattern.compile("\\b" + typeAndName[0] + "\\s+" + typeAndName[1] + "\\s*[=;)]")
                    .matcher(code).find();
            if (!declared) {
                parameters.add(variable);
            }
        }
        String source = String.join("\n", ownImports) + "\n"
                + imports.stream().map(p -> "import " + p + ".*;").collect(Collectors.joining("\n")) + "\n\n"
                + "// " + block.where() + "\n"
                + "public class " + fallbackName + " {\n"
                + "    public static void run(" + String.join(", ", parameters) + ") throws Exception {\n"
                + body.stream().map(l -> l.isEmpty() ? l : "        " + l).collect(Collectors.joining("\n"))
                + "\n    }\n}\n";
        return new SnippetSource(fallbackName, source, false, List.copyOf(parameters));
    }
}
