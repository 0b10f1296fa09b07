package org.lmath.sandbox;

import java.util.function.BooleanSupplier;

import org.lmath.error.Interrupted;

/**
 * Lets long builtins (formatting, sorting, random streams, products, decompositions) stop when
 * the user presses Ctrl-C or a grader's time limit runs out, not only the evaluator's loops and
 * calls. The interpreter running on a thread installs its stop request here; a builtin calls
 * {@link #check} now and then (every few thousand elements: a thread-local read, a few ns).
 * The interpreter owns the flag; this class only lets code without a reference to it read it.
 */
public final class Interruption {

    private static final BooleanSupplier NEVER = () -> false;
    private static final ThreadLocal<BooleanSupplier> REQUESTED = ThreadLocal.withInitial(() -> NEVER);

    private Interruption() {}

    /** The stop request that {@link #check} on this thread answers to (the interpreter's). */
    public static void watch(BooleanSupplier requested) {
        REQUESTED.set(requested);
    }

    /** Throws {@link Interrupted} (placed by the caller's call site) when a stop was requested. */
    public static void check() {
        if (REQUESTED.get().getAsBoolean()) throw new Interrupted(null);
    }

    /** {@link #check} once every 65,536 turns of a loop: cheap enough for the innermost loops. */
    public static void every(long turn) {
        if ((turn & 0xFFFF) == 0) check();
    }
}
