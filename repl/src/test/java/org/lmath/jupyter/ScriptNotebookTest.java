package org.lmath.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts to notebooks: which lines become Markdown, which stay code, and the nbformat fields Jupyter needs. */
class ScriptNotebookTest {

    @TempDir
    Path folder;

    private record Cell(String type, String source) {}

    private static List<Cell> cells(String script) {
        JsonObject notebook = JsonParser.parseString(ScriptNotebook.convert(script)).getAsJsonObject();
        List<Cell> cells = new ArrayList<>();
        for (JsonElement element : notebook.getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            StringBuilder source = new StringBuilder();
            for (JsonElement line : cell.getAsJsonArray("source")) source.append(line.getAsString());
            cells.add(new Cell(cell.get("cell_type").getAsString(), source.toString()));
        }
        return cells;
    }

    @Test
    void commentBlocksBecomeMarkdownAndTheCodeBetweenBecomesCodeCells() {
        String script = """
                #!/usr/bin/env lmath
                # Lesson 9: a title.
                #
                # What it is about.

                # A second paragraph.
                x = 1
                print(x)       # expect: 1
                # a note right under code stays with it
                # expect: 2

                # Then more text.
                def f(a) {

                # a comment inside an open block is code
                  return a
                }
                """;
        assertEquals(List.of(
                new Cell("markdown", "# Lesson 9: a title.\n\nWhat it is about.\n\nA second paragraph."),
                new Cell("code", "x = 1\nprint(x)       # expect: 1\n# a note right under code stays with it\n# expect: 2"),
                new Cell("markdown", "Then more text."),
                new Cell("code", "def f(a) {\n\n# a comment inside an open block is code\n  return a\n}")),
                cells(script));
    }

    @Test
    void commentTextIsShownAsTypedNotAsMarkdownMarkup() {
        assertEquals("1\\*4 + 2\\*5, costs \\$3, &lt;lambda>, `a*b` stays, one\\_hot",
                ScriptNotebook.escape("1*4 + 2*5, costs $3, <lambda>, `a*b` stays, one_hot"));
    }

    @Test
    void theNotebookHasTheFieldsOfNbformat45AndTheLmathKernel() {
        JsonObject notebook = JsonParser.parseString(ScriptNotebook.convert("# Title\nx = 1\n")).getAsJsonObject();
        assertEquals(4, notebook.get("nbformat").getAsInt());
        assertEquals(5, notebook.get("nbformat_minor").getAsInt());
        JsonObject kernelspec = notebook.getAsJsonObject("metadata").getAsJsonObject("kernelspec");
        assertEquals("lmath", kernelspec.get("name").getAsString());
        assertEquals("lmath", kernelspec.get("language").getAsString());
        JsonArray cells = notebook.getAsJsonArray("cells");
        JsonObject code = cells.get(1).getAsJsonObject();
        assertTrue(code.get("execution_count").isJsonNull());
        assertEquals(0, code.getAsJsonArray("outputs").size());
        assertEquals("cell-1", cells.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("cell-2", code.get("id").getAsString());
    }

    @Test
    void aScriptFileGoesToStandardOutput() throws Exception {
        Path script = folder.resolve("demo.lmath");
        Files.writeString(script, "# Demo\nprint(2)\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = NotebookCommand.run(List.of(script.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(ScriptNotebook.convert("# Demo\nprint(2)\n"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyBundledLessonIsWrittenAsANotebook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = NotebookCommand.run(List.of("--lessons", folder.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        long lessons;
        try (var files = Files.list(Path.of("../stdlib/src/main/resources/lmath/lessons"))) {
            lessons = files.filter(path -> path.toString().endsWith(".lmath")).count();
        }
        try (var files = Files.list(folder)) {
            assertEquals(lessons, files.filter(path -> path.toString().endsWith(".ipynb")).count());
        }
        assertEquals("wrote " + lessons + " notebooks of the lessons into " + folder + "\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theExercisesAreWrittenWhateverTheirNumberIncludingNone() throws Exception {
        Path bundled = Path.of("../stdlib/src/main/resources/lmath/exercises");
        long exercises = 0;
        if (Files.isDirectory(bundled)) {
            try (var files = Files.walk(bundled)) {
                exercises = files.filter(path -> path.toString().endsWith(".lmath")).count();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = NotebookCommand.run(List.of("--exercises", folder.resolve("out").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        String said = out.toString(StandardCharsets.UTF_8);
        if (exercises == 0) {
            assertEquals("there are no exercises in this build: no notebooks written\n", said);
            assertTrue(Files.notExists(folder.resolve("out")));
        } else {
            try (var files = Files.walk(folder.resolve("out"))) {
                assertEquals(exercises, files.filter(path -> path.toString().endsWith(".ipynb")).count(), said);
            }
        }
    }
}
