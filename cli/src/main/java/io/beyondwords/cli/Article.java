package io.beyondwords.cli;

import io.beyondwords.content.ContentCreateParams;

/**
 * One article of the input, ready to create.
 *
 * @param line the line its record starts on
 * @param sourceId its {@code source_id}, the key that makes its create happen once
 * @param params the create's parameters
 */
record Article(long line, String sourceId, ContentCreateParams params) {
}
