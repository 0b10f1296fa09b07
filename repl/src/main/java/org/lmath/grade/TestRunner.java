package org.lmath.grade;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lmath.ast.Position;
import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.error.ErrorFormatter;
import org.lmath.error.ExitRequest;
import org.lmath.error.Interrupted;
import org.lmath.error.LMathError;
import org.lmath.error.SyntaxError;
import org.lmath.error.UnknownName;
import org.lmath.eval.Interpreter;
import org.lmath.plot.PlotSettings;
import org.lmath.sandbox.FileAccess;

/**
 * Runs the tests of one submission: `lmath test FILE` (the file's own tests) or `lmath test
 * FILE --with TEACHER` (the teacher's tests against the names the file defines). The top level
 * and each test run under a time limit; one test's error, endless loop or memory blow-up fails
 * that test only. Only the named files' tests run, never an imported file's. When the top level
 * fails, every test fails with that reason.
 */
public final class TestRunner {

    private final RunOptions options;
    private final PrintStream passThrough;

    /** @param passThrough where the submission's output goes when options do not capture it */
    public TestRunner(RunOptions options, PrintStream passThrough) {
        this.options = options;
        this.passThrough = passThrough;
    }

    /** A teacher's file that does not parse: the grading cannot start (the student is not to blame). */
    public static final class TeacherFileProblem extends Exception {
        public TeacherFileProblem(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads a teacher's test file and checks, once before any submission runs, that it parses: its
     * syntax error is the teacher's to fix, never a student's failure. Each run parses it again
     * into its own interpreter (a few milliseconds), since a run resolves the statements it runs.
     */
    public static Source readTeacher(Path teacher) throws TeacherFileProblem {
        try {
            Source source = SubmissionFile.read(teacher, false);
            org.lmath.parse.SourceParser.parseProgram(source);
            return source;
        } catch (SubmissionFile.Unreadable unreadable) {
            throw new TeacherFileProblem("cannot read the test file " + teacher + ": " + unreadable.getMessage());
        } catch (SyntaxError error) {
            throw new TeacherFileProblem(org.lmath.error.ErrorFormatter.format(error));
        }
    }

    /** The file's own tests. */
    public SubmissionResult run(Path file) {
        return run(file, null);
    }

    /** The teacher's tests (teacher may be null: then the file's own) against the file's names. */
    public SubmissionResult run(Path file, Source teacher) {
        warmUp();
        long start = System.nanoTime();
        CapturedOutput captured = options.captureOutput() ? new CapturedOutput(RunOptions.OUTPUT_LIMIT) : null;
        PrintStream out = captured != null ? new PrintStream(captured, true, StandardCharsets.UTF_8) : passThrough;
        Interpreter interpreter = new Interpreter(out);
        interpreter.session().put(PlotSettings.class, PlotSettings.defaults().forScript(file.toString()).withFolder(options.plots()));
        if (options.sandbox()) {
            List<Path> roots = new ArrayList<>(List.of(file.toAbsolutePath().getParent()));
            if (teacher != null) roots.add(Path.of(teacher.name()).toAbsolutePath().getParent());
            interpreter.session().put(FileAccess.class, new FileAccess(roots, options.plots()));
        }
        Run run = new Run(interpreter, teacher);
        List<TestResult> results = run.all(file);
        out.flush();
        return new SubmissionResult(file.toString(), results, run.problem, captured == null ? "" : captured.text(),
                (System.nanoTime() - start) / 1e9);
    }

    /** One run's state: the interpreter, the tests found and why the top level failed, if it did. */
    private final class Run {
        private final Interpreter interpreter;
        private final Source teacher;
        private final TimeLimit limit = new TimeLimit(options.timeoutSeconds());
        private String problem;
        /** A piece that could not be stopped still runs in the interpreter: nothing else may run in it. */
        private boolean wedged;

        Run(Interpreter interpreter, Source teacher) {
            this.interpreter = interpreter;
            this.teacher = teacher;
        }

        List<TestResult> all(Path file) {
            List<Stmt> teacherProgram = teacher == null ? null : interpreter.parseProgram(teacher);
            List<Stmt.Test> tests = teacherProgram == null ? List.of() : testsOf(teacherProgram);
            Source source;
            try {
                source = SubmissionFile.read(file, options.sandbox());
            } catch (SubmissionFile.Unreadable unreadable) {
                return failAll(tests, "cannot read " + (teacher == null ? file : "your file") + ": " + unreadable.getMessage());
            }
            // Parsing runs under the time limit too, and on the deep stack: a parser bomb is a submission like any other.
            List<List<Stmt>> parsed = new ArrayList<>();
            TimeLimit.Ending parsing = limit.run(interpreter, () -> parsed.add(interpreter.parseProgram(source)));
            if (parsed.isEmpty()) {
                String reason = parsing.timedOut() ? "reading the file " + limit.timedOutMessage() + " (is it very long or very deeply nested?)"
                        : describe(parsing.failure(), "the file could not be read");
                return failAll(tests, (teacher == null ? "" : "your file has a problem: ") + reason);
            }
            List<Stmt> program = parsed.get(0);
            if (teacher == null) tests = testsOf(program);
            String topLevel = runTopLevel(program, teacher == null ? "the file" : "your file");
            if (topLevel == null && teacherProgram != null) {
                interpreter.pushTopLevel();  // the teacher's names over the student's, never replacing them
                topLevel = runTopLevel(teacherProgram, "the test file");
            }
            if (topLevel != null) return failAll(tests, topLevel);
            List<TestResult> results = new ArrayList<>();
            for (Stmt.Test test : tests) {
                if (wedged) {
                    results.add(new TestResult(test.name(), false, 0, test.points(),
                            "not run: an earlier test could not be stopped after its time limit", test.hint(), 0));
                } else {
                    results.add(runTest(test));
                }
            }
            return results;
        }

        /** Null when the top level ran to its end, else the reason every test fails. */
        private String runTopLevel(List<Stmt> program, String whose) {
            TimeLimit.Ending ending = limit.run(interpreter, () -> interpreter.run(program));
            if (ending.timedOut()) return whose + " " + limit.timedOutMessage() + " before the tests ran (an endless loop?)";
            // exit() at the top level ends the script there, as it does when the file runs; the tests then run
            if (ending.failure() == null || ending.failure() instanceof ExitRequest) return null;
            return whose + " stopped with an error before the tests ran: " + describe(ending.failure(), "");
        }

        private TestResult runTest(Stmt.Test test) {
            TimeLimit.Ending ending = limit.run(interpreter, () -> interpreter.runTest(test));
            wedged = ending.leftBehind();
            String message = ending.timedOut() ? limit.timedOutMessage() + " (an endless loop? a loop that never reaches its end?)"
                    : ending.failure() == null ? "" : describe(ending.failure(), "") + excerpt(ending.failure());
            boolean passed = message.isEmpty();
            return new TestResult(test.name(), passed, passed ? test.points() : 0, test.points(), message, test.hint(), ending.seconds());
        }

        private List<TestResult> failAll(List<Stmt.Test> tests, String reason) {
            problem = reason;
            List<TestResult> results = new ArrayList<>();
            for (Stmt.Test test : tests) results.add(new TestResult(test.name(), false, 0, test.points(), reason, test.hint(), 0));
            return results;
        }

        /** A failure in words: a name the teacher's tests use that the student's file lacks is said so. */
        private String describe(Throwable failure, String fallback) {
            if (failure instanceof UnknownName unknown && teacher != null && unknown.position() != null
                    && unknown.position().source().equals(teacher)) {
                return "your file defines no `" + unknown.name() + "`";
            }
            if (failure instanceof Interrupted) return "stopped";
            if (failure instanceof ExitRequest) return "the test called exit(), which ends a program; a test should not";
            if (failure instanceof LMathError error) return error.getMessage() + where(error.position());
            if (failure instanceof OutOfMemoryError) return "out of memory";
            if (failure instanceof StackOverflowError) return "the program ran out of stack space: it nests too deeply";
            return fallback.isEmpty() ? "internal error: " + failure : fallback + " (internal error: " + failure + ")";
        }

        /** The student's line and a caret under the place, on lines of their own, as a script's error shows them. */
        private String excerpt(Throwable failure) {
            if (!(failure instanceof LMathError error) || where(error.position()).isEmpty()) return "";
            String[] report = ErrorFormatter.format(error).split("\n");
            StringBuilder lines = new StringBuilder();
            for (int i = 1; i < Math.min(3, report.length); i++) lines.append('\n').append(report[i]);  // not the call trail
            return lines.toString();
        }

        /** Where an error happened, except inside the teacher's hidden file. */
        private String where(Position position) {
            if (position == null || (teacher != null && position.source().equals(teacher))) return "";
            return " (" + position + ")";
        }
    }

    private static volatile boolean warm;

    /**
     * Starts the tensor library before any clock does: its first use loads native code (0.5 s
     * on an idle machine, several seconds on a busy one), which must not count against the
     * first test's time limit.
     */
    private static void warmUp() {
        if (warm) return;
        java.io.PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        new Interpreter(nowhere).run(new Source("<warm-up>", "x = [[1, 2], [3, 4]]\ny = exp(x @ x)\n"));
        warm = true;
    }

    /** The test blocks at the top level of a program, in order. */
    static List<Stmt.Test> testsOf(List<Stmt> program) {
        List<Stmt.Test> tests = new ArrayList<>();
        for (Stmt statement : program) {
            if (statement instanceof Stmt.Test test) tests.add(test);
        }
        return tests;
    }
}
