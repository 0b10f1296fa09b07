package org.lmath.plot;

import java.awt.Color;

/**
 * One thing drawn on an axes, as plain numbers already checked by the builtin that made it.
 * Each kind is one class that answers everything a figure asks of it, so a new kind is one new
 * class and the compiler names any method it forgot. Colours are fixed when the layer is added,
 * so the colour cycle follows the order of the calls.
 */
public sealed interface Layer permits Curve, Band, Histogram, Arrows, Contour, Bars, Heatmap, ReferenceLine, Surface {

    /** Which XChart chart draws it: layers of different kinds cannot share an axes. */
    enum Kind { XY, CATEGORY, HEATMAP, SURFACE }

    Kind kind();

    /** The legend entry, or null for none. */
    String label();

    /** The colour the legend and the terminal preview show for it. */
    Color color();

    /**
     * Every point it draws, in data coordinates, for the axes' extent ({@link DataBounds}) and
     * for where the legend may go ({@link LegendPlacement}).
     */
    void trace(Points points);

    /** Adds its series and annotations to the XChart chart being built. */
    void draw(ChartCanvas canvas);

    /** Draws it with braille dots for the terminal preview, in the xterm colour code given. */
    void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code);

    /** The words for a kind in messages. */
    static String describe(Kind kind) {
        return switch (kind) {
            case XY -> "lines, points, arrows or contours";
            case CATEGORY -> "a bar chart";
            case HEATMAP -> "a heatmap";
            case SURFACE -> "a 3-D surface";
        };
    }
}
