package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.eval.Interpreter;

/**
 * A script whose text has a matrix product starts OpenBLAS in the background when it makes its
 * first tensor of 256 x 256 elements, before any product needs it; a script without a product,
 * or with only small tensors, never loads it. Each script runs in a fresh JVM (this test's
 * classpath), told of the script as `lmath FILE` tells it, which waits up to five seconds after
 * the script for OpenBLAS's library to be mapped and reports whether it was.
 */
class BlasStartTest {

    /** Runs the script given as argument, then prints "loaded" or "not loaded". */
    public static void main(String[] arguments) throws Exception {
        PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Source script = new Source("<test>", arguments[0]);
        NativeStart.beforeScript(script);
        new Interpreter(nowhere).run(script);
        boolean loaded = false;
        for (int wait = 0; wait < 50 && !loaded; wait++) {
            loaded = FreshJvm.mapped("libjniopenblas_nolapack.so");
            if (!loaded) Thread.sleep(100);
        }
        System.out.print(loaded ? "loaded" : "not loaded");
    }

    private static String run(String script) throws Exception {
        return FreshJvm.lastLine(BlasStartTest.class, 120, script);
    }

    @Test
    void aLargeTensorInAScriptWithProductsStartsOpenBlas() throws Exception {
        // No product is computed at all: only the background start can have loaded it.
        assertEquals("loaded", run("A = ones((256, 256))\nf(M) = M @ M"));
    }

    @Test
    void aScriptWithoutProductsDoesNotLoadIt() throws Exception {
        assertEquals("not loaded", run("x = linspace(0, 1, 1000000)\ns = sum(exp(-x * x))"));
    }

    @Test
    void smallTensorsDoNotLoadIt() throws Exception {
        assertEquals("not loaded", run("W = ones((64, 128)) / 128\nfor i in 0..3 { W = W @ (ones((128, 128)) / 128) }\nassert W[0, 0] == 1 / 128"));
    }
}
