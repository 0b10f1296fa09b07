package org.lmath.tensor;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Starts ahead of time the native libraries that the first tensor operations would otherwise
 * start on their first use: ND4J (most of a second; C's log for the normal random numbers goes
 * through it) and OpenBLAS (about 0.2 s; large matrix products). The REPL calls this on a
 * background thread once its prompt is up, so that the first numeric entry does not wait; an
 * entry that needs a library while it is still starting waits only for the rest. Scripts never
 * call it: they pay only for what they use.
 */
public final class NativeStart {

    private NativeStart() {}

    public static void now() {
        Backend.ensureStarted();
        Loader.load(openblas_nolapack.class);
    }
}
