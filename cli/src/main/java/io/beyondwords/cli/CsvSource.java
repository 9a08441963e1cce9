package io.beyondwords.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV as RFC 4180 writes it: a header row of column names, then one record per row; fields separated by commas,
 * optionally in double quotes (which may hold commas, line breaks and doubled quotes); lines end in LF or CRLF.
 * Written here rather than taken from a library to keep the tool's jar free of further dependencies; it reads a
 * character at a time, so a record may be as long as it likes while memory holds only that record.
 */
final class CsvSource implements RowSource {
    private final Reader reader;
    private final List<String> header;
    private long lineNumber = 1;
    private int pushedBack = -2;

    private CsvSource(Reader reader, List<String> header) {
        this.reader = reader;
        this.header = header;
    }

    /** Reads the header row; a file without one is refused. */
    static CsvSource open(Reader reader) throws IOException {
        CsvSource source = new CsvSource(reader, List.of());
        List<String> header;
        try {
            header = source.record();
        } catch (RowProblem e) {
            throw new IOException("the CSV header row is malformed: " + e.getMessage());
        }
        if (header == null || header.stream().allMatch(String::isBlank)) {
            throw new IOException("the CSV file has no header row (the first row names the columns)");
        }
        // A byte order mark (as spreadsheets write) is not part of the first column's name.
        List<String> names = header.stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
        CsvSource withHeader = new CsvSource(reader, names);
        withHeader.lineNumber = source.lineNumber;
        return withHeader;
    }

    @Override
    public SourceRow next() throws RowProblem, IOException {
        List<String> fields;
        long start;
        do {
            start = lineNumber;
            fields = record();
            if (fields == null) {
                return null;
            }
        } while (fields.size() == 1 && fields.get(0).isEmpty());
        if (fields.size() != header.size()) {
            throw new RowProblem(start, "has " + fields.size() + " fields, the header has " + header.size());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            values.put(header.get(i), fields.get(i));
        }
        return new SourceRow(start, values);
    }

    /** The fields of the next record, or {@code null} at the end of input. */
    private List<String> record() throws RowProblem, IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        long start = lineNumber;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new RowProblem(start, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',' ) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    lineNumber++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '\r') {
                int next = read();
                if (next != '\n') {
                    pushedBack = next;
                }
                lineNumber++;
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                skipRecord();
                throw new RowProblem(start, "text after a closing quote (a quote inside a field is written \"\")");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** After a malformed record: goes past its line, so that the next record is read from the next line. */
    private void skipRecord() throws IOException {
        int c;
        do {
            c = read();
        } while (c != '\n' && c != -1);
        if (c == '\n') {
            lineNumber++;
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
