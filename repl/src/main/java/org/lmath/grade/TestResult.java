package org.lmath.grade;

/**
 * One test of one submission.
 *
 * @param message why it failed ("" when it passed)
 * @param hint    the test's hint, shown only when it failed (null when it has none)
 */
public record TestResult(String name, boolean passed, double points, double maxPoints, String message, String hint, double seconds) {

    public String status() {
        return passed ? "passed" : "failed";
    }
}
