package org.lmath.plot;

/**
 * The extent of what an axes draws, the one computation every part of a figure uses (the XChart
 * axes, the annotations drawn in screen space, the terminal preview, the legend's placement), so
 * that they cannot disagree. Limits set with xlim/ylim take precedence.
 *
 * <p>Values of a billion and more are drawn divided by a power of ten ({@link #xScale}), which
 * the axis title then names as matplotlib does ("×1e23"): XChart's tick calculation slows down
 * from about 1e18 and never finishes from 1e20 on, and a range from -1e308 to 1e308 overflows.
 */
final class DataBounds implements Points {

    /** Values at least this large (in size) are drawn scaled. */
    static final double SCALE_FROM = 1e9;

    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;

    private DataBounds() {}

    /** The extent of the layers and notes of axes, widened so that each axis has a positive span. */
    static DataBounds of(Axes axes) {
        DataBounds bounds = new DataBounds();
        for (Layer layer : axes.layers()) layer.trace(bounds);
        for (Axes.Note note : axes.notes()) bounds.point(note.x(), note.y());
        if (axes.xLimits() != null) {
            bounds.xMin = axes.xLimits()[0];
            bounds.xMax = axes.xLimits()[1];
        }
        if (axes.yLimits() != null) {
            bounds.yMin = axes.yLimits()[0];
            bounds.yMax = axes.yLimits()[1];
        }
        if (!(bounds.xMin <= bounds.xMax)) { bounds.xMin = 0; bounds.xMax = 1; }
        if (!(bounds.yMin <= bounds.yMax)) { bounds.yMin = 0; bounds.yMax = 1; }
        double[] x = widened(bounds.xMin, bounds.xMax), y = widened(bounds.yMin, bounds.yMax);
        bounds.xMin = x[0];
        bounds.xMax = x[1];
        bounds.yMin = y[0];
        bounds.yMax = y[1];
        return bounds;
    }

    /** One value alone gets a span around it, as matplotlib gives a single point (value ± 5%, or ± 1 at zero). */
    private static double[] widened(double low, double high) {
        if (high > low && Double.isFinite(high - low)) return new double[] {low, high};
        if (high > low) return new double[] {low, high};  // a span that overflows is drawn scaled
        double half = low == 0 ? 1 : Math.abs(low) * 0.05;
        return new double[] {low - half, high + half};
    }

    @Override
    public void point(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) return;
        x(x);
        y(y);
    }

    @Override
    public void x(double x) {
        if (!Double.isFinite(x)) return;
        xMin = Math.min(xMin, x);
        xMax = Math.max(xMax, x);
    }

    @Override
    public void y(double y) {
        if (!Double.isFinite(y)) return;
        yMin = Math.min(yMin, y);
        yMax = Math.max(yMax, y);
    }

    /** The power of ten x values are divided by on the chart: 1 for ordinary values. */
    double xScale() {
        return scale(xMin, xMax);
    }

    double yScale() {
        return scale(yMin, yMax);
    }

    private static double scale(double low, double high) {
        double largest = Math.max(Math.abs(low), Math.abs(high));
        if (largest < SCALE_FROM) return 1;
        return Math.pow(10, Math.floor(Math.log10(largest)));
    }

    /** {x min, x max, y min, y max}. */
    double[] asArray() {
        return new double[] {xMin, xMax, yMin, yMax};
    }
}
