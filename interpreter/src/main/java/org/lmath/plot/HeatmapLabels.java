package org.lmath.plot;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * The tick labels of a heatmap's axes as XChart is given them, one per cell centre.
 *
 * XChart accepts a set of ticks only when all their labels differ, and tries wider steps until
 * they do: so the two ends of the axis get two different blank labels, positions between cells a
 * third (which forces a step of one cell), and repeated labels (a sentence with "the" twice) are
 * told apart by invisible zero-width spaces.
 *
 * XChart 4.0.3 sizes the x axis by measuring one label only, the first of the greatest string
 * length. That one may be short on the screen ("a" among "a".."l", or "the" with two invisible
 * spaces beside "slept" turned upright), and then the cells cover the top of the taller labels
 * and the tick marks. So the label that is tallest as drawn is also made the longest string, with
 * more invisible spaces than any other label has.
 */
final class HeatmapLabels {

    private static final String INVISIBLE = "\u200B";

    private final List<String> labels;
    private final boolean fromTop;
    private final int tallest;

    /**
     * @param fromTop true for the rows (y counts from the bottom, row 0 is on top)
     * @param font the tick font and rotation in degrees, to find the label tallest as drawn;
     *             null when the axis' size does not depend on it (the y axis)
     */
    HeatmapLabels(List<String> labels, boolean fromTop, Font font, int rotation) {
        this.labels = labels;
        this.fromTop = fromTop;
        this.tallest = font == null ? -1 : tallest(labels, font, rotation);
    }

    /** The label of the cell centred at value (x counts columns; y counts rows from the bottom). */
    String at(double value) {
        long index = Math.round(value);
        if (value < 0) return "";
        if (value > labels.size() - 1) return " ";
        if (Math.abs(value - index) > 1e-6) return INVISIBLE;
        int position = fromTop ? labels.size() - 1 - (int) index : (int) index;
        return labels.get(position) + INVISIBLE.repeat(marks(position));
    }

    /**
     * How many invisible spaces follow label position: none for a first occurrence, two or more
     * for a repeat, and for the tallest label one more than makes it longer than every other.
     * (XChart also gives up a step when a label passes 20 characters: the padding is the least.)
     */
    private int marks(int position) {
        int marks = repeatMarks(position);
        if (position != tallest) return marks;
        int others = 0;
        for (int k = 0; k < labels.size(); k++) if (k != position) others = Math.max(others, labels.get(k).length() + repeatMarks(k));
        return Math.max(marks, others + 1 - labels.get(position).length());
    }

    /** Invisible spaces that tell a repeated label from its earlier occurrences. */
    private int repeatMarks(int position) {
        int repeats = 0;
        for (int k = 0; k < position; k++) if (labels.get(k).equals(labels.get(position))) repeats++;
        return repeats == 0 ? 0 : repeats + 1;
    }

    /** The index of the label whose outline, turned as XChart turns it, is the tallest. */
    private static int tallest(List<String> labels, Font font, int rotation) {
        FontRenderContext context = new FontRenderContext(null, true, false);
        AffineTransform turn = AffineTransform.getRotateInstance(-Math.toRadians(rotation));
        int best = -1;
        double height = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).isEmpty()) continue;
            double h = new TextLayout(labels.get(i), font, context).getOutline(turn).getBounds2D().getHeight();
            if (h > height) {
                height = h;
                best = i;
            }
        }
        return best;
    }
}
