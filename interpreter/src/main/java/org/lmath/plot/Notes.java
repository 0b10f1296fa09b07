package org.lmath.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;

/**
 * The notes of text(x, y, s), written with their lower left corner at the data point. Drawn
 * here rather than by XChart's AnnotationText, which turns letters into outlines: as real text
 * they stay selectable and searchable in an SVG file.
 */
final class Notes extends ScreenAnnotation {

    private final List<Axes.Note> notes;
    private final int chartWidth;

    Notes(List<Axes.Note> notes, DataBounds bounds, int chartWidth) {
        super(bounds);
        this.notes = notes;
        this.chartWidth = chartWidth;
    }

    @Override
    public void paint(Graphics2D g) {
        if (!usable()) return;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(ChartStyle.noteFont(chartWidth));
        g.setColor(ChartStyle.TEXT);
        for (Axes.Note note : notes) g.drawString(note.text(), (float) screenX(note.x()), (float) screenY(note.y()));
    }
}
