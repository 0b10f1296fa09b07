package org.lmath.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.error.ErrorFormatter;
import org.lmath.error.ExitRequest;
import org.lmath.error.LMathError;
import org.lmath.error.SyntaxError;
import org.lmath.eval.Interpreter;
import org.lmath.jupyter.KernelCommand;
import org.lmath.jupyter.NotebookCommand;
import org.lmath.parse.SourceFiles;
import org.lmath.parse.SourceParser;
import org.lmath.tensor.NativeStart;
import org.lmath.plot.PlotOutput;
import org.lmath.plot.PlotSettings;
import org.lmath.repl.Repl;
import org.lmath.sandbox.Budget;
import org.lmath.sandbox.FileAccess;

/** The lmath command: `lmath` (the REPL), `lmath FILE.lmath`, `lmath test FILE...`, `lmath --help`, `lmath --version`. */
public final class Main {

    static final int OK = 0;
    static final int RUNTIME_ERROR = 1;
    static final int SYNTAX_ERROR = 2;

    /** Deep recursion in user code needs a deep Java stack: the program runs on a thread with this much. */
    private static final long STACK_BYTES = 1L << 29;

    private final PrintStream out;
    private final PrintStream err;
    private boolean debug;
    private boolean sandbox;
    private PlotOptions plotOptions;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] arguments) throws InterruptedException {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int[] status = new int[1];
        Thread runner = new Thread(null, () -> status[0] = new Main(out, err).run(arguments), "lmath", STACK_BYTES);
        runner.start();
        runner.join();
        out.flush();
        System.exit(status[0]);
    }

    int run(String[] arguments) {
        plotOptions = PlotOptions.extract(arguments);
        if (plotOptions.problem() != null) {
            err.println("lmath: " + plotOptions.problem());
            return SYNTAX_ERROR;
        }
        MemoryOption memory = MemoryOption.extract(plotOptions.rest());
        if (memory.problem() != null) {
            err.println("lmath: " + memory.problem());
            return SYNTAX_ERROR;
        }
        if (memory.bytes() != null) Budget.setMemory(memory.bytes());
        CommandLine command = CommandLine.parse(memory.rest());
        debug = command.debug();
        sandbox = command.sandbox();
        switch (command.mode()) {
            case HELP:
                if (command.problem() != null) {
                    err.println("lmath: " + command.problem());
                    err.println("Try 'lmath --help'.");
                    return SYNTAX_ERROR;
                }
                out.print(usage());
                return OK;
            case VERSION:
                out.println("lmath " + version());
                return OK;
            case NO_FILE:
                return Repl.start(out, err, version(), plotOptions::settingsForRepl);
            case TEST:
            case GRADE:
                return testOrGrade(command);
            case EXERCISES:
            case EXERCISE:
                return new ExerciseCommand(out, err, plotOptions.settings("exercise").folder(), Path.of("")).run(command.mode() == CommandLine.Mode.EXERCISES, command.files());
            case LESSONS:
            case LESSON:
                return new LessonCommand(out, err, this::runScript).run(command.mode() == CommandLine.Mode.LESSONS, command.files());
            case KERNEL:
                return KernelCommand.run(command.files(), version(), out, err);
            case NOTEBOOK:
                return NotebookCommand.run(command.files(), out, err);
            default:
                return runScript(command.files().get(0), command.scriptArguments());
        }
    }

    private int runScript(String file, List<String> scriptArguments) {
        Source source;
        try {
            source = read(file);
        } catch (IOException error) {
            return cannotRead(file, error);
        }
        return runScript(source, scriptArguments);
    }

    /** Runs a script's text (a file, a lesson); the exit status as the usage says. */
    int runScript(Source source, List<String> scriptArguments) {
        String file = source.name();
        FutureTask<List<Stmt>> parsing = parseInBackground(source);
        NativeStart.beforeScript(source);
        Interpreter interpreter = newInterpreter(file);
        if (sandbox) {
            interpreter.session().put(FileAccess.class, new FileAccess(List.of(Path.of(file).toAbsolutePath().getParent()),
                    interpreter.session().find(PlotSettings.class).folder()));
        }
        interpreter.setScriptArguments(scriptArguments);
        try {
            interpreter.run(source, parsed(parsing));
            String unwritten = PlotOutput.unwrittenFigureNote(interpreter.session(), file);
            if (unwritten != null) out.println(unwritten);
            PlotOutput.awaitWindows(interpreter.session());  // with --show, the script ends when its windows are closed
            return OK;
        } catch (InterruptedException stopped) {
            return OK;
        } catch (SyntaxError error) {
            report(error);
            return SYNTAX_ERROR;
        } catch (LMathError error) {
            report(error);
            return RUNTIME_ERROR;
        } catch (ExitRequest exit) {
            return exit.status();  // exit(n), as Python's sys.exit(n)
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
            reportBug(bug);
            return RUNTIME_ERROR;
        }
    }

    private int testOrGrade(CommandLine command) {
        boolean grading = command.mode() == CommandLine.Mode.GRADE;
        GradingArguments arguments = GradingArguments.parse(command.files(), grading);
        if (arguments.problem() != null) {
            err.println("lmath: " + arguments.problem());
            err.println("Try 'lmath --help'.");
            return SYNTAX_ERROR;
        }
        arguments = command.sandbox() ? arguments.withSandbox() : arguments;
        TestCommand tests = new TestCommand(out, err, plotOptions.settings("test").folder());
        return grading ? tests.grade(arguments) : tests.test(arguments);
    }

    /**
     * Parses the script on a second thread while this one declares the builtins (each takes
     * tens of milliseconds in a cold JVM, on Java 17 most), so that the two overlap.
     */
    private static FutureTask<List<Stmt>> parseInBackground(Source source) {
        FutureTask<List<Stmt>> parsing = new FutureTask<>(() -> SourceParser.parseProgram(source));
        Thread thread = new Thread(null, parsing, "lmath-parse", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return parsing;
    }

    /** The parsed program, or what the parse threw (a syntax error), thrown here. */
    private static List<Stmt> parsed(FutureTask<List<Stmt>> parsing) throws InterruptedException {
        try {
            return parsing.get();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }

    /** A session for one file, its plots named after it and going where the plot options say. */
    private Interpreter newInterpreter(String file) {
        Interpreter interpreter = new Interpreter(out);
        interpreter.session().put(PlotSettings.class, plotOptions.settings(file));
        return interpreter;
    }

    private static Source read(String file) throws IOException {
        return new Source(file, SourceFiles.read(Path.of(file)));
    }

    private int cannotRead(String file, IOException error) {
        out.flush();
        String reason = error instanceof NoSuchFileException ? "no such file" : error.getMessage();
        err.println("lmath: cannot read " + file + ": " + reason);
        return RUNTIME_ERROR;
    }

    private void report(LMathError error) {
        out.flush();
        err.println(ErrorFormatter.format(error));
        if (debug) error.printStackTrace(err);
    }

    private void reportBug(Throwable bug) {
        out.flush();
        err.println("lmath: internal error: " + bug + (debug ? "" : " (run with --debug to see where)"));
        if (debug) bug.printStackTrace(err);
    }

    static String version() {
        try (InputStream stream = Main.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (stream != null) properties.load(stream);
            return properties.getProperty("version", "unknown");
        } catch (IOException error) {
            return "unknown";
        }
    }

    static String usage() {
        return """
                lmath — a language for the math behind LLMs: tensors, gradients, plots.

                Usage:
                  lmath                        the interactive prompt (docs/repl.md); with standard
                                               input from a pipe or file, runs its lines quietly
                  lmath FILE.lmath [ARGS...]   run a script
                  lmath test FILE.lmath...     run the test "name" { ... } blocks of each file: PASS/FAIL,
                                               hints, the score (docs/exercises.md)
                  lmath test FILE --with TESTS run the tests of TESTS against FILE's names, sandboxed
                      options: --format text|json|gradescope|junit|csv  --out FILE  --timeout S
                               --memory N  --sandbox  --watch (run again on each save)
                  lmath grade DIR --with TESTS grade every .lmath file (or sub-folder) of DIR, each in
                                               its own JVM; options as for test, plus --jobs N
                  lmath exercises              list the exercises; lmath exercise N copies one here,
                                               lmath exercise N --check runs its tests against it
                  lmath lessons                list the lessons; lmath lesson N runs one,
                                               lmath lesson N --print shows its source
                  lmath kernel install [--user | --prefix DIR]
                                               make lmath a Jupyter kernel (docs/jupyter.md)
                  lmath notebook FILE.lmath    print the script as a Jupyter notebook (.ipynb)
                  lmath notebook --lessons DIR, --exercises DIR
                                               write every lesson or exercise as a notebook
                  lmath --help                 show this help
                  lmath --version              show the version

                Options (before the file):
                  --debug                      show Java stack traces for internal errors
                  --sandbox                    imports only from the script's folder, pictures only
                                               into the plots folder (docs/exercises.md)
                  --plots DIR                  where show() writes its pictures (default: plots)
                  --show                       show() opens a window instead of writing a file
                  --term                       show() also draws the plot in the terminal (braille)
                  --memory N                   the memory budget of the program (512m, 2g; default:
                                               the JVM's heap); one tensor, string or list may take half

                Exit status: 0 success, 1 runtime error or failed test, 2 syntax error;
                with piped input, 1 when any entry failed.
                The language: docs/language.md. Examples: examples/.
                """;
    }
}
