package org.lmath.grade;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Grades one submission in a JVM of its own: the same java and class path as this one, a heap
 * cap, and a hard wall-clock limit after which the process (and anything it started) is
 * killed. Whatever the submission does to its JVM (exhausts the heap, wedges a thread inside a
 * builtin, crashes native code) ends that process only; the grader reads the child's JSON
 * results, or reports why there are none.
 */
final class ChildProcess {

    /** Output kept from a child's standard error, to explain a crash. */
    private static final int ERROR_TEXT_LIMIT = 2000;

    private ChildProcess() {}

    /** What a child reported: its results, or (results null) why it gave none. */
    record Report(SubmissionResult result, String problem, double seconds) {}

    static Report run(Path file, Path teacher, double timeoutSeconds, Long memory, long heapBytes, long wallSeconds, Path work)
            throws IOException, InterruptedException {
        Path plots = Files.createDirectories(work.resolve("plots"));
        Path stdout = work.resolve("stdout.json");
        Path stderr = work.resolve("stderr.txt");
        List<String> command = new ArrayList<>(javaCommand(heapBytes));
        command.addAll(List.of("org.lmath.cli.Main", "--plots", plots.toString(), "test", "--format", "json",
                "--timeout", Double.toString(timeoutSeconds)));
        if (memory != null) command.addAll(List.of("--memory", Long.toString(memory)));
        command.addAll(List.of(file.toAbsolutePath().toString(), "--with", teacher.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        builder.directory(work.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(wallSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!finished) return new Report(null, "killed after " + wallSeconds + " s: the submission did not finish in time", seconds);
        String json = Files.exists(stdout) ? Files.readString(stdout, StandardCharsets.UTF_8) : "";
        try {
            List<SubmissionResult> results = JsonReport.read(json);
            if (results.size() == 1) return new Report(results.get(0), null, seconds);
        } catch (RuntimeException unreadable) {
            // falls through: the child died before writing its results
        }
        return new Report(null, "the submission crashed its grading process (exit status " + process.exitValue() + ")"
                + explanation(stderr), seconds);
    }

    private static String explanation(Path stderr) throws IOException {
        if (!Files.exists(stderr)) return "";
        String text = Files.readString(stderr, StandardCharsets.UTF_8).strip();
        if (text.contains("OutOfMemoryError")) return ": it ran out of memory";
        if (text.isEmpty()) return "";
        return ": " + (text.length() > ERROR_TEXT_LIMIT ? text.substring(0, ERROR_TEXT_LIMIT) + "..." : text);
    }

    /** java, this JVM's own options (less its heap size and anything that records or debugs), a heap cap, the class path. */
    static List<String> javaCommand(long heapBytes) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-agentlib") || option.startsWith("-javaagent")
                    || option.contains("ArchiveClassesAtExit") || option.contains("AOTMode") || option.contains("AOTCacheOutput")
                    || option.contains("AOTConfiguration") || option.startsWith("-XX:MaxRAM")) {
                continue;
            }
            command.add(option);
        }
        command.add("-Xmx" + (heapBytes >> 20) + "m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
