package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.eval.Interpreter;

/**
 * LAPACK's bindings (libjniopenblas.so, 24 MB) load on the first linear-algebra call and never
 * for a script without one, even one with large matrix products (OpenBLAS's own BLAS). Each
 * script runs in a fresh JVM (this test's classpath), which reports whether the library is mapped.
 */
class LapackLoadingTest {

    /** Runs the script given as argument, then prints "loaded" or "not loaded". */
    public static void main(String[] arguments) throws java.io.IOException {
        PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        new Interpreter(nowhere).run(new Source("<test>", arguments[0]));
        boolean loaded = FreshJvm.mapped("libjniopenblas.so");
        System.out.print(loaded ? "loaded" : "not loaded");
    }

    private static String run(String script) throws Exception {
        return FreshJvm.lastLine(LapackLoadingTest.class, 120, script);
    }

    @Test
    void aScriptWithoutLinearAlgebraDoesNotLoadIt() throws Exception {
        assertEquals("not loaded", run("x = ones((300, 300)) / 300\ny = sum(exp(x @ x @ x))"));
    }

    @Test
    void theFirstLinearAlgebraCallLoadsIt() throws Exception {
        assertEquals("loaded", run("d = det([[1, 2], [3, 4]])"));
    }
}
