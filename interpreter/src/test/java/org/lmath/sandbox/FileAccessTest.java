package org.lmath.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmath.ast.Source;
import org.lmath.error.LMathError;
import org.lmath.eval.Interpreter;
import org.lmath.plot.PlotSettings;

/** The sandbox's file policy, through import and savefig as a script uses them. */
class FileAccessTest {

    @TempDir
    Path folder;

    private static final String REFUSED = "in the sandbox a file may import only .lmath files inside its own folder";

    private LMathError failure(Path script, String text) throws IOException {
        Files.writeString(script, text);
        Interpreter interpreter = new Interpreter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path plots = folder.resolve("plots");
        Files.createDirectories(plots);
        interpreter.session().put(PlotSettings.class, PlotSettings.defaults().withFolder(plots));
        interpreter.session().put(FileAccess.class, new FileAccess(List.of(script.getParent()), plots));
        try {
            interpreter.run(new Source(script.toString(), text));
            return null;
        } catch (LMathError error) {
            return error;
        }
    }

    @Test
    void importsFromTheOwnFolderAndBelowWork() throws IOException {
        Path student = Files.createDirectories(folder.resolve("student"));
        Files.createDirectories(student.resolve("lib"));
        Files.writeString(student.resolve("helper.lmath"), "twice(x) = 2 * x\n");
        Files.writeString(student.resolve("lib/more.lmath"), "thrice(x) = 3 * x\n");
        assertEquals(null, failure(student.resolve("main.lmath"),
                "import \"helper.lmath\"\nimport \"lib/more.lmath\"\nimport \"lib/../helper.lmath\"\nimport optim\nassert helper.twice(2) == 4\n"));
    }

    @Test
    void everythingOutsideIsRefusedInTheSameWords() throws IOException {
        Path student = Files.createDirectories(folder.resolve("student"));
        Files.writeString(folder.resolve("secret.lmath"), "TOPSECRET = 1\n");
        Files.createSymbolicLink(student.resolve("link.lmath"), folder.resolve("secret.lmath"));
        Files.createDirectories(student.resolve("folder.lmath"));
        for (String target : List.of("/etc/passwd", "../secret.lmath", "../missing.lmath", "../../../../etc/passwd",
                "link.lmath", "folder.lmath", "/proc/self/environ", "notes.txt")) {
            LMathError error = failure(student.resolve("main.lmath"), "import \"" + target + "\"\n");
            assertTrue(error != null && error.getMessage().equals("cannot import \"" + target + "\": " + REFUSED
                    + " (no absolute paths, no '..' out of it) and the standard library (import optim)"), target + ": " + error);
            assertFalse(error.getMessage().contains("TOPSECRET"));
            assertEquals(1, error.position().line());
        }
        LMathError missing = failure(student.resolve("main.lmath"), "import \"nothing.lmath\"\n");
        assertEquals("cannot import \"nothing.lmath\": there is no such file in this file's folder", missing.getMessage());
    }

    @Test
    void picturesGoOnlyIntoThePlotsFolder() throws IOException {
        Path script = folder.resolve("draw.lmath");
        assertEquals(null, failure(script, "plot([1, 2], [3, 4])\nsavefig(\"loss.png\")\n"));
        assertTrue(Files.exists(folder.resolve("plots/loss.png")));
        for (String target : List.of("/tmp/x.png", "../x.png", "x.txt", folder.resolve("y.png").toString())) {
            LMathError error = failure(script, "plot([1, 2], [3, 4])\nsavefig(\"" + target + "\")\n");
            assertTrue(error != null && error.getMessage().contains("in the sandbox a picture may only be written into the plots folder"),
                    target + ": " + error);
        }
        assertFalse(Files.exists(folder.resolve("y.png")));
        assertThrows(LMathError.class, () -> new FileAccess(List.of(folder), folder.resolve("plots")).resolvePicture("a/../../b.png"));
    }
}
