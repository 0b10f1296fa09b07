package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lmath.ast.Source;
import org.lmath.eval.Interpreter;

/**
 * OpenBLAS starting on a background thread (as a script with a matrix product and the REPL start
 * it) while the main thread makes its first large product or LAPACK call. Before every binding
 * class went through {@link NativeStart#javacpp()}, the two threads could wait for each other for
 * ever: one holding JavaCPP's loader lock and needing {@code Pointer} initialised, the other
 * initialising {@code Pointer} and needing the lock (one run of B5 in three hung so). Each run is a
 * fresh JVM, since the race is in loading classes and libraries, which happens once per JVM; the
 * main thread starts its work after a delay that moves across the background's loading.
 */
class NativeStartRaceTest {

    /** Starts OpenBLAS on a second thread and runs the script on this one after the delay (ms) given. */
    public static void main(String[] arguments) throws Exception {
        PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Interpreter interpreter = new Interpreter(nowhere);
        CyclicBarrier together = new CyclicBarrier(2);
        Thread background = new Thread(() -> {
            await(together);
            NativeStart.openBlas();
        });
        background.setDaemon(true);
        background.start();
        await(together);
        Thread.sleep(Integer.parseInt(arguments[1]));
        interpreter.run(new Source("<test>", arguments[0]));
        background.join();
        System.out.print("finished");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    /** "finished", or "still running after 60 s" when the two threads wait for each other. */
    private static String run(String script, int delayMillis) throws Exception {
        return FreshJvm.lastLine(NativeStartRaceTest.class, 60, script, Integer.toString(delayMillis));
    }

    /** A cache folder as the launcher names one, filled once by a run that extracts through JavaCPP. */
    @TempDir
    static Path launcherCache;
    private static List<String> byPath;

    /** The same run with the libraries loaded by path from the launcher's kind of cache folder (ExtractedLibraries). */
    private static synchronized String runLoadingByPath(String script, int delayMillis) throws Exception {
        if (byPath == null) {
            List<String> options = List.of("-Dorg.bytedeco.javacpp.cachedir=" + launcherCache.resolve("lmath-openblas-race"));
            assertEquals("finished", FreshJvm.lastLine(options, NativeStartRaceTest.class, 120, PRODUCT + "\n" + LAPACK, "0"));
            byPath = options;
        }
        return FreshJvm.lastLine(byPath, NativeStartRaceTest.class, 60, script, Integer.toString(delayMillis));
    }

    private static final String PRODUCT = "a = ones((256, 256)) / 256\nb = a @ a.T\nassert b[0, 0] == 1 / 256";
    private static final String LAPACK = "assert det([[2, 0], [0, 3]]) == 6";

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 5, 10, 20, 40})
    void aFirstProductWhileOpenBlasStartsElsewhere(int delayMillis) throws Exception {
        assertEquals("finished", run(PRODUCT, delayMillis));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 20})
    void aFirstLapackCallWhileOpenBlasStartsElsewhere(int delayMillis) throws Exception {
        assertEquals("finished", run(LAPACK, delayMillis));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 5, 10, 20})
    void aFirstProductWhileOpenBlasLoadsByPathElsewhere(int delayMillis) throws Exception {
        assertEquals("finished", runLoadingByPath(PRODUCT, delayMillis));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 20})
    void aFirstLapackCallWhileOpenBlasLoadsByPathElsewhere(int delayMillis) throws Exception {
        assertEquals("finished", runLoadingByPath(LAPACK, delayMillis));
    }
}
