package org.lmath.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmath.plot.PlotSettings;

/** A notebook cell through the REPL's session: results, commands between code, line numbers, completion, inspection. */
class CellSessionTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), errors = new ByteArrayOutputStream();
    private final CellSession cells = new CellSession(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8), PlotSettings.defaults());
    private final List<String> kernelCommands = new ArrayList<>();

    @AfterEach
    void close() {
        cells.close();
    }

    private CellSession.Outcome run(String code) {
        out.reset();
        errors.reset();
        return cells.run("In[1]", code, command -> command.startsWith(":kernel") && kernelCommands.add(command));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String reported() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyTheLastEntryGivesTheResult() {
        CellSession.Outcome outcome = run("a = 2\na * 10\nb = a + 1\nb * 7");
        assertEquals(new CellSession.Outcome("21", true), outcome);
        assertEquals("", printed(), "the values of the other entries are not echoed");
        assertNull(run("c = 1").result(), "a statement has no result");
    }

    @Test
    void commandsRunOnTheirLinesBetweenTheCodeAndErrorsCountTheCellsLines() {
        CellSession.Outcome outcome = run("x = 3\n%vars\nprint(x + 1)\n\ny = x + nothing_here");
        assertFalse(outcome.succeeded());
        assertTrue(printed().startsWith("x"), printed());          // :vars lists x
        assertTrue(printed().endsWith("4\n"), printed());          // then the print ran
        assertTrue(reported().startsWith("In[1]:5:9: unknown name 'nothing_here'"), reported());
        assertTrue(reported().contains("\n    y = x + nothing_here\n            ^"), reported());
        assertEquals("3", run("x").result(), "the names stay after an error");
    }

    @Test
    void theFirstFailureStopsTheCell() {
        CellSession.Outcome outcome = run(":lesson 999\nz = 1");
        assertFalse(outcome.succeeded());
        assertTrue(reported().startsWith("In[1]:1: :lesson needs a lesson number"), reported());
        assertFalse(run("z").succeeded(), "z = 1 never ran");
    }

    @Test
    void aCommandInsideAnOpenBracketIsCode() {
        assertEquals("[6 7]", run("w = [5, 6, 7]\nw[1\n:3]").result());  // NumPy: np.array([5, 6, 7])[1:3]
    }

    @Test
    void timingALineOrTheWholeCell() {
        assertEquals("6", run("%time 1 + 2 + 3").result());
        assertTrue(printed().matches("time: \\d+\\.\\d{4} s\\n"), printed());
        assertEquals("10", run("%%time\nn = 4\nn + 6").result());
        assertTrue(printed().matches("time: \\d+\\.\\d{4} s\\n"), printed());
    }

    @Test
    void theKernelSeesItsOwnCommandsFirst() {
        assertTrue(run(":kernel png\n1").succeeded());
        assertEquals(List.of(":kernel png"), kernelCommands);
    }

    @Test
    void completionReplacesTheWordUnderTheCursor() {
        run("learning_rate = 0.1");
        CellSession.Completions completions = cells.complete("x = 1\ny = learn", 15);
        assertEquals(List.of("learning_rate"), completions.matches());
        assertEquals(10, completions.start());
        assertEquals(15, completions.end());
        assertTrue(cells.complete("%hel", 4).matches().contains("%help"));
        assertTrue(cells.complete("softm", 5).matches().contains("softmax"));
    }

    @Test
    void inspectionIsHelpsText() {
        String text = cells.inspect("y = softmax(z)", 7);
        assertTrue(text.startsWith("softmax("), text);
        run("# a comment above the function\ndef double(t) {\n  return 2 * t\n}");
        assertTrue(cells.inspect("double(3)", 2).contains("a comment above the function"), cells.inspect("double(3)", 2));
        assertNull(cells.inspect("no_such_name", 3));
    }
}
