package org.lmath.tensor;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J on first use, never before: a script that touches no tensor never pays ND4J's
 * start-up (about half a second warm), so numbers-only scripts and the REPL start at once.
 */
final class Backend {

    private Backend() {}

    private static final class Holder {
        static final boolean STARTED = start();

        private static boolean start() {
            // ND4J's libraries load through JavaCPP, inside NativeStart's lock (NativeStart says why).
            NativeStart.throughJavaCpp(() -> Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE));
            return true;
        }
    }

    static void ensureStarted() {
        if (!Holder.STARTED) throw new IllegalStateException("ND4J did not start");
    }
}
