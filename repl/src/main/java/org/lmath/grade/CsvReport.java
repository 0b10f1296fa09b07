package org.lmath.grade;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One row per submission, for a spreadsheet or a learning platform's grade import:
 * file, score, max_score, passed, failed, the points of each test (a column per test name,
 * in order of first appearance), problem. Quoted as RFC 4180 says.
 */
final class CsvReport {

    private CsvReport() {}

    static String render(List<SubmissionResult> results) {
        Set<String> testNames = new LinkedHashSet<>();
        for (SubmissionResult result : results) {
            for (TestResult test : result.tests()) testNames.add(test.name());
        }
        StringBuilder csv = new StringBuilder("file,score,max_score,passed,failed");
        for (String name : testNames) csv.append(',').append(quote(name));
        csv.append(",problem\r\n");
        for (SubmissionResult result : results) {
            csv.append(quote(result.submission())).append(',').append(Json.number(result.score())).append(',')
                    .append(Json.number(result.maxScore())).append(',').append(result.passedCount()).append(',').append(result.failedCount());
            for (String name : testNames) {
                csv.append(',');
                result.tests().stream().filter(test -> test.name().equals(name)).findFirst()
                        .ifPresent(test -> csv.append(Json.number(test.points())));
            }
            csv.append(',').append(quote(result.problem() == null ? "" : result.problem())).append("\r\n");
        }
        return csv.toString();
    }

    private static String quote(String field) {
        // A leading = + - @ would make a spreadsheet run the field as a formula (CSV injection): quote it with a '.
        String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        if (safe.matches("[^,\"\r\n]*")) return safe;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
