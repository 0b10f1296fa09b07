package org.lmath.grade;

import java.util.List;

/**
 * The tests of one submission (one file, or one folder with its own imports).
 *
 * @param submission the file or folder, as the grader names it
 * @param problem    why the submission as a whole failed (it did not parse, it timed out, it
 *                   crashed its JVM...), or null; each of its tests then says so too
 * @param output     what the submission printed, cut to a bounded size
 */
public record SubmissionResult(String submission, List<TestResult> tests, String problem, String output, double seconds) {

    public double score() {
        return tests.stream().mapToDouble(TestResult::points).sum();
    }

    public double maxScore() {
        return tests.stream().mapToDouble(TestResult::maxPoints).sum();
    }

    public long passedCount() {
        return tests.stream().filter(TestResult::passed).count();
    }

    /** Failed tests, and the submission itself when it failed without any test to report it. */
    public long failedCount() {
        long failed = tests.size() - passedCount();
        return failed == 0 && problem != null ? 1 : failed;
    }
}
