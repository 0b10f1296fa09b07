package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmath.ast.Source;
import org.lmath.eval.Interpreter;

/**
 * JavaCPP's library and OpenBLAS loaded by path from lmath's cache folder once JavaCPP has
 * extracted them there, skipping JavaCPP's own search. Each case is a fresh JVM with a cache folder
 * of this test's own, empty at first, as on a fresh machine.
 */
class ExtractedLibrariesTest {

    @TempDir
    Path temporary;

    /**
     * Runs a product of 256 x 256 matrices (BLAS), then a LAPACK determinant, and prints the
     * product's corner, the determinant, and the file names of the libraries JavaCPP itself had
     * loaded after the product (before LAPACK loads through it).
     */
    public static void main(String[] arguments) throws Exception {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        Interpreter interpreter = new Interpreter(new PrintStream(printed, true, StandardCharsets.UTF_8));
        interpreter.run(new Source("<test>", "A = reshape(arange(65536) % 7, 256, 256)\nC = A @ A.T\nD = A @ (A + 1)"));
        String loaded = fileNames(Loader.getLoadedLibraries().values());
        interpreter.run(new Source("<test>", "print(C[0, 0], C[1, 0], D[0, 1], det([[2, 1], [1, 3]]))"));
        System.out.print(printed.toString(StandardCharsets.UTF_8).trim() + " | [" + loaded + "]");
    }

    private static String fileNames(java.util.Collection<String> paths) {
        TreeSet<String> names = new TreeSet<>();
        for (String path : paths) names.add(Path.of(path).getFileName().toString());
        return String.join(",", names);
    }

    private String runWithCache(Path folder) throws Exception {
        List<String> options = new ArrayList<>(List.of("-Dorg.bytedeco.javacpp.cachedir=" + folder));
        return FreshJvm.lastLine(options, ExtractedLibrariesTest.class, 120);
    }

    @Test
    void theSecondRunLoadsByPathWhatTheFirstExtracted() throws Exception {
        Path folder = temporary.resolve("lmath-openblas-test");
        // NumPy 2 on this machine: A = (np.arange(65536) % 7).reshape(256, 256); C = A @ A.T; D = A @ (A + 1)
        // gives C[0,0] 3290, C[1,0] 1781, D[0,1] 3057; np.linalg.det([[2, 1], [1, 3]]) 5.000000000000001.
        // By hand, C[0,0] = sum over j of (j % 7)^2 = 36 cycles of 91 plus 0+1+4+9 = 3290.
        String values = "3290 1781 3057 5.000000000000001";
        TreeSet<String> expected = new TreeSet<>(ExtractedLibraries.JAVACPP);
        expected.addAll(ExtractedLibraries.OPENBLAS);

        String first = runWithCache(folder);
        assertEquals(values + " | [" + String.join(",", expected) + "]", first,
                "the first run extracts through JavaCPP, which loads exactly the files ExtractedLibraries names");
        String second = runWithCache(folder);
        assertEquals(values + " | []", second, "the second run loads them by path: JavaCPP itself has loaded nothing by the product");
    }

    @Test
    void aFolderThatIsNotLmathsIsLeftToJavaCpp() throws Exception {
        Path folder = temporary.resolve("some-cache");
        runWithCache(folder);
        String second = runWithCache(folder);
        assertEquals(false, second.endsWith("[]"), "JavaCPP loaded the libraries itself: " + second);
    }
}
