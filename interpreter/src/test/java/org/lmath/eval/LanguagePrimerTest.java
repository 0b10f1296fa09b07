package org.lmath.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.ast.Stmt;

/**
 * The five-minute primer at the top of docs/language.md runs, prints what its `# ->` comments
 * say (worked out by hand: 2 * [1 2 3] + 1, [[1 2] [3 4]] @ [1 2] = [5 11], ...), and its test passes.
 */
class LanguagePrimerTest {

    private static final Path PAGE = Path.of("..", "docs", "language.md");

    @Test
    void thePrimerRunsAndPrintsWhatItSays() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int start = page.indexOf("```\n", page.indexOf("## Five-minute primer")) + 4;
        String primer = page.substring(start, page.indexOf("```", start));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Interpreter interpreter = new Interpreter(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        Source source = new Source("language.md", primer);
        interpreter.run(source);
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("[3 5 7] [ 5 11] 1024 1", "[0 1 1] [0 1 0] [1 0 0]", "false true true", "3",
                "1 3 [2 3] [1 3] [2 3] [2 4] (3, 1)", "x = 3, pi = 3.142, x=3", "5 3 10 6", "medium", "0", "1", "2",
                "the 0", "cat 1", "sat 2", "0 the 0.5", "1 cat 0.5", "[ 0  4 16]", "{\"the\": 3, \"cat\": 3}", "[\"A\", \"B\"]", "6"),
                lines);
        long tests = 0;
        for (Stmt statement : interpreter.parseProgram(source)) {
            if (statement instanceof Stmt.Test test) {
                interpreter.runTest(test);  // throws when the test fails
                tests++;
            }
        }
        assertTrue(tests > 0, "the primer has a test block");
    }
}
