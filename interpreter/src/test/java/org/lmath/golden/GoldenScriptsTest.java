package org.lmath.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lmath.ast.Source;
import org.lmath.error.ErrorFormatter;
import org.lmath.error.LMathError;
import org.lmath.eval.Interpreter;
import org.lmath.plot.PlotSettings;

/**
 * Runs every golden script (src/test/resources/golden/**), every example (examples/) and every
 * lesson (stdlib lessons/) in a fresh interpreter and compares its output with the script's own
 * `# expect:` comments. Each file is one test, so Surefire counts them.
 */
class GoldenScriptsTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final List<Path> FOLDERS = List.of(
            MODULE.resolve("src/test/resources/golden"),
            MODULE.resolve("../examples").normalize(),
            MODULE.resolve("../stdlib/src/main/resources/lmath/lessons").normalize());

    @TestFactory
    Stream<DynamicTest> goldenScripts() throws IOException {
        List<Path> scripts = FOLDERS.stream().filter(Files::isDirectory).flatMap(GoldenScriptsTest::scriptsUnder).sorted().toList();
        assertTrue(scripts.size() > 0, "no golden scripts found under " + FOLDERS);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(MODULE.getParent().relativize(script).toString(),
                script.toUri(), () -> check(script)));
    }

    private static Stream<Path> scriptsUnder(Path folder) {
        try {
            return Files.walk(folder).filter(path -> path.toString().endsWith(".lmath"))
                    .filter(path -> !path.getFileName().toString().startsWith("_"));  // _helper.lmath: imported, not run
        } catch (IOException error) {
            throw new RuntimeException(error);
        }
    }

    private static void check(Path script) throws Exception {
        String text = Files.readString(script, StandardCharsets.UTF_8);
        // Pictures go to a fresh temporary folder, never into the source tree; the output names
        // it "plots", as a user running the script from its folder would see.
        Path plots = Files.createTempDirectory("lmath-plots");
        PlotSettings settings = PlotSettings.defaults().forScript(script.toString()).withFolder(plots);
        GoldenScript expected = GoldenScript.read(text);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        LMathError[] failure = new LMathError[1];
        Throwable[] crash = new Throwable[1];
        Thread runner = new Thread(null, () -> {
            try {
                Interpreter interpreter = new Interpreter(out);
                interpreter.session().put(PlotSettings.class, settings);
                interpreter.run(new Source(script.toString(), text));
            } catch (LMathError error) {
                failure[0] = error;
            } catch (org.lmath.error.ExitRequest exit) {
                // exit() ends the script as its last line would
            } catch (Throwable error) {
                crash[0] = error;
            }
        }, "golden", 1L << 28);
        runner.start();
        runner.join();
        if (crash[0] != null) throw new AssertionError("interpreter crashed (a bug, not a script error)", crash[0]);
        List<String> actual = buffer.toString(StandardCharsets.UTF_8).replace(plots.toString(), "plots").lines().toList();
        deleteTree(plots);
        if (expected.errorLine() == null) {
            if (failure[0] != null) fail("unexpected error:\n" + ErrorFormatter.format(failure[0]) + "\noutput so far:\n" + String.join("\n", actual));
        } else {
            assertNotNull(failure[0], "expected an error on line " + expected.errorLine() + " containing: " + expected.errorText());
            String report = ErrorFormatter.format(failure[0]);
            assertNotNull(failure[0].position(), "the error has no position: " + report);
            assertEquals(expected.errorLine(), failure[0].position().line(), "error on the wrong line:\n" + report);
            assertTrue(failure[0].getMessage().contains(expected.errorText()),
                    "error message does not contain \"" + expected.errorText() + "\":\n" + report);
        }
        assertEquals(String.join("\n", expected.expectedOutput()), String.join("\n", actual), "output of " + script.getFileName());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}
