package org.lmath.jupyter;

import java.util.List;

/**
 * A cell that failed, carrying the report the REPL would print (file:line:col, message, source
 * line, caret): the kernel sends it as a Jupyter error. It has no Java stack trace to show, on
 * purpose: the library puts an exception's stack into the reply, and a learner should see lmath's
 * words only.
 */
final class CellError extends RuntimeException {

    private final List<String> lines;

    CellError(String report) {
        super(report.lines().findFirst().orElse("the cell failed"), null, false, false);
        this.lines = report.lines().toList();
    }

    /** The report, one line per entry (Jupyter's traceback). */
    List<String> lines() {
        return lines;
    }
}
