package org.lmath.plot;

/**
 * A front end that shows finished figures itself, in place of the files or windows of
 * {@link PlotSettings}: the Jupyter kernel puts one into the session, and show() hands it the
 * figure to send inline into the notebook.
 */
@FunctionalInterface
public interface FigureDisplay {

    /** Shows the figure; show() starts a new one afterwards. */
    void display(Figure figure);
}
