package org.lmath.repl;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.lmath.ast.Position;
import org.lmath.ast.Source;
import org.lmath.error.ErrorFormatter;
import org.lmath.error.Interrupted;
import org.lmath.error.LMathError;
import org.lmath.eval.Interpreter;
import org.lmath.plot.PlotSettings;
import org.lmath.print.Printer;
import org.lmath.value.Value;

/**
 * One REPL session: an interpreter whose names persist from entry to entry, run on a worker
 * thread with a deep stack so that Ctrl-C (from a signal handler, any thread) can stop it. An
 * entry's trailing expression is echoed with the one printer; an error is printed with its caret
 * and every name stays as it was before the failing statement.
 */
final class Session implements AutoCloseable {

    /** Deep recursion in user code needs a deep Java stack (as the lmath command gives scripts). */
    private static final long STACK_BYTES = 1L << 29;

    private static final String RED = "\u001b[31m", RESET = "\u001b[0m";

    private final PrintStream out;
    private final PrintStream errors;
    private final boolean colour;
    private final PlotSettings plots;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(null, task, "lmath-repl", STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });
    private volatile Interpreter interpreter;
    private volatile boolean evaluating;
    private volatile boolean anyFailed;
    /** Where an entry's trailing value goes: printed after its output, or (in a notebook) the cell's result. */
    private volatile Consumer<Value> echo;
    private volatile boolean exitRequested;
    private int entries;

    /**
     * out receives what programs print and the echoes; errors the error reports; colour adds ANSI
     * colours; plots says where show() puts pictures (window, files, terminal preview).
     */
    Session(PrintStream out, PrintStream errors, boolean colour, PlotSettings plots) {
        this.out = out;
        this.errors = errors;
        this.colour = colour;
        this.plots = SessionPlots.unused(plots);
        this.interpreter = newInterpreter();
        this.echo = value -> out.println(Printer.repr(value));
    }

    /** Sends the echoed values elsewhere (the notebook kernel makes them a cell's result). */
    void echoTo(Consumer<Value> target) {
        echo = target;
    }

    private Interpreter newInterpreter() {
        Interpreter fresh = new Interpreter(out);
        fresh.session().put(PlotSettings.class, plots);
        return fresh;
    }

    Interpreter interpreter() {
        return interpreter;
    }

    /** Forgets every name: a fresh interpreter (a new random generator and figures too). */
    void reset() {
        interpreter = newInterpreter();
    }

    /** Whether an entry called exit() or quit(). */
    boolean exitRequested() {
        return exitRequested;
    }

    /** The name of the next typed entry, for error reports: <entry 3>:1:5, as IPython numbers its cells. */
    String nextEntryName() {
        return "<entry " + ++entries + ">";
    }

    /** Whether an entry has failed so far (the piped mode's exit status). */
    boolean anyFailed() {
        return anyFailed;
    }

    /** Starts counting failures afresh (a notebook asks about each cell). */
    void forgetFailures() {
        anyFailed = false;
    }

    /** Ctrl-C: stops the running entry at its next loop turn or call; does nothing between entries. */
    void interrupt() {
        if (evaluating) interpreter.interrupt();
    }

    /**
     * Runs an entry (or a loaded file) into the session; with echo, the value of a trailing
     * expression is printed. Returns false when it failed (the error has been reported).
     */
    boolean run(Source source, boolean echo) {
        Interpreter current = interpreter;
        Future<Boolean> result = worker.submit(() -> execute(current, source, echo));
        try {
            return result.get();
        } catch (ExecutionException unexpected) {
            throw new IllegalStateException(unexpected.getCause());
        } catch (InterruptedException stop) {
            current.interrupt();
            Thread.currentThread().interrupt();
            return false;
        } finally {
            out.flush();
        }
    }

    /**
     * The echo of an entry's value. A value too large to write (a string of two billion
     * characters) is an error at the entry's last line, not an internal one.
     */
    /** Echoes the value; a failure to write it (too large, a cycle) is an error at the entry's last line. */
    private void echoAt(Value value, Source source) {
        Position lastLine = new Position(source, Math.max(1, (int) source.text().lines().count()), 1);
        try {
            echo.accept(value);
        } catch (LMathError error) {
            throw error.at(lastLine);
        } catch (OutOfMemoryError exhausted) {
            throw new LMathError(lastLine, "out of memory while writing this value: it is too large to show; "
                    + "show a part of it (a slice, len(...)) instead");
        }
    }

    private boolean execute(Interpreter current, Source source, boolean echo) {
        current.clearInterrupt();
        evaluating = true;
        try {
            Value value = current.run(source);
            if (echo && value != null) {
                echoAt(value, source);
                current.rememberLastResult(value);
            }
            return true;
        } catch (org.lmath.error.ExitRequest exit) {
            exitRequested = true;  // exit() or quit(): the prompt ends after this entry
            return true;
        } catch (Interrupted stop) {
            // A terminal has echoed ^C on the current line: the report starts on the next one.
            problem((colour ? "\n" : "") + ErrorFormatter.format(stop));
            return false;
        } catch (LMathError error) {
            problem(ErrorFormatter.format(error));
            return false;
        } catch (RuntimeException | Error bug) {
            // A bug, or the JVM out of memory or unable to load ND4J: reported, and the session goes on.
            problem("lmath: internal error: " + bug);
            return false;
        } finally {
            evaluating = false;
        }
    }

    /** An error report: on the error stream, in red on a colour terminal. It counts as a failure. */
    void problem(String text) {
        anyFailed = true;
        out.flush();
        errors.println(colour ? RED + text + RESET : text);
        errors.flush();
    }

    /** The text a command shows (help, variables, timings, lesson lists). */
    void message(String text) {
        out.println(text);
        out.flush();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
