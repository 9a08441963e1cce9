package io.beyondwords.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.StandInContent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** One in-process run of the tool against a stand-in, and what it printed. Retry waits are not slept. */
record CliRun(int exitCode, String out, String err) {

    static CliRun against(BeyondWordsStandIn standIn, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(env(standIn), new PrintWriter(out, true), new PrintWriter(err, true),
                false, builder -> builder.sleeper(delay -> { }));
        int code = BeyondWordsCommand.run(args, context);
        return new CliRun(code, out.toString(), err.toString());
    }

    static Map<String, String> env(BeyondWordsStandIn standIn) {
        return Map.of("BEYONDWORDS_API_KEY", standIn.apiKey(), "BEYONDWORDS_BASE_URL", standIn.baseUrl());
    }

    JsonObject summary() {
        return JsonParser.parseString(out).getAsJsonObject();
    }

    long count(String member) {
        return summary().get(member).getAsLong();
    }

    /** How many items the stand-in holds per source id, for those held more than once. */
    static Map<String, Long> duplicates(BeyondWordsStandIn standIn, long project) {
        return standIn.content(project).stream()
                .collect(Collectors.groupingBy(StandInContent::sourceId, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
