package org.lmath.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.lmath.error.LMathError;

/** One cell of a figure: its layers, in drawing order, and its decorations (titles, limits, notes). */
public final class Axes {

    /** A piece of text at a data position (text()). */
    public record Note(double x, double y, String text) {}

    private final List<Layer> layers = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private int nextColor;
    String title;
    String xLabel;
    String yLabel;
    double[] xLimits;
    double[] yLimits;
    Boolean legend;  // null: shown when some series has a label
    boolean grid = true;
    boolean equalAspect;

    /** Adds a layer; a bar chart, a heatmap and line plots each need their own axes. */
    public void add(Layer layer, String function) {
        Layer.Kind kind = kind();
        if (kind != null && kind != layer.kind()) {
            throw new LMathError(function + "() cannot draw on axes that already hold " + Layer.describe(kind)
                    + ": start a new figure() or pick another subplot()");
        }
        if (layer.kind() == Layer.Kind.HEATMAP && !layers.isEmpty()) {
            throw new LMathError(function + "() needs axes of its own: these already hold a heatmap");
        }
        layers.add(layer);
    }

    /** The next colour of this axes' cycle. */
    public Color nextColor() {
        return Palette.cycle(nextColor++);
    }

    public void note(Note note) {
        notes.add(note);
    }

    /** The kind of chart this axes draws, or null while empty. */
    public Layer.Kind kind() {
        return layers.isEmpty() ? null : layers.get(0).kind();
    }

    public boolean isEmpty() {
        return layers.isEmpty() && notes.isEmpty();
    }

    public List<Layer> layers() {
        return layers;
    }

    public List<Note> notes() {
        return notes;
    }

    public String title() { return title; }
    public String xLabel() { return xLabel; }
    public String yLabel() { return yLabel; }
    public double[] xLimits() { return xLimits; }
    public double[] yLimits() { return yLimits; }
    public boolean grid() { return grid; }
    /** Whether a unit is as long on the y axis as on the x axis (axis("equal")). */
    public boolean equalAspect() { return equalAspect; }

    public void setTitle(String text) { title = text; }
    public void setXLabel(String text) { xLabel = text; }
    public void setYLabel(String text) { yLabel = text; }
    public void setXLimits(double low, double high) { xLimits = new double[] {low, high}; }
    public void setYLimits(double low, double high) { yLimits = new double[] {low, high}; }
    public void setLegend(boolean show) { legend = show; }
    public void setGrid(boolean show) { grid = show; }
    public void setEqualAspect(boolean equal) { equalAspect = equal; }

    /** Whether the legend is drawn: as asked, or when some layer has a label. */
    public boolean showsLegend() {
        if (legend != null) return legend;
        return layers.stream().anyMatch(layer -> layer.label() != null);
    }

}
