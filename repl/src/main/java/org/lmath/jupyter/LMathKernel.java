package org.lmath.jupyter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.lmath.error.ErrorFormatter;
import org.lmath.error.LMathError;
import org.lmath.plot.FigureDisplay;
import org.lmath.plot.PlotOutput;
import org.lmath.plot.PlotSession;
import org.lmath.plot.PlotSettings;
import org.lmath.repl.CellSession;
import org.lmath.value.SessionState;

/**
 * The lmath kernel: one REPL session for the life of the kernel. A cell's output goes to the
 * stream stdout, its last value becomes the execute_result (text from the one printer), a failure
 * becomes a Jupyter error with lmath's report, and figures go inline. jjava-jupyter does the
 * messaging; this class only answers its questions.
 */
final class LMathKernel extends BaseKernel {

    static final String NAME = "lmath";

    private final ByteArrayOutputStream errorReport = new ByteArrayOutputStream();
    private final CellSession cells;
    private final InlineFigures figures;

    LMathKernel(String version) {
        super(NAME, version, languageInfo(version),
                List.of(),
                null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null, null, false,
                new StringStyler.Builder().build());
        cells = new CellSession(io.out, new PrintStream(errorReport, true, StandardCharsets.UTF_8), PlotSettings.defaults());
        figures = new InlineFigures(io.display::display);
        cells.prepareEachRun(interpreter -> interpreter.session().put(FigureDisplay.class, figures));
    }

    private static LanguageInfo languageInfo(String version) {
        return new LanguageInfo.Builder(NAME).version(version).mimetype("text/x-lmath").fileExtension(".lmath")
                .pygments("python").codemirror("python").build();
    }

    @Override
    public Object evalRaw(String code) {
        errorReport.reset();
        CellSession.Outcome outcome = cells.run("In[" + (executionCount.get() - 1) + "]", code, this::kernelCommand);
        showUndisplayedFigure();
        io.out.flush();
        String report = errorReport.toString(StandardCharsets.UTF_8).strip();
        if (!outcome.succeeded() || !report.isEmpty()) throw new CellError(report.isEmpty() ? "the cell failed" : report);
        return outcome.result() == null ? null : new DisplayData(outcome.result());
    }

    /** A cell that drew without calling show() shows its figure, as matplotlib's inline backend does. */
    private void showUndisplayedFigure() {
        SessionState state = cells.interpreter().session();
        PlotSession plots = state.find(PlotSession.class);
        if (plots == null || plots.figure().isEmpty()) return;
        state.put(FigureDisplay.class, figures);
        try {
            PlotOutput.show(state, io.out);
        } catch (LMathError error) {
            cells.problem(ErrorFormatter.format(error));
        }
    }

    /** The kernel's own command: `:plots png`, `:plots svg`, `:plots png svg` (the inline formats). */
    private boolean kernelCommand(String command) {
        String[] words = command.split("\\s+");
        if (!words[0].equals(":plots")) return false;
        Set<String> chosen = new LinkedHashSet<>(List.of(words).subList(1, words.length));
        if (chosen.isEmpty()) {
            io.out.println("inline plots: " + figures.describe() + " (choose with :plots png, :plots svg or :plots png svg)");
        } else if (!InlineFigures.FORMATS.containsAll(chosen)) {
            cells.problem(":plots takes png, svg or both, as in :plots png svg; not '" + String.join(" ", chosen) + "'");
        } else {
            figures.use(chosen);
            io.out.println("inline plots: " + figures.describe());
        }
        return true;
    }

    @Override
    public List<String> formatError(Throwable error) {
        if (error instanceof CellError cell) return cell.lines();
        return List.of("lmath: internal error: " + error);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        String text = cells.inspect(code, at);
        return text == null ? null : new DisplayData(text);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        CellSession.Completions completions = cells.complete(code, at);
        return new ReplacementOptions(completions.matches(), completions.start(), completions.end());
    }

    @Override
    public String isComplete(String code) {
        return CellSession.isIncomplete(code) ? "    " : IS_COMPLETE_YES;
    }

    @Override
    public void interrupt() {
        cells.interrupt();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        cells.close();
    }
}
