package org.lmath.grade;

import java.util.List;
import java.util.Locale;

/**
 * JUnit XML (the form GitHub Classroom and CI servers read): one testsuite per submission, one
 * testcase per test, a failure element with the reason (and the hint) for each failed test, and
 * the points as properties.
 */
final class JunitReport {

    private JunitReport() {}

    static String render(List<SubmissionResult> results) {
        long tests = 0, failures = 0;
        double seconds = 0;
        for (SubmissionResult result : results) {
            tests += Math.max(result.tests().size(), result.failedCount());
            failures += result.failedCount();
            seconds += result.seconds();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"lmath\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" time=\"").append(time(seconds)).append("\">\n");
        for (SubmissionResult result : results) suite(xml, result);
        return xml.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder xml, SubmissionResult result) {
        String name = result.submission();
        xml.append("  <testsuite name=\"").append(escape(name)).append("\" tests=\"")
                .append(Math.max(result.tests().size(), result.failedCount())).append("\" failures=\"").append(result.failedCount())
                .append("\" errors=\"0\" time=\"").append(time(result.seconds())).append("\">\n");
        xml.append("    <properties>\n");
        xml.append("      <property name=\"score\" value=\"").append(Json.number(result.score())).append("\"/>\n");
        xml.append("      <property name=\"max_score\" value=\"").append(Json.number(result.maxScore())).append("\"/>\n");
        xml.append("    </properties>\n");
        if (result.tests().isEmpty() && result.problem() != null) {
            xml.append("    <testcase name=\"(the submission)\" classname=\"").append(escape(name)).append("\" time=\"0\">\n");
            xml.append("      <failure message=\"").append(escape(result.problem())).append("\"/>\n");
            xml.append("    </testcase>\n");
        }
        for (TestResult test : result.tests()) {
            xml.append("    <testcase name=\"").append(escape(test.name())).append("\" classname=\"").append(escape(name))
                    .append("\" time=\"").append(time(test.seconds())).append("\">\n");
            xml.append("      <properties><property name=\"points\" value=\"").append(Json.number(test.points()))
                    .append("\"/><property name=\"max_points\" value=\"").append(Json.number(test.maxPoints())).append("\"/></properties>\n");
            if (!test.passed()) {
                xml.append("      <failure message=\"").append(escape(test.message())).append("\">");
                if (test.hint() != null) xml.append(escape("hint: " + test.hint()));
                xml.append("</failure>\n");
            }
            xml.append("    </testcase>\n");
        }
        if (!result.output().isEmpty()) xml.append("    <system-out>").append(escape(result.output())).append("</system-out>\n");
        xml.append("  </testsuite>\n");
    }

    private static String time(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold at all become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
