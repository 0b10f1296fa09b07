package org.lmath.grade;

import java.util.List;
import java.util.Locale;

/** The formats results are written in (--format); each renders a whole list of submissions. */
public enum ReportFormat {
    TEXT, JSON, GRADESCOPE, JUNIT, CSV;

    /** The format of a --format word, or null when there is none by that name. */
    public static ReportFormat named(String word) {
        for (ReportFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(word)) return format;
        }
        return null;
    }

    public static String names() {
        return "text, json, gradescope, junit, csv";
    }

    public String render(List<SubmissionResult> results) {
        return switch (this) {
            case TEXT -> TextReport.render(results);
            case JSON -> JsonReport.render(results);
            case GRADESCOPE -> GradescopeReport.render(results);
            case JUNIT -> JunitReport.render(results);
            case CSV -> CsvReport.render(results);
        };
    }
}
