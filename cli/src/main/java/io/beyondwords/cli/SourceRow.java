package io.beyondwords.cli;

import java.util.Map;

/**
 * One record of the input as read, before mapping: its first line and its values by column or member name. A value
 * is a {@code String} (CSV) or a Gson {@code JsonElement} (JSON Lines).
 *
 * @param line the line the record starts on, counting from 1
 * @param values the record's values by name, in the file's order
 */
record SourceRow(long line, Map<String, Object> values) {
}
