package org.lmath.grade;

import java.util.List;

/**
 * What `lmath test` prints for a person: PASS/FAIL per test with the reason and the hint,
 * then `N passed, M failed` and the score.
 */
final class TextReport {

    private TextReport() {}

    static String render(List<SubmissionResult> results) {
        StringBuilder text = new StringBuilder();
        long passed = 0, failed = 0;
        double score = 0, maxScore = 0;
        for (SubmissionResult result : results) {
            if (results.size() > 1) text.append("== ").append(result.submission()).append('\n');
            if (result.tests().isEmpty() && result.problem() != null) {
                text.append("FAIL ").append(result.submission()).append(": ").append(result.problem()).append('\n');
            }
            for (TestResult test : result.tests()) {
                if (test.passed()) {
                    text.append("PASS ").append(test.name()).append('\n');
                } else {
                    text.append("FAIL ").append(test.name()).append(": ").append(test.message()).append('\n');
                    if (test.hint() != null) text.append("     hint: ").append(test.hint()).append('\n');
                }
            }
            passed += result.passedCount();
            failed += result.failedCount();
            score += result.score();
            maxScore += result.maxScore();
        }
        text.append(passed).append(" passed, ").append(failed).append(" failed\n");
        text.append("score: ").append(Points.format(score)).append('/').append(Points.format(maxScore)).append(" points\n");
        return text.toString();
    }
}
