package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `./lmath` launcher at the repository root, run as users run it: it picks a Java, makes its
 * start-up cache on the first run, and neither that run nor the next prints anything of its own
 * (no JVM warnings about native access or Unsafe, whichever Java it chose).
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("../lmath").toAbsolutePath().normalize();
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {}

    private Run launch(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(LAUNCHER.toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(environment);
        builder.directory(folder.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(folder.resolve("out.txt").toFile()).redirectError(folder.resolve("err.txt").toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** A script that uses ND4J too (random normals take their logs there; a 300x300 product is BLAS's). */
    private Path script() throws IOException {
        Path file = folder.resolve("native.lmath");
        Files.writeString(file, "seed(1)\nprint(randn(3))\nA = ones(300, 300)\nprint(sum(A @ A))\n");
        return file;
    }

    // np.random.seed(1); np.random.randn(3) and 300 * 300 * 300, by hand.
    private static final String EXPECTED = "[ 1.62434536 -0.61175641 -0.52817175]\n27000000\n";

    @Test
    void theDefaultJavaRunsAScriptTwiceWithNothingButItsOutput() throws Exception {
        Path file = script();
        for (int run = 1; run <= 2; run++) {
            Run result = launch(Map.of(), file.toString());
            assertEquals("", result.err(), "run " + run);
            assertEquals(EXPECTED, result.out(), "run " + run);
            assertEquals(0, result.status());
        }
        Path choice = TARGET.resolve("lmath.java");
        assertTrue(Files.isRegularFile(choice), "the launcher remembers the Java it chose");
        try (var files = Files.list(TARGET)) {
            assertTrue(files.anyMatch(path -> path.getFileName().toString().matches("lmath(-\\d+\\.aot|\\.jsa)")),
                    "a start-up cache was made");
        }
    }

    @Test
    void aScriptThatDrawsGetsTheCacheWithThePlottingClassesAndTrainingLeavesNoFiles() throws Exception {
        Path script = folder.resolve("draw.lmath");
        Files.writeString(script, "plot([0, 1, 2], [0, 1, 4])\nshow()\n");
        Path pictures = folder.resolve("pictures");
        Run result = launch(Map.of(), "--plots", pictures.toString(), script.toString());
        assertEquals("", result.err());
        assertEquals("[plot] " + pictures.resolve("draw-1.png") + "\n", result.out());
        assertTrue(Files.size(pictures.resolve("draw-1.png")) > 1000, "a picture was drawn");
        try (var files = Files.list(TARGET)) {
            assertTrue(files.anyMatch(path -> path.getFileName().toString().matches("lmath-plots(-\\d+\\.aot|\\.jsa)")),
                    "the cache of scripts that draw was made");
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of("draw.lmath", "err.txt", "out.txt", "pictures"),
                    files.map(path -> path.getFileName().toString()).sorted().toList(),
                    "the training run's figure went to a folder of its own, not into the working folder");
        }
    }

    @Test
    void javaHomeChoosesTheJava() throws Exception {
        // The Java running this test (17 in the build), named by JAVA_HOME, must be the one used.
        Run result = launch(Map.of("JAVA_HOME", System.getProperty("java.home")), script().toString());
        assertEquals("", result.err());
        assertEquals(EXPECTED, result.out());
        int feature = Runtime.version().feature();
        Path cache = TARGET.resolve(feature >= 24 ? "lmath-" + feature + ".aot" : "lmath.jsa");
        assertTrue(Files.isRegularFile(cache), "the cache for Java " + feature + " was made: " + cache);
    }

    @Test
    void aRuntimeErrorKeepsItsStatusThroughTheLauncher() throws Exception {
        Path file = folder.resolve("bad.lmath");
        Files.writeString(file, "print(nope)\n");
        Run result = launch(Map.of(), file.toString());
        assertEquals(1, result.status());
        assertTrue(result.err().startsWith(file + ":1:7: unknown name 'nope'"), result.err());
    }
}
