package org.lmath.repl;

import org.lmath.tensor.NativeStart;

/**
 * The REPL starts the native libraries of tensors (ND4J, OpenBLAS) on a background thread just as
 * its first prompt appears, while the user reads it and types (docs/repl.md has the timings): the
 * first numeric entry then finds them ready. A failure here is left to the entry that needs the
 * library, which reports it as usual.
 */
final class BackgroundStart {

    private BackgroundStart() {}

    static void nativeLibraries() {
        NativeStart.inBackground(NativeStart::now, "lmath-native-start");
    }
}
