package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a separate process the way users run it: the example tour works with
 * ND4J's native code loaded from the shaded jar, and errors reach stderr with the right status.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/lmath.jar").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {}

    private Run run(String... arguments) throws IOException, InterruptedException {
        return runWithInput(null, arguments);
    }

    /** Runs the jar with standard input read from a file (null: an empty pipe). */
    private Run runWithInput(Path input, String... arguments) throws IOException, InterruptedException {
        return runWithMemory(null, input, arguments);
    }

    /** Runs the jar with at most maxHeap of memory (a JVM -Xmx value; null: the JVM's default). */
    private Run runWithMemory(String maxHeap, Path input, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (maxHeap != null) command.add("-Xmx" + maxHeap);
        String nativeCache = System.getProperty("lmath.nativeCache");
        if (nativeCache != null) command.add("-Dorg.bytedeco.javacpp.cachedir=" + nativeCache);
        command.addAll(List.of("-Dorg.bytedeco.javacpp.cachedir.nosubdir=true", "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile());
        if (input != null) builder.redirectInput(input.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "lmath did not finish");
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theTourRunsFromThePackagedJar() throws Exception {
        Run run = run(EXAMPLES.resolve("hello.lmath").toString());
        assertEquals("", run.err());
        assertEquals(0, run.status());
        assertTrue(run.out().contains("[[ 58  64]\n [139 154]]"), run.out());
        assertTrue(run.out().contains("after 20 steps x = 2.9654"), run.out());
    }

    @Test
    void exitStatusesAreTwoForSyntaxAndOneForRuntimeErrors() throws Exception {
        Path syntax = folder.resolve("syntax.lmath");
        Files.writeString(syntax, "x = [1, 2\n");
        Run first = run(syntax.toString());
        assertEquals(2, first.status());
        assertTrue(first.err().startsWith(syntax + ":1:5: expected ']'"), first.err());

        Path shapes = folder.resolve("shapes.lmath");
        Files.writeString(shapes, "print([1, 2, 3] + [1, 2])\n");
        Run second = run(shapes.toString());
        assertEquals(1, second.status());
        assertTrue(second.err().contains("shapes (3,) and (2,) cannot be broadcast together"), second.err());
        assertTrue(second.err().contains("\n    print([1, 2, 3] + [1, 2])\n                    ^"), second.err());
    }

    @Test
    void runningOutOfMemoryIsAnErrorAtItsPlaceAndTheSessionGoesOn() throws Exception {
        // 10000 x 10000 numbers need 0.8 GB; this JVM may use 256 MB.
        Path script = folder.resolve("big.lmath");
        Files.writeString(script, "x = 7\nA = zeros(10000, 10000)\nprint(x)\n");
        Run file = runWithMemory("256m", null, script.toString());
        assertEquals(1, file.status());
        assertEquals("", file.out(), "the script stops at the error");
        // One tensor may take half the heap: refused before it is made, with its size.
        assertTrue(file.err().startsWith(script + ":2:5: zeros(): a tensor of shape (10000, 10000) allocates 1e8 elements (800 MB); "
                + "the limit is"), file.err());
        assertTrue(file.err().contains("\n    A = zeros(10000, 10000)\n        ^"), file.err());

        Path input = folder.resolve("input.txt");
        // Four new 72 MB tensors beside A's 72 MB (A + A + A + A would need only one: each sum after
        // the first is written into the temporary before it).
        Files.writeString(input, "x = 7\nA = ones(3000, 3000)\nB = [A + 1, A + 2, A + 3, A + 4]\nprint(x, A.shape)\n");
        Run repl = runWithMemory("200m", input);
        assertEquals("7 (3000, 3000)\n", repl.out(), "the names made before the error are kept");
        assertTrue(repl.err().startsWith("<stdin>:3:"), repl.err());
        assertTrue(repl.err().contains("out of memory"), repl.err());
        assertEquals(1, repl.status(), "piped input that had an error exits with 1");
    }

    @Test
    void withInputFromAFileTheReplRunsQuietly() throws Exception {
        Path input = folder.resolve("input.txt");
        Files.writeString(input, "print(1 + 1)\nx = [1, 2, 3]\nx @ x\nnope\n");
        Run run = runWithInput(input);
        assertEquals("2\n14\n", run.out(), "what print writes and the echoed 1 + 4 + 9, nothing else");
        assertEquals("<stdin>:4:1: unknown name 'nope'\n    nope\n    ^\n", run.err());
        assertEquals(1, run.status());
    }
}
