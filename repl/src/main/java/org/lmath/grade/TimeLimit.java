package org.lmath.grade;

import java.util.Locale;

import org.lmath.eval.Interpreter;

/**
 * Runs one piece of a submission (its top level, one test) with a time limit. The piece runs
 * on a thread of its own with a deep stack; when the time is up the interpreter is asked to
 * stop (it stops at its next loop turn or call). A piece that does not stop even then (stuck
 * inside one long builtin) is left behind on its daemon thread and reported as timed out:
 * `lmath grade` runs each submission in a JVM of its own and kills it for that case.
 */
final class TimeLimit {

    /** Deep recursion in user code needs a deep Java stack (as cli.Main gives the main program). */
    private static final long STACK_BYTES = 1L << 29;
    /** How long a piece asked to stop may take to do so before it is left behind. */
    private static final long GRACE_MILLIS = 2000;

    /**
     * How a piece ended: failure is null when it finished normally; leftBehind when it did not
     * stop even when asked, and still runs on its thread.
     */
    record Ending(Throwable failure, boolean timedOut, boolean leftBehind, double seconds) {}

    private final double seconds;

    TimeLimit(double seconds) {
        this.seconds = seconds;
    }

    Ending run(Interpreter interpreter, Runnable piece) {
        Throwable[] failure = new Throwable[1];
        interpreter.clearInterrupt();
        Thread worker = new Thread(null, () -> {
            try {
                piece.run();
            } catch (Throwable thrown) {
                failure[0] = thrown;
            }
        }, "lmath-test", STACK_BYTES);
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        boolean timedOut = false;
        try {
            worker.join(Math.max(1, (long) (seconds * 1000)));
            if (worker.isAlive()) {
                timedOut = true;
                interpreter.interrupt();
                worker.join(GRACE_MILLIS);
            }
        } catch (InterruptedException stopped) {
            interpreter.interrupt();
            Thread.currentThread().interrupt();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // join() makes the worker's failure visible here; a worker left behind reports nothing.
        boolean leftBehind = worker.isAlive();
        return new Ending(leftBehind ? null : failure[0], timedOut, leftBehind, elapsed);
    }

    /** "timed out after 10 s", as the issue and the docs word it. */
    String timedOutMessage() {
        return "timed out after " + describe(seconds) + " s";
    }

    static String describe(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.format(Locale.ROOT, "%.1f", seconds);
    }
}
