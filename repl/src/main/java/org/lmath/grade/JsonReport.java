package org.lmath.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * lmath's own JSON results (--format json, the default of `lmath grade`), and the form a child
 * process hands its results back in:
 * {"submissions": [{"file", "score", "max_score", "passed", "failed", "seconds", "problem",
 * "output", "tests": [{"name", "status", "points", "max_points", "message", "hint", "seconds"}]}],
 * "totals": {"submissions", "score", "max_score", "mean_score"}}.
 */
final class JsonReport {

    private JsonReport() {}

    static String render(List<SubmissionResult> results) {
        StringBuilder json = new StringBuilder("{\n  \"submissions\": [");
        double score = 0, maxScore = 0;
        for (int i = 0; i < results.size(); i++) {
            SubmissionResult result = results.get(i);
            json.append(i == 0 ? "\n" : ",\n");
            json.append("    {\"file\": ").append(Json.string(result.submission()))
                    .append(", \"score\": ").append(Json.number(result.score()))
                    .append(", \"max_score\": ").append(Json.number(result.maxScore()))
                    .append(", \"passed\": ").append(result.passedCount())
                    .append(", \"failed\": ").append(result.failedCount())
                    .append(", \"seconds\": ").append(Json.number(result.seconds()))
                    .append(", \"problem\": ").append(Json.string(result.problem()))
                    .append(", \"output\": ").append(Json.string(result.output()))
                    .append(",\n     \"tests\": [");
            for (int k = 0; k < result.tests().size(); k++) {
                TestResult test = result.tests().get(k);
                json.append(k == 0 ? "\n" : ",\n");
                json.append("       {\"name\": ").append(Json.string(test.name()))
                        .append(", \"status\": ").append(Json.string(test.status()))
                        .append(", \"points\": ").append(Json.number(test.points()))
                        .append(", \"max_points\": ").append(Json.number(test.maxPoints()))
                        .append(", \"message\": ").append(Json.string(test.message()))
                        .append(", \"hint\": ").append(Json.string(test.hint()))
                        .append(", \"seconds\": ").append(Json.number(test.seconds())).append('}');
            }
            json.append(result.tests().isEmpty() ? "]}" : "\n     ]}");
            score += result.score();
            maxScore += result.maxScore();
        }
        json.append(results.isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"totals\": {\"submissions\": ").append(results.size())
                .append(", \"score\": ").append(Json.number(score))
                .append(", \"max_score\": ").append(Json.number(maxScore))
                .append(", \"mean_score\": ").append(Json.number(results.isEmpty() ? 0 : score / results.size()))
                .append("}\n}\n");
        return json.toString();
    }

    /** The submissions of a JSON results text (what a child process wrote). */
    @SuppressWarnings("unchecked")
    static List<SubmissionResult> read(String text) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(text);
        List<SubmissionResult> results = new ArrayList<>();
        for (Object item : (List<Object>) root.get("submissions")) {
            Map<String, Object> submission = (Map<String, Object>) item;
            List<TestResult> tests = new ArrayList<>();
            for (Object testItem : (List<Object>) submission.get("tests")) {
                Map<String, Object> test = (Map<String, Object>) testItem;
                tests.add(new TestResult((String) test.get("name"), "passed".equals(test.get("status")),
                        (Double) test.get("points"), (Double) test.get("max_points"), (String) test.get("message"),
                        (String) test.get("hint"), (Double) test.get("seconds")));
            }
            results.add(new SubmissionResult((String) submission.get("file"), tests, (String) submission.get("problem"),
                    (String) submission.get("output"), (Double) submission.get("seconds")));
        }
        return results;
    }
}
