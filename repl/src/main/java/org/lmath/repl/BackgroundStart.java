package org.lmath.repl;

import org.lmath.builtins.BuiltinTable;
import org.lmath.tensor.NativeStart;

/**
 * What the REPL starts on background threads just as its first prompt appears, while the user
 * reads it and types (docs/repl.md has the timings): the native libraries of tensors (ND4J,
 * OpenBLAS), so that the first numeric entry finds them ready; and every builtin's classes and
 * lambdas, declared in a table that is then dropped, so that the session's own table, which
 * declares a group when an entry first uses it, finds them loaded and linked (on Java 17 that
 * linking took 40-50 ms). A failure here is left to the entry that needs the library, which
 * reports it as usual.
 */
final class BackgroundStart {

    private BackgroundStart() {}

    static void nativeLibrariesAndBuiltins() {
        NativeStart.inBackground(() -> BuiltinTable.standard().all(), "lmath-builtins");
        NativeStart.inBackground(NativeStart::now, "lmath-native-start");
    }
}
