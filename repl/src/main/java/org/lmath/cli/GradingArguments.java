package org.lmath.cli;

import java.util.ArrayList;
import java.util.List;

import org.lmath.grade.ReportFormat;
import org.lmath.grade.RunOptions;

/**
 * The words after `lmath test` or `lmath grade`: files (or the folder) and options, in any order.
 * problem is null when they make sense, else what is wrong, in words.
 */
record GradingArguments(List<String> files, String with, ReportFormat format, String out, double timeoutSeconds,
                        Long memory, int jobs, boolean sandbox, boolean watch, String problem) {

    static GradingArguments parse(List<String> words, boolean grading) {
        List<String> files = new ArrayList<>();
        String with = null, out = null;
        ReportFormat format = grading ? ReportFormat.JSON : ReportFormat.TEXT;
        double timeout = RunOptions.DEFAULT_TIMEOUT_SECONDS;
        Long memory = null;
        int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
        boolean sandbox = false, watch = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                files.add(word);
                continue;
            }
            if (word.equals("--sandbox")) { sandbox = true; continue; }
            if (word.equals("--watch") && !grading) { watch = true; continue; }
            if (i + 1 == words.size() || !List.of("--with", "--format", "--out", "--timeout", "--memory", "--jobs").contains(word)) {
                return failure(List.of("--with", "--format", "--out", "--timeout", "--memory", "--jobs").contains(word)
                        ? word + " needs a value" : "unknown option '" + word + "' for lmath " + (grading ? "grade" : "test"));
            }
            String value = words.get(++i);
            switch (word) {
                case "--with" -> with = value;
                case "--out" -> out = value;
                case "--format" -> {
                    format = ReportFormat.named(value);
                    if (format == null) return failure("unknown format '" + value + "'; the formats are " + ReportFormat.names());
                }
                case "--timeout" -> {
                    Double seconds = positive(value);
                    if (seconds == null) return failure("--timeout needs a number of seconds above 0, like --timeout 10");
                    timeout = seconds;
                }
                case "--memory" -> {
                    memory = MemoryOption.parse(value);
                    if (memory == null) return failure("--memory needs a size in bytes, such as --memory 512m or --memory 2g");
                }
                default -> {
                    Double count = positive(value);
                    if (count == null || count != Math.rint(count)) return failure("--jobs needs a whole number above 0, like --jobs 2");
                    jobs = count.intValue();
                }
            }
        }
        if (grading && files.size() != 1) return failure("lmath grade needs one folder of submissions: lmath grade DIR --with teacher.lmath");
        if (grading && with == null) return failure("lmath grade needs the teacher's tests: lmath grade DIR --with teacher.lmath");
        if (!grading && files.isEmpty()) return failure("lmath test needs at least one file: lmath test FILE.lmath ...");
        if (with != null && files.size() > 1 && !grading) return failure("lmath test --with grades one file; for a folder, use lmath grade DIR --with " + with);
        if (watch && format != ReportFormat.TEXT) return failure("--watch shows results as text; leave out --format");
        return new GradingArguments(files, with, format, out, timeout, memory, jobs, sandbox || with != null, watch, null);
    }

    /** The same, sandboxed (`lmath --sandbox test FILE`). */
    GradingArguments withSandbox() {
        return new GradingArguments(files, with, format, out, timeoutSeconds, memory, jobs, true, watch, problem);
    }

    private static Double positive(String text) {
        try {
            double value = Double.parseDouble(text);
            return value > 0 && Double.isFinite(value) ? value : null;
        } catch (NumberFormatException error) {
            return null;
        }
    }

    private static GradingArguments failure(String problem) {
        return new GradingArguments(List.of(), null, ReportFormat.TEXT, null, 0, null, 1, false, false, problem);
    }
}
