package org.lmath.plot;

import java.util.ArrayList;
import java.util.List;

import org.lmath.value.SessionState;

/** A session's plotting state: its current figure and how many figures show() has written. */
public final class PlotSession {

    private Figure figure = new Figure();
    private int shown;
    private boolean saved;  // savefig() wrote the current figure
    final List<java.awt.Window> windows = new ArrayList<>();

    /** The plotting state of a session (made on first use). */
    public static PlotSession of(SessionState session) {
        return session.get(PlotSession.class, PlotSession::new);
    }

    /** The settings of a session: those the command line put there, or the defaults. */
    public static PlotSettings settings(SessionState session) {
        return session.get(PlotSettings.class, PlotSettings::defaults);
    }

    public Figure figure() {
        return figure;
    }

    /** Starts a new current figure (figure(), and after show()). */
    public Figure newFigure(int width, int height) {
        figure = new Figure(width, height);
        saved = false;
        return figure;
    }

    void markSaved() {
        saved = true;
    }

    /** Whether something was drawn that neither show() nor savefig() has written. */
    public boolean hasUnwrittenFigure() {
        return !figure.isEmpty() && !saved;
    }

    int shownCount() {
        return shown;
    }

    /** The number of the next picture show() writes: 1, 2, ... */
    int nextNumber() {
        return ++shown;
    }
}
