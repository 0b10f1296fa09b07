package org.lmath.grade;

import java.util.List;

/**
 * Gradescope's autograder results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/):
 * {"score", "execution_time", "output", "tests": [{"name", "score", "max_score", "status", "output"}]}.
 * One submission gives exactly that object (what run_autograder writes to
 * /autograder/results/results.json); several give one object mapping each submission to its own.
 */
final class GradescopeReport {

    private GradescopeReport() {}

    static String render(List<SubmissionResult> results) {
        if (results.size() == 1) return object(results.get(0), "") + "\n";
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < results.size(); i++) {
            json.append(i == 0 ? "\n  " : ",\n  ").append(Json.string(results.get(i).submission())).append(": ")
                    .append(object(results.get(i), "  "));
        }
        return json.append(results.isEmpty() ? "}\n" : "\n}\n").toString();
    }

    private static String object(SubmissionResult result, String indent) {
        StringBuilder json = new StringBuilder("{\n");
        json.append(indent).append("  \"score\": ").append(Json.number(result.score())).append(",\n");
        json.append(indent).append("  \"execution_time\": ").append(Json.number(Math.ceil(result.seconds()))).append(",\n");
        json.append(indent).append("  \"output\": ").append(Json.string(summary(result))).append(",\n");
        json.append(indent).append("  \"tests\": [");
        for (int k = 0; k < result.tests().size(); k++) {
            TestResult test = result.tests().get(k);
            json.append(k == 0 ? "\n" : ",\n").append(indent).append("    {\"name\": ").append(Json.string(test.name()))
                    .append(", \"score\": ").append(Json.number(test.points()))
                    .append(", \"max_score\": ").append(Json.number(test.maxPoints()))
                    .append(", \"status\": ").append(Json.string(test.status()))
                    .append(", \"output\": ").append(Json.string(output(test))).append('}');
        }
        json.append(result.tests().isEmpty() ? "]\n" : "\n" + indent + "  ]\n");
        return json.append(indent).append('}').toString();
    }

    /** The text Gradescope shows a student for the whole submission. */
    private static String summary(SubmissionResult result) {
        String counts = result.passedCount() + " passed, " + result.failedCount() + " failed";
        return result.problem() == null ? counts : counts + "\n" + result.problem();
    }

    private static String output(TestResult test) {
        if (test.passed()) return "";
        return test.hint() == null ? test.message() : test.message() + "\nHint: " + test.hint();
    }
}
