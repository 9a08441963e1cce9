package io.beyondwords.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The in-memory body reader must yield exactly what {@code new String(bytes, UTF_8)} (the old path) did. */
class Utf8BodyReaderTest {

    private static String expected(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static String readAll(byte[] bytes, int chunk) throws IOException {
        Buffer source = new Buffer().write(bytes);
        Reader reader = new Utf8BodyReader(source, bytes.length);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[chunk + 3];
        while (true) {
            int n = reader.read(buf, 3, chunk);
            if (n < 0) {
                return sb.toString();
            }
            assertThat(n).isBetween(0, chunk);
            sb.append(buf, 3, n);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 1024, 5000})
    void decodesMultiByteTextSplitAnywhere(int chunk) throws IOException {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 400; i++) {
            sb.append("{\"name\":\"Caf\u00e9 \u2014 \u6f22\u5b57 \uD83C\uDFB5 ").append(i).append("\"},");
        }
        byte[] bytes = sb.append("{}]").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(bytes, chunk)).isEqualTo(expected(bytes));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 1024})
    void dropsALeadingByteOrderMarkOnly(int chunk) throws IOException {
        byte[] bytes = "\uFEFF{\"a\":\"\uFEFF\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(bytes, chunk)).isEqualTo("{\"a\":\"\uFEFF\"}");
        byte[] onlyBom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(onlyBom, chunk)).isEmpty();
    }

    @Test
    void replacesMalformedInputAsStringDecodingDoes() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            for (int chunk : new int[] {1, 2, 5, 1024}) {
                assertThat(readAll(bytes, chunk)).as("round %d chunk %d", round, chunk).isEqualTo(expected(bytes));
            }
        }
        byte[] truncated = {'{', '"', (byte) 0xE6, (byte) 0xBC};
        assertThat(readAll(truncated, 1024)).isEqualTo(expected(truncated));
    }

    @Test
    void keepsTheStartOfABodyReadInOneChunkForAnErrorMessage() throws IOException {
        byte[] bytes = "<html>caf\u00e9</html>".getBytes(StandardCharsets.UTF_8);
        Utf8BodyReader reader = new Utf8BodyReader(new Buffer().write(bytes), bytes.length);

        reader.read(new char[1024], 0, 1024);
        assertThat(reader.reachedEnd()).isFalse();
        assertThat(reader.firstBytes(401, bytes.length)).isEqualTo(bytes);
        assertThat(reader.firstBytes(3, bytes.length)).containsExactly('<', 'h', 't');
        assertThat(reader.read(new char[1024], 0, 1024)).isEqualTo(-1);
        assertThat(reader.reachedEnd()).isTrue();
        assertThat(reader.firstBytes(401, bytes.length)).isEqualTo(bytes);
    }

    @Test
    void theStartIsFollowedByWhatTheSourceStillHoldsUntilASecondChunkIsRead() throws IOException {
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        Utf8BodyReader reader = new Utf8BodyReader(new Buffer().write(bytes), bytes.length);

        assertThat(reader.read(new char[1024], 0, 1024)).isEqualTo(1024);
        assertThat(reader.firstBytes(2000, bytes.length)).isEqualTo(Arrays.copyOf(bytes, 2000));
        reader.read(new char[1024], 0, 1024);
        assertThat(reader.firstBytes(401, bytes.length)).isNull(); // the second chunk was read over it
    }

    @Test
    void aBodyEndingInPartOfACharacterKeepsItsStart() throws IOException {
        byte[] bytes = {'{', '"', (byte) 0xE6, (byte) 0xBC};
        Utf8BodyReader reader = new Utf8BodyReader(new Buffer().write(bytes), bytes.length);

        char[] chars = new char[1024];
        assertThat(reader.read(chars, 0, 1024)).isEqualTo(2);
        assertThat(reader.read(chars, 0, 1024)).isEqualTo(1);
        assertThat(chars[0]).isEqualTo('\uFFFD');
        assertThat(reader.read(chars, 0, 1024)).isEqualTo(-1);
        assertThat(reader.firstBytes(401, bytes.length)).isEqualTo(bytes);
    }
}
