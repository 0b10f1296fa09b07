package org.lmath.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lmath.ast.Source;
import org.lmath.grade.AtomicFile;
import org.lmath.grade.Grader;
import org.lmath.grade.ReportFormat;
import org.lmath.grade.RunOptions;
import org.lmath.grade.SubmissionResult;
import org.lmath.grade.TestRunner;

/**
 * `lmath test FILE... [--with TEACHER] [--watch]` and `lmath grade DIR --with TEACHER`: the
 * command-line side of org.lmath.grade (docs/exercises.md). Results go to standard output or
 * --out; progress and messages to standard error.
 */
final class TestCommand {

    /** How often --watch looks at the files' modification times. */
    private static final long WATCH_POLL_MILLIS = 300;

    private final PrintStream out;
    private final PrintStream err;
    private final Path plots;

    TestCommand(PrintStream out, PrintStream err, Path plots) {
        this.out = out;
        this.err = err;
        this.plots = plots;
    }

    int test(GradingArguments arguments) {
        Source teacher = null;
        if (arguments.with() != null) {
            try {
                teacher = TestRunner.readTeacher(Path.of(arguments.with()));
            } catch (TestRunner.TeacherFileProblem problem) {
                err.println("lmath: " + problem.getMessage());
                return Main.SYNTAX_ERROR;
            }
        }
        if (arguments.memory() != null) org.lmath.sandbox.Budget.setMemory(arguments.memory());
        boolean machine = arguments.format() != ReportFormat.TEXT || arguments.out() != null;
        RunOptions options = new RunOptions(arguments.timeoutSeconds(), arguments.sandbox(), machine, plots, arguments.memory());
        TestRunner runner = new TestRunner(options, out);
        if (arguments.watch()) return watch(arguments, runner, teacher);
        List<SubmissionResult> results = runAll(arguments, runner, teacher);
        if (!report(arguments, results)) return Main.RUNTIME_ERROR;
        return results.stream().allMatch(result -> result.failedCount() == 0) ? Main.OK : Main.RUNTIME_ERROR;
    }

    private List<SubmissionResult> runAll(GradingArguments arguments, TestRunner runner, Source teacher) {
        List<SubmissionResult> results = new ArrayList<>();
        for (String file : arguments.files()) results.add(runner.run(Path.of(file), teacher));
        return results;
    }

    int grade(GradingArguments arguments) {
        Path folder = Path.of(arguments.files().get(0));
        if (!Files.isDirectory(folder)) {
            err.println("lmath: " + folder + " is not a folder of submissions");
            return Main.RUNTIME_ERROR;
        }
        Source teacher;
        try {
            teacher = TestRunner.readTeacher(Path.of(arguments.with()));
        } catch (TestRunner.TeacherFileProblem problem) {
            err.println("lmath: " + problem.getMessage());
            return Main.SYNTAX_ERROR;
        }
        boolean terminal = standardErrorIsATerminal();
        Grader.Settings settings = new Grader.Settings(Path.of(arguments.with()), arguments.timeoutSeconds(), arguments.memory(), arguments.jobs());
        List<SubmissionResult> results;
        try {
            results = Grader.grade(folder, settings, teacher, line -> {
                if (terminal) err.print("\r\033[K" + line);
            });
        } catch (IOException error) {
            err.println("lmath: cannot grade " + folder + ": " + error.getMessage());
            return Main.RUNTIME_ERROR;
        } catch (InterruptedException stopped) {
            err.println("lmath: grading stopped");
            return Main.RUNTIME_ERROR;
        }
        if (terminal) err.println();
        // Failed submissions are the grader's normal output, not its failure: it succeeded when it wrote the results.
        return report(arguments, results) ? Main.OK : Main.RUNTIME_ERROR;
    }

    /**
     * Whether standard error is a terminal, so a progress line there is seen and not logged.
     * System.console() answers for standard input and output, which a grader redirects
     * (lmath grade DIR > results.json); on Linux /proc tells about standard error itself.
     */
    private static boolean standardErrorIsATerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException notLinux) {
            return System.console() != null;
        }
    }

    /** Writes the results where asked; false when they could not be written. */
    private boolean report(GradingArguments arguments, List<SubmissionResult> results) {
        String text = arguments.format().render(results);
        if (arguments.out() == null) {
            out.print(text);
            out.flush();
        } else {
            try {
                AtomicFile.write(Path.of(arguments.out()), text);
            } catch (IOException error) {
                err.println("lmath: cannot write " + arguments.out() + ": " + error.getMessage());
                return false;
            }
            err.println(summary(results) + "; results in " + arguments.out());
        }
        return true;
    }

    private static String summary(List<SubmissionResult> results) {
        long passed = results.stream().mapToLong(SubmissionResult::passedCount).sum();
        long failed = results.stream().mapToLong(SubmissionResult::failedCount).sum();
        return passed + " passed, " + failed + " failed";
    }

    /** Runs the tests, then again each time one of the files is saved, until the user stops it (Ctrl-C). */
    private int watch(GradingArguments arguments, TestRunner runner, Source teacher) {
        List<Path> files = new ArrayList<>();
        for (String file : arguments.files()) files.add(Path.of(file));
        if (arguments.with() != null) files.add(Path.of(arguments.with()));
        List<Long> seen = modificationTimes(files);
        while (true) {
            if (arguments.with() != null) {
                try {
                    teacher = TestRunner.readTeacher(Path.of(arguments.with()));  // the tests may have been saved too
                } catch (TestRunner.TeacherFileProblem problem) {
                    err.println("lmath: " + problem.getMessage());
                }
            }
            report(arguments, runAll(arguments, runner, teacher));
            out.println("(watching " + String.join(", ", arguments.files()) + ": save to run the tests again, Ctrl-C to stop)");
            out.flush();
            try {
                while (seen.equals(modificationTimes(files))) Thread.sleep(WATCH_POLL_MILLIS);
            } catch (InterruptedException stopped) {
                return Main.OK;
            }
            seen = modificationTimes(files);
            out.println();
            out.println("--- changed: running the tests again ---");
        }
    }

    private static List<Long> modificationTimes(List<Path> files) {
        List<Long> times = new ArrayList<>();
        for (Path file : files) {
            try {
                times.add(Files.getLastModifiedTime(file).toMillis() ^ Files.size(file) << 20);
            } catch (IOException missing) {
                times.add(-1L);
            }
        }
        return times;
    }
}
