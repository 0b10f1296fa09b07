package org.lmath.fuzz;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.lmath.ast.Source;
import org.lmath.error.ExitRequest;
import org.lmath.error.LMathError;
import org.lmath.eval.Interpreter;
import org.lmath.plot.PlotSettings;

/**
 * Runs one program in a fresh interpreter on its own thread, output discarded and pictures sent
 * to a scratch folder. Past its time limit it is interrupted, as a grader's limit would; only a
 * program that does not stop then is a hang. What it found is a finding, or null when all is well.
 */
final class GuardedRun {

    /** The finding of a run: what went wrong, for the test's message. */
    record Finding(String kind, String detail) {}

    private final long limitMillis;
    private final long graceMillis;
    private final Path plots;

    GuardedRun(long limitMillis, long graceMillis, Path plots) {
        this.limitMillis = limitMillis;
        this.graceMillis = graceMillis;
        this.plots = plots;
    }

    Finding run(String name, String text) throws InterruptedException {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Interpreter interpreter = new Interpreter(discard);
        interpreter.session().put(PlotSettings.class, PlotSettings.defaults().forScript(name).withFolder(plots));
        Throwable[] thrown = new Throwable[1];
        Thread runner = new Thread(null, () -> {
            try {
                interpreter.run(new Source(plots.resolve(name).toString(), text));
            } catch (Throwable error) {
                thrown[0] = error;
            }
        }, "fuzz", 1L << 26);
        runner.setDaemon(true);
        runner.start();
        runner.join(limitMillis);
        if (runner.isAlive()) {
            interpreter.interrupt();
            runner.join(graceMillis);
            if (runner.isAlive()) {
                StackTraceElement[] where = runner.getStackTrace();
                return new Finding("hang", "still running " + graceMillis + " ms after an interrupt, in "
                        + (where.length > 0 ? where[0] : "?"));
            }
        }
        Throwable error = thrown[0];
        if (error == null || error instanceof ExitRequest) return null;  // exit() ends a program normally
        if (error instanceof LMathError user) {
            return user.position() == null ? new Finding("error without a position", user.getMessage()) : null;
        }
        return new Finding("internal error", error + (error.getStackTrace().length > 0 ? " at " + error.getStackTrace()[0] : ""));
    }
}
