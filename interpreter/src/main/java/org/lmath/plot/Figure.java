package org.lmath.plot;

import java.util.Map;
import java.util.TreeMap;

import org.lmath.error.LMathError;

/**
 * A picture being drawn: its size in pixels and a grid of axes (one cell unless subplot() asked
 * for more). Plot calls draw into the current axes.
 */
public final class Figure {

    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 600;

    private final int width;
    private final int height;
    private int rows = 1;
    private int columns = 1;
    private final Map<Integer, Axes> cells = new TreeMap<>();
    private int current = 1;

    public Figure(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public Figure() {
        this(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public int width() { return width; }
    public int height() { return height; }
    public int rows() { return rows; }
    public int columns() { return columns; }

    /** The axes plot calls draw into (made when first asked for). */
    public Axes currentAxes() {
        return cells.computeIfAbsent(current, index -> new Axes());
    }

    /** The axes of cell index (1-based, row by row), or null when nothing was drawn there. */
    public Axes cell(int index) {
        return cells.get(index);
    }

    /**
     * Picks cell index of a rows-by-columns grid (1-based, as matplotlib). Changing the grid of a
     * figure that already has drawings elsewhere is an error rather than a silent rearrangement.
     */
    public void select(int newRows, int newColumns, int index) {
        if (newRows < 1 || newColumns < 1) {
            throw new LMathError("subplot(): the grid needs at least one row and one column, not " + newRows + " by " + newColumns);
        }
        if (newRows * newColumns > 64) {
            throw new LMathError("subplot(): a grid of " + newRows + " by " + newColumns + " is too many cells (at most 64)");
        }
        if (index < 1 || index > newRows * newColumns) {
            throw new LMathError("subplot(): index " + index + " is outside the " + newRows + "x" + newColumns
                    + " grid: use 1 to " + (newRows * newColumns) + " (counted row by row from the top left)");
        }
        boolean drawn = cells.values().stream().anyMatch(axes -> !axes.isEmpty());
        if (drawn && (newRows != rows || newColumns != columns)) {
            throw new LMathError("subplot(): this figure is a " + rows + "x" + columns + " grid; call figure() first to start a "
                    + newRows + "x" + newColumns + " one");
        }
        rows = newRows;
        columns = newColumns;
        current = index;
    }

    /** Whether nothing at all has been drawn. */
    public boolean isEmpty() {
        return cells.values().stream().allMatch(Axes::isEmpty);
    }
}
