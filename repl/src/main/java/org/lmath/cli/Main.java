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

import org.lmath.ast.Source;
import org.lmath.error.ErrorFormatter;
import org.lmath.error.LMathError;
import org.lmath.error.SyntaxError;
import org.lmath.eval.Interpreter;
import org.lmath.eval.TestOutcome;
import org.lmath.plot.PlotOutput;
import org.lmath.plot.PlotSettings;
import org.lmath.repl.Repl;

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
        CommandLine command = CommandLine.parse(plotOptions.rest());
        debug = command.debug();
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
                return runTests(command.files());
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
        Interpreter interpreter = newInterpreter(file);
        interpreter.setScriptArguments(scriptArguments);
        try {
            interpreter.run(source);
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
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
            reportBug(bug);
            return RUNTIME_ERROR;
        }
    }

    private int runTests(List<String> files) {
        int passed = 0, failed = 0;
        for (String file : files) {
            Source source;
            try {
                source = read(file);
            } catch (IOException error) {
                cannotRead(file, error);
                failed++;
                continue;
            }
            try {
                for (TestOutcome outcome : newInterpreter(file).runTests(source)) {
                    if (outcome.passed()) {
                        out.println("PASS " + outcome.name());
                        passed++;
                    } else {
                        LMathError error = outcome.error();
                        String where = error.position() == null ? "" : " (" + error.position() + ")";
                        out.println("FAIL " + outcome.name() + ": " + error.getMessage() + where);
                        failed++;
                    }
                }
            } catch (LMathError error) {
                report(error);
                failed++;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
                reportBug(bug);
                failed++;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? OK : RUNTIME_ERROR;
    }

    /** A session for one file, its plots named after it and going where the plot options say. */
    private Interpreter newInterpreter(String file) {
        Interpreter interpreter = new Interpreter(out);
        interpreter.session().put(PlotSettings.class, plotOptions.settings(file));
        return interpreter;
    }

    private static Source read(String file) throws IOException {
        return new Source(file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
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
                  lmath test FILE.lmath...     run the test "name" { ... } blocks of each file
                  lmath --help                 show this help
                  lmath --version              show the version

                Options (before the file):
                  --debug                      show Java stack traces for internal errors
                  --plots DIR                  where show() writes its pictures (default: plots)
                  --show                       show() opens a window instead of writing a file
                  --term                       show() also draws the plot in the terminal (braille)

                Exit status: 0 success, 1 runtime error or failed test, 2 syntax error;
                with piped input, 1 when any entry failed.
                The language: docs/language.md. Examples: examples/.
                """;
    }
}
