package io.beyondwords.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON Lines: one JSON object per line; blank lines are skipped. */
final class JsonLinesSource implements RowSource {
    private final BufferedReader reader;
    private long lineNumber;

    JsonLinesSource(BufferedReader reader) {
        this.reader = reader;
    }

    @Override
    public SourceRow next() throws RowProblem, IOException {
        String line;
        do {
            line = reader.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(line);
        } catch (JsonParseException e) {
            throw new RowProblem(lineNumber, "not valid JSON");
        }
        if (!parsed.isJsonObject()) {
            throw new RowProblem(lineNumber, "not a JSON object");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : ((JsonObject) parsed).entrySet()) {
            values.put(member.getKey(), member.getValue());
        }
        return new SourceRow(lineNumber, values);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
