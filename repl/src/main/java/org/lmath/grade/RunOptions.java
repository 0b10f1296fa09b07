package org.lmath.grade;

import java.nio.file.Path;

/**
 * How to run a submission's tests.
 *
 * @param timeoutSeconds the time limit for the top level and for each test
 * @param sandbox        whether the file policy of org.lmath.sandbox applies (always, with a teacher's file)
 * @param captureOutput  keep what the submission prints for the report, instead of passing it through
 * @param plots          the folder pictures go to (the only one a sandboxed run may write)
 * @param memory         the memory budget in bytes (--memory; see org.lmath.sandbox.Budget), or null for its default
 */
public record RunOptions(double timeoutSeconds, boolean sandbox, boolean captureOutput, Path plots, Long memory) {

    public static final double DEFAULT_TIMEOUT_SECONDS = 10;

    /** The most a submission's printed output is kept to (the rest is counted, then dropped). */
    static final int OUTPUT_LIMIT = 64 * 1024;

    public RunOptions withSandbox(boolean on) {
        return new RunOptions(timeoutSeconds, on, captureOutput, plots, memory);
    }
}
