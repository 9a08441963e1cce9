package io.beyondwords.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.beyondwords.JsonValue;
import io.beyondwords.content.ContentCreateParams;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a record of the input into an {@link Article}: which column or member feeds which field ({@code --map
 * column=field}; by default a column feeds the field of its own name), and how each field's text is read.
 */
final class ArticleMapping {
    /** The fields an input column can feed; {@code metadata.NAME} feeds one metadata member as a JSON string. */
    static final List<String> FIELDS = List.of("source_id", "title", "body", "summary", "author", "image_url",
            "source_url", "publish_date", "published", "metadata", "voice_id", "title_voice_id", "body_voice_id",
            "summary_voice_id", "language");

    private final Map<String, String> columnToField;
    private final Set<String> ignoredColumns = new TreeSet<>();

    private ArticleMapping(Map<String, String> columnToField) {
        this.columnToField = columnToField;
    }

    /**
     * A mapping from {@code --map} entries.
     *
     * @param entries {@code column=field} pairs
     * @throws CliException (usage) for an entry without {@code =} or naming an unknown field
     */
    static ArticleMapping of(List<String> entries) {
        Map<String, String> columnToField = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new CliException(ExitCodes.USAGE, "--map takes column=field, not '" + entry + "'");
            }
            String field = entry.substring(equals + 1).strip();
            if (!isField(field)) {
                throw new CliException(ExitCodes.USAGE, "--map " + entry + ": unknown field '" + field
                        + "' (fields: " + String.join(", ", FIELDS) + ", metadata.NAME)");
            }
            columnToField.put(entry.substring(0, equals).strip(), field);
        }
        return new ArticleMapping(columnToField);
    }

    private static boolean isField(String name) {
        return FIELDS.contains(name) || name.startsWith("metadata.") && name.length() > "metadata.".length();
    }

    /** Columns seen so far that feed no field. */
    synchronized Set<String> ignoredColumns() {
        return Set.copyOf(ignoredColumns);
    }

    /** The article a record describes, or a problem naming the field at fault. */
    Article article(SourceRow row) throws RowProblem {
        ContentCreateParams.Builder params = ContentCreateParams.builder();
        String sourceId = null;
        for (Map.Entry<String, Object> entry : row.values().entrySet()) {
            String field = columnToField.getOrDefault(entry.getKey(), entry.getKey());
            if (!isField(field)) {
                synchronized (this) {
                    ignoredColumns.add(entry.getKey());
                }
                continue;
            }
            Object value = entry.getValue();
            if (isAbsent(value)) {
                continue;
            }
            try {
                if (field.equals("source_id")) {
                    sourceId = text(value).strip();
                    params.sourceId(sourceId);
                } else {
                    apply(params, field, value);
                }
            } catch (RuntimeException e) {
                throw new RowProblem(row.line(), field + ": " + e.getMessage());
            }
        }
        if (sourceId == null || sourceId.isEmpty()) {
            throw new RowProblem(row.line(), "no source_id (every article needs one; --map COLUMN=source_id)");
        }
        try {
            return new Article(row.line(), sourceId, params.build());
        } catch (RuntimeException e) {
            throw new RowProblem(row.line(), e.getMessage());
        }
    }

    private static void apply(ContentCreateParams.Builder params, String field, Object value) {
        switch (field) {
            case "title" -> params.title(text(value));
            case "body" -> params.body(text(value));
            case "summary" -> params.summary(text(value));
            case "author" -> params.author(text(value));
            case "image_url" -> params.imageUrl(text(value).strip());
            case "source_url" -> params.sourceUrl(text(value).strip());
            case "publish_date" -> params.publishDate(instant(text(value).strip()));
            case "published" -> params.published(bool(text(value).strip()));
            case "language" -> params.language(text(value).strip());
            case "voice_id" -> {
                long id = voiceId(text(value));
                params.titleVoiceId(id).bodyVoiceId(id).summaryVoiceId(id);
            }
            case "title_voice_id" -> params.titleVoiceId(voiceId(text(value)));
            case "body_voice_id" -> params.bodyVoiceId(voiceId(text(value)));
            case "summary_voice_id" -> params.summaryVoiceId(voiceId(text(value)));
            case "metadata" -> metadata(params, value);
            default -> params.putMetadata(field.substring("metadata.".length()),
                    value instanceof JsonElement json ? JsonValue.parse(json.toString()) : JsonValue.of(text(value)));
        }
    }

    private static boolean isAbsent(Object value) {
        return value instanceof JsonElement json ? json.isJsonNull() : ((String) value).isEmpty();
    }

    private static String text(Object value) {
        if (value instanceof JsonElement json) {
            if (!json.isJsonPrimitive()) {
                throw new IllegalArgumentException("expected text, a number or true/false, not " + json);
            }
            return json.getAsString();
        }
        return (String) value;
    }

    private static void metadata(ContentCreateParams.Builder params, Object value) {
        JsonElement json;
        if (value instanceof JsonElement element) {
            json = element;
        } else {
            try {
                json = JsonParser.parseString((String) value);
            } catch (JsonParseException e) {
                throw new IllegalArgumentException("not a JSON object");
            }
        }
        if (!json.isJsonObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        for (Map.Entry<String, JsonElement> member : ((JsonObject) json).entrySet()) {
            params.putMetadata(member.getKey(), JsonValue.parse(member.getValue().toString()));
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw new IllegalArgumentException("not a date: '" + text
                            + "' (expected e.g. 2026-11-30T08:00:00Z or 2026-11-30)");
                }
            }
        }
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false, not '" + text + "'");
        };
    }

    private static long voiceId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a voice id (a whole number): '" + text + "'");
        }
    }
}
