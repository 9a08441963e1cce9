package io.beyondwords.cli;

import java.io.Closeable;
import java.io.IOException;

/** Records read one at a time from a file, so that memory stays flat whatever the file's size. */
interface RowSource extends Closeable {

    /**
     * The next record.
     *
     * @return the record, or {@code null} at the end of the file
     * @throws RowProblem if this record is malformed; the next call reads the record after it
     * @throws IOException if the file cannot be read
     */
    SourceRow next() throws RowProblem, IOException;
}
