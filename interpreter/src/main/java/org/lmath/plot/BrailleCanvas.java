package org.lmath.plot;

/**
 * A grid of terminal characters where each character is a 2x4 block of braille dots, so a
 * canvas of w by h characters has 2w by 4h dots. Each character remembers the colour of the
 * last dot set in it.
 */
final class BrailleCanvas {

    // Bit of the dot at (column, row) inside one braille character (Unicode U+2800 block).
    private static final int[][] BITS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

    private final int columns;
    private final int rows;
    private final int[][] dots;
    private final int[][] colors;

    BrailleCanvas(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.dots = new int[rows][columns];
        this.colors = new int[rows][columns];
    }

    int dotWidth() { return 2 * columns; }
    int dotHeight() { return 4 * rows; }

    /** Sets the dot at (x, y), y counted down from the top; dots off the canvas are ignored. */
    void set(int x, int y, int color) {
        if (x < 0 || y < 0 || x >= dotWidth() || y >= dotHeight()) return;
        dots[y / 4][x / 2] |= BITS[y % 4][x % 2];
        colors[y / 4][x / 2] = color;
    }

    boolean isSet(int x, int y) {
        return (dots[y / 4][x / 2] & BITS[y % 4][x % 2]) != 0;
    }

    /** A straight line of dots from (x1, y1) to (x2, y2) (Bresenham). */
    void line(int x1, int y1, int x2, int y2, int color) {
        int dx = Math.abs(x2 - x1), dy = -Math.abs(y2 - y1);
        int stepX = x1 < x2 ? 1 : -1, stepY = y1 < y2 ? 1 : -1;
        int error = dx + dy;
        for (int guard = 0; guard < 100_000; guard++) {
            set(x1, y1, color);
            if (x1 == x2 && y1 == y2) return;
            int doubled = 2 * error;
            if (doubled >= dy) { error += dy; x1 += stepX; }
            if (doubled <= dx) { error += dx; y1 += stepY; }
        }
    }

    /** Row r as text; colour codes (ANSI 256) only when asked, reset at the end of the row. */
    String row(int r, java.util.function.IntFunction<String> colorCode) {
        StringBuilder text = new StringBuilder();
        int current = -1;
        for (int c = 0; c < columns; c++) {
            if (colorCode != null && dots[r][c] != 0 && colors[r][c] != current) {
                current = colors[r][c];
                text.append(colorCode.apply(current));
            }
            text.append((char) (0x2800 + dots[r][c]));
        }
        if (colorCode != null && current != -1) text.append("\u001b[0m");
        return text.toString();
    }

    int rows() { return rows; }

    /** Sets the dots of column x from row y1 to row y2 (either order). */
    void column(int x, int y1, int y2, int color) {
        for (int y = Math.min(y1, y2); y <= Math.max(y1, y2); y++) set(x, y, color);
    }
}
