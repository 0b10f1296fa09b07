package org.lmath.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.parse.SourceParser;

/**
 * `lmath grade DIR --with teacher.lmath`: every submission in DIR graded in a child JVM of its
 * own ({@link ChildProcess}), jobs of them at a time, results in the folder's order. A
 * submission whose child gives no results (killed, crashed) fails each of the teacher's tests
 * with the reason; the grader itself always finishes.
 */
public final class Grader {

    /** The default heap of a child JVM, and the bounds of one sized from --memory. */
    static final long DEFAULT_HEAP_BYTES = 1L << 30;
    private static final long MIN_HEAP_BYTES = 256L << 20;
    private static final long MAX_HEAP_BYTES = 8L << 30;
    /** Seconds a child may take beyond its tests' time limits: JVM start (about 1 s), parsing, reporting. */
    private static final long START_SECONDS = 30;

    /**
     * @param memory the memory budget in bytes forwarded to each child (--memory), or null; it is also the child's heap
     */
    public record Settings(Path teacher, double timeoutSeconds, Long memory, int jobs) {

        long heapBytes() {
            if (memory == null) return DEFAULT_HEAP_BYTES;
            return Math.max(MIN_HEAP_BYTES, Math.min(MAX_HEAP_BYTES, memory));
        }
    }

    private Grader() {}

    /** Grades the folder; progress hears "done of total, last submission's line" after each submission. */
    public static List<SubmissionResult> grade(Path folder, Settings settings, Source teacher, Consumer<String> progress)
            throws IOException, InterruptedException {
        List<Submissions.Submission> submissions = Submissions.in(folder, settings.teacher());
        List<Stmt.Test> tests = TestRunner.testsOf(SourceParser.parseProgram(teacher));
        // Every child may spend the time limit on its top level, on the teacher's, and on each test, plus a grace each.
        long wallSeconds = (long) Math.ceil((settings.timeoutSeconds() + 3) * (tests.size() + 2)) + START_SECONDS;
        Path work = Files.createTempDirectory("lmath-grade");
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs());
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<SubmissionResult>> futures = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                Submissions.Submission submission = submissions.get(i);
                Path childWork = Files.createDirectories(work.resolve("submission-" + i));
                futures.add(pool.submit(() -> {
                    SubmissionResult result = gradeOne(submission, settings, tests, wallSeconds, childWork);
                    progress.accept(done.incrementAndGet() + "/" + submissions.size() + " graded (" + submission.name() + ": "
                            + Points.format(result.score()) + "/" + Points.format(result.maxScore()) + ")");
                    return result;
                }));
            }
            List<SubmissionResult> results = new ArrayList<>();
            for (Future<SubmissionResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException bug) {
                    throw new IOException("grading failed: " + bug.getCause(), bug.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
            deleteTree(work);
        }
    }

    private static SubmissionResult gradeOne(Submissions.Submission submission, Settings settings, List<Stmt.Test> tests,
                                             long wallSeconds, Path work) throws IOException, InterruptedException {
        if (submission.file() == null) return failed(submission.name(), tests, submission.problem(), 0);
        ChildProcess.Report report = ChildProcess.run(submission.file(), settings.teacher(), settings.timeoutSeconds(),
                settings.memory(), settings.heapBytes(), wallSeconds, work);
        if (report.result() == null) return failed(submission.name(), tests, report.problem(), report.seconds());
        SubmissionResult child = report.result();
        return new SubmissionResult(submission.name(), child.tests(), child.problem(), child.output(), report.seconds());
    }

    private static SubmissionResult failed(String name, List<Stmt.Test> tests, String problem, double seconds) {
        List<TestResult> results = new ArrayList<>();
        for (Stmt.Test test : tests) results.add(new TestResult(test.name(), false, 0, test.points(), problem, test.hint(), 0));
        return new SubmissionResult(name, results, problem, "", seconds);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException leftBehind) {
            // a temporary folder left behind is not worth failing a finished grading for
        }
    }
}
