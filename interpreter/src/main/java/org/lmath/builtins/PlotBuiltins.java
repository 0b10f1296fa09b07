package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.plot.Arrows;
import org.lmath.plot.Axes;
import org.lmath.plot.Band;
import org.lmath.plot.Bars;
import org.lmath.plot.ColorNames;
import org.lmath.plot.Contour;
import org.lmath.plot.Contours;
import org.lmath.plot.Curve;
import org.lmath.plot.Figure;
import org.lmath.plot.Heatmap;
import org.lmath.plot.Histogram;
import org.lmath.plot.Layer;
import org.lmath.plot.LineStyle;
import org.lmath.plot.Palette;
import org.lmath.plot.PlotOutput;
import org.lmath.plot.PlotSession;
import org.lmath.plot.ReferenceLine;
import org.lmath.plot.Surface;
import org.lmath.value.Bool;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Str;
import org.lmath.value.Value;

/**
 * Plots, in matplotlib's style: calls draw into the current figure (kept in the session), and
 * show() or savefig() finishes it. Every plot function returns none. Plot data is constant for
 * grad: a traced value is drawn as its value.
 */
final class PlotBuiltins {

    private PlotBuiltins() {}

    private static final String TOPIC = "plots";

    static void register(BuiltinTable table) {
        registerFigure(table);
        registerKinds(table);
        registerDecorations(table);
    }

    private static void registerFigure(BuiltinTable table) {
        table.add(TOPIC, "figure", Gradient.CONSTANT, "Starts a new figure of width by height pixels; plot calls draw into it.",
                PlotBuiltins::newFigure, optional("width", new Num(Figure.DEFAULT_WIDTH)), optional("height", new Num(Figure.DEFAULT_HEIGHT)));
        table.add(TOPIC, "subplot", Gradient.CONSTANT, "Picks cell index (1-based, row by row) of a rows by cols grid of plots in the figure.",
                args -> {
                    figure(args).select(args.integer("rows"), args.integer("cols"), args.integer("index"));
                    return NoneValue.NONE;
                }, required("rows"), required("cols"), required("index"));
        table.add(TOPIC, "show", Gradient.CONSTANT, "Finishes the figure: writes plots/<script>-<n>.png (or opens a window with --show).",
                args -> {
                    PlotOutput.show(args.context().session(), args.context().out());
                    return NoneValue.NONE;
                });
        table.add(TOPIC, "savefig", Gradient.CONSTANT, "Writes the figure to a file, PNG or SVG by the name's ending: savefig(\"loss.svg\").",
                args -> {
                    org.lmath.sandbox.FileAccess sandbox = org.lmath.sandbox.FileAccess.of(args.context().session());
                    String name = args.string("path");
                    PlotOutput.save(args.context().session(), sandbox == null ? Path.of(name) : sandbox.resolvePicture(name));
                    return NoneValue.NONE;
                }, required("path"));
    }

    private static void registerKinds(BuiltinTable table) {
        table.add(TOPIC, "plot", Gradient.CONSTANT, "A line through the points (x, y); style in matplotlib's short form, e.g. \"r--\", \"o-\", \"b:\".",
                PlotBuiltins::plot, required("x"), optional("y", NoneValue.NONE), optional("style", new Str("")), optional("label", NoneValue.NONE),
                optional("color", NoneValue.NONE));
        table.add(TOPIC, "scatter", Gradient.CONSTANT, "A marker at each point (x, y); style gives colour and marker, e.g. \"r^\".",
                PlotBuiltins::scatter, required("x"), required("y"), optional("style", new Str("o")), optional("label", NoneValue.NONE),
                optional("color", NoneValue.NONE));
        table.add(TOPIC, "bar", Gradient.CONSTANT, "One bar per label (strings or numbers) of the given height; values=true writes each height on its bar.",
                PlotBuiltins::bar, required("labels"), required("heights"), optional("label", NoneValue.NONE), optional("values", Bool.FALSE),
                optional("color", NoneValue.NONE));
        table.add(TOPIC, "hist", Gradient.CONSTANT, "A histogram of the values of x in bins equal-width bins from min(x) to max(x).",
                PlotBuiltins::hist, required("x"), optional("bins", new Num(10)), optional("label", NoneValue.NONE), optional("color", NoneValue.NONE));
        table.add(TOPIC, "heatmap", Gradient.CONSTANT, "A matrix as coloured cells, row 0 on top, its values written in (annotate, fmt=\".3f\") and a matplotlib colour map (cmap).",
                PlotBuiltins::heatmap, required("M"), optional("xlabels", NoneValue.NONE), optional("ylabels", NoneValue.NONE),
                optional("annotate", Bool.TRUE), optional("cmap", new Str("viridis")), optional("fmt", NoneValue.NONE));
        table.add(TOPIC, "quiver", Gradient.CONSTANT, "Arrows from (x0, y0) by (dx, dy); quiver(dx, dy) draws them from the origin; color: one colour or one per arrow.",
                PlotBuiltins::quiver, required("x0"), required("y0"), optional("dx", NoneValue.NONE), optional("dy", NoneValue.NONE),
                optional("label", NoneValue.NONE), optional("color", NoneValue.NONE));
        table.add(TOPIC, "fill_between", Gradient.CONSTANT, "Shades the region between the curves y1 and y2 (a number or a vector, 0 by default) over x.",
                PlotBuiltins::fillBetween, required("x"), required("y1"), optional("y2", Num.ZERO), optional("label", NoneValue.NONE),
                optional("color", NoneValue.NONE));
        table.add(TOPIC, "contour", Gradient.CONSTANT, "Iso-lines of Z over the grid X, Y (matrices as from a mesh, or vectors); levels: a count or the values.",
                PlotBuiltins::contour, required("X"), required("Y"), required("Z"), optional("levels", new Num(10)),
                optional("cmap", new Str("viridis")), optional("color", NoneValue.NONE));
        PlotExtras.register(table);
    }

    private static void registerDecorations(BuiltinTable table) {
        table.add(TOPIC, "title", Gradient.CONSTANT, "The title above the current plot.",
                args -> decorate(args, axes -> axes.setTitle(args.string("text"))), required("text"));
        table.add(TOPIC, "xlabel", Gradient.CONSTANT, "The name under the x axis of the current plot.",
                args -> decorate(args, axes -> axes.setXLabel(args.string("text"))), required("text"));
        table.add(TOPIC, "ylabel", Gradient.CONSTANT, "The name beside the y axis of the current plot.",
                args -> decorate(args, axes -> axes.setYLabel(args.string("text"))), required("text"));
        table.add(TOPIC, "xlim", Gradient.CONSTANT, "Shows x from low to high in the current plot.",
                args -> decorate(args, axes -> {
                    double[] range = limits(args);
                    axes.setXLimits(range[0], range[1]);
                }), required("low"), required("high"));
        table.add(TOPIC, "ylim", Gradient.CONSTANT, "Shows y from low to high in the current plot.",
                args -> decorate(args, axes -> {
                    double[] range = limits(args);
                    axes.setYLimits(range[0], range[1]);
                }), required("low"), required("high"));
        table.add(TOPIC, "legend", Gradient.CONSTANT, "Shows (or with false hides) the legend of the labelled series; shown by default when there are labels.",
                args -> decorate(args, axes -> axes.setLegend(args.bool("show"))), optional("show", Bool.TRUE));
        table.add(TOPIC, "grid", Gradient.CONSTANT, "Shows (or with false hides) the light grid behind the current plot; shown by default.",
                args -> decorate(args, axes -> axes.setGrid(args.bool("show"))), optional("show", Bool.TRUE));
        table.add(TOPIC, "text", Gradient.CONSTANT, "Writes s at the point (x, y) of the current plot.",
                args -> decorate(args, axes -> axes.note(new Axes.Note(finite(args, "x"), finite(args, "y"), args.string("s")))),
                required("x"), required("y"), required("s"));
    }

    // ------------------------------------------------------------------ figure

    private static Figure figure(Arguments args) {
        return PlotSession.of(args.context().session()).figure();
    }

    private static Axes axes(Arguments args) {
        return figure(args).currentAxes();
    }

    private static Value newFigure(Arguments args) {
        int width = args.integer("width"), height = args.integer("height");
        if (width < 100 || height < 100 || width > 8000 || height > 8000) {
            throw new LMathError("figure(): width and height are pixels from 100 to 8000, not " + width + " by " + height);
        }
        PlotSession.of(args.context().session()).newFigure(width, height);
        return NoneValue.NONE;
    }

    private static Value decorate(Arguments args, java.util.function.Consumer<Axes> change) {
        change.accept(axes(args));
        return NoneValue.NONE;
    }

    private static double finite(Arguments args, String name) {
        double value = args.number(name);
        if (!Double.isFinite(value)) throw new LMathError(args.what(name) + " must be a finite number, not " + value);
        return value;
    }

    private static double[] limits(Arguments args) {
        double low = finite(args, "low"), high = finite(args, "high");
        if (!(low < high)) throw new LMathError(args.signatureName() + "(): low must be less than high, not " + low + " and " + high);
        return new double[] {low, high};
    }

    /** The colour color= names, or the next of the axes' cycle. */
    private static Color colorOrNext(Arguments args) {
        return args.isNone("color") ? axes(args).nextColor() : ColorNames.parse(args.string("color"), args.signatureName());
    }

    /** A style with the colour color= names (which wins over the style string's, as in matplotlib). */
    private static LineStyle withColor(Arguments args, LineStyle style) {
        if (args.isNone("color")) return style;
        return new LineStyle(ColorNames.parse(args.string("color"), args.signatureName()), style.line(), style.marker());
    }

    // ------------------------------------------------------------------ kinds

    private static Value plot(Arguments args) {
        Value yValue = args.get("y");
        String styleText = args.string("style");
        double[] x, y;
        if (yValue == NoneValue.NONE || yValue instanceof Str) {
            // plot(y) and plot(y, "r--"): x is 0, 1, ..., n-1, as in matplotlib
            if (yValue instanceof Str style && styleText.isEmpty()) styleText = style.value();
            else if (yValue instanceof Str) throw new LMathError("plot(): the style is given twice (as y and as style=)");
            y = PlotArguments.vector(args, "x");
            x = new double[y.length];
            for (int i = 0; i < x.length; i++) x[i] = i;
        } else {
            x = PlotArguments.vector(args, "x");
            y = PlotArguments.vector(args, "y");
            PlotArguments.sameLength(args, "x", x, "y", y);
        }
        LineStyle style = withColor(args, styleText.isEmpty() ? LineStyle.DEFAULT : LineStyle.parse(styleText, "plot"));
        PlotArguments.skipNonFinite(args, "points", x, y);
        curve(args, x, y, style);
        return NoneValue.NONE;
    }

    private static Value scatter(Arguments args) {
        double[] x = PlotArguments.vector(args, "x");
        double[] y = PlotArguments.vector(args, "y");
        PlotArguments.sameLength(args, "x", x, "y", y);
        LineStyle style = LineStyle.parse(args.string("style"), "scatter");
        if (style.marker() == null) style = new LineStyle(style.color(), style.line(), LineStyle.Marker.CIRCLE);
        style = withColor(args, style);
        PlotArguments.skipNonFinite(args, "points", x, y);
        curve(args, x, y, style);
        return NoneValue.NONE;
    }

    private static void curve(Arguments args, double[] x, double[] y, LineStyle style) {
        Axes axes = axes(args);
        LineStyle colored = style.color() != null ? style : style.colored(axes.nextColor());
        axes.add(new Curve(x, y, colored, PlotArguments.optionalString(args, "label")), args.signatureName());
    }

    private static Value bar(Arguments args) {
        List<String> labels = PlotArguments.labels(args, "labels");
        double[] heights = PlotArguments.vector(args, "heights");
        if (labels.size() != heights.length) {
            throw new LMathError("bar(): there are " + labels.size() + " labels but " + heights.length + " heights: give one height per label");
        }
        boolean[] finite = PlotArguments.finiteMask(args, heights, "bars", "bar(): every height is NaN or infinite: there is nothing to draw");
        List<String> keptLabels = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) if (finite[i]) keptLabels.add(labels.get(i));
        Axes axes = axes(args);
        for (Layer layer : axes.layers()) {
            if (layer instanceof Bars other && !other.labels().equals(keptLabels)) {
                throw new LMathError("bar(): these axes already have bars with other labels; bars drawn together need the same labels");
            }
        }
        axes.add(new Bars(keptLabels, PlotArguments.keep(heights, finite), colorOrNext(args),
                PlotArguments.optionalString(args, "label"), args.bool("values")), "bar");
        return NoneValue.NONE;
    }

    private static Value hist(Arguments args) {
        double[] values = PlotArguments.vector(args, "x");
        int bins = args.integer("bins");
        if (bins < 1 || bins > 10_000) throw new LMathError("hist(): bins must be from 1 to 10000, not " + bins);
        boolean[] finite = PlotArguments.finiteMask(args, values, "values", "hist(): every value is NaN or infinite: there is nothing to count");
        double[] kept = PlotArguments.keep(values, finite);
        double low = java.util.Arrays.stream(kept).min().getAsDouble(), high = java.util.Arrays.stream(kept).max().getAsDouble();
        if (low == high) {  // NumPy's choice for a constant sample: the range value +- 0.5
            low -= 0.5;
            high += 0.5;
        }
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) edges[b] = low + (high - low) * b / bins;
        double[] counts = new double[bins];
        for (double value : kept) {
            int b = (int) Math.floor((value - low) / (high - low) * bins);
            counts[Math.min(Math.max(b, 0), bins - 1)]++;  // the last bin includes its right edge, as NumPy's
        }
        axes(args).add(new Histogram(edges, counts, colorOrNext(args), PlotArguments.optionalString(args, "label")), "hist");
        return NoneValue.NONE;
    }

    private static Value heatmap(Arguments args) {
        double[][] values = PlotArguments.matrix(args, "M");
        int rows = values.length, columns = values[0].length;
        List<String> columnLabels = args.isNone("xlabels") ? numbered(columns) : PlotArguments.labels(args, "xlabels");
        List<String> rowLabels = args.isNone("ylabels") ? numbered(rows) : PlotArguments.labels(args, "ylabels");
        if (columnLabels.size() != columns) {
            throw new LMathError("heatmap(): M has " + columns + " columns but xlabels has " + columnLabels.size() + " labels");
        }
        if (rowLabels.size() != rows) throw new LMathError("heatmap(): M has " + rows + " rows but ylabels has " + rowLabels.size() + " labels");
        PlotArguments.skipNonFiniteCells(args, values, "cells", "heatmap(): every value is NaN or infinite: there is nothing to draw");
        String format = PlotArguments.optionalString(args, "fmt");
        if (format != null) PlotArguments.checkFormat(args, format, values);
        axes(args).add(new Heatmap(values, columnLabels, rowLabels, args.bool("annotate"), Palette.map(args.string("cmap"), "heatmap"), format),
                "heatmap");
        return NoneValue.NONE;
    }

    private static List<String> numbered(int count) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) labels.add(Integer.toString(i));
        return labels;
    }

    private static Value quiver(Arguments args) {
        double[] x0, y0, dx, dy;
        if (args.isNone("dx") && args.isNone("dy")) {
            dx = PlotArguments.vector(args, "x0");
            dy = PlotArguments.vector(args, "y0");
            x0 = new double[dx.length];
            y0 = new double[dx.length];
        } else if (args.isNone("dx") || args.isNone("dy")) {
            throw new LMathError("quiver(): give both dx and dy (quiver(x0, y0, dx, dy)), or only the two components (quiver(dx, dy))");
        } else {
            x0 = PlotArguments.vector(args, "x0");
            y0 = PlotArguments.vector(args, "y0");
            dx = PlotArguments.vector(args, "dx");
            dy = PlotArguments.vector(args, "dy");
        }
        int count = Math.max(Math.max(x0.length, y0.length), Math.max(dx.length, dy.length));
        // Copies: a number given once is stretched, and gaps are written into these arrays.
        x0 = PlotArguments.stretch(x0, count).clone();
        y0 = PlotArguments.stretch(y0, count).clone();
        dx = PlotArguments.stretch(dx, count).clone();
        dy = PlotArguments.stretch(dy, count).clone();
        boolean components = args.isNone("dx");
        // quiver(dx, dy): the components came in as x0 and y0 and the tails are made to fit, so compare the components.
        if (components) PlotArguments.sameLength(args, "dx", dx, "dy", dy);
        else PlotArguments.sameLength(args, "x0", x0, "y0", y0);
        if (!components) {
            PlotArguments.sameLength(args, "x0", x0, "dx", dx);
            PlotArguments.sameLength(args, "x0", x0, "dy", dy);
        }
        PlotArguments.skipNonFinite(args, "arrows", x0, y0, dx, dy);
        boolean[] keep = new boolean[count];
        for (int i = 0; i < count; i++) keep[i] = !Double.isNaN(x0[i]);
        java.awt.Color[] colors = PlotArguments.arrowColors(args, count, axes(args));
        axes(args).add(new Arrows(PlotArguments.keep(x0, keep), PlotArguments.keep(y0, keep), PlotArguments.keep(dx, keep),
                PlotArguments.keep(dy, keep), PlotArguments.keep(colors, keep), PlotArguments.optionalString(args, "label")), "quiver");
        return NoneValue.NONE;
    }

    private static Value fillBetween(Arguments args) {
        double[] x = PlotArguments.vector(args, "x");
        double[] upper = PlotArguments.vector(args, "y1");
        double[] lower = PlotArguments.stretch(PlotArguments.vector(args, "y2"), x.length).clone();
        PlotArguments.sameLength(args, "x", x, "y1", upper);
        PlotArguments.sameLength(args, "x", x, "y2", lower);
        PlotArguments.skipNonFinite(args, "points", x, upper, lower);
        boolean[] keep = new boolean[x.length];
        for (int i = 0; i < x.length; i++) keep[i] = !Double.isNaN(x[i]);
        axes(args).add(new Band(PlotArguments.keep(x, keep), PlotArguments.keep(lower, keep), PlotArguments.keep(upper, keep),
                colorOrNext(args), PlotArguments.optionalString(args, "label")), "fill_between");
        return NoneValue.NONE;
    }

    private static Value contour(Arguments args) {
        double[][] z = PlotArguments.matrix(args, "Z");
        int rows = z.length, columns = z[0].length;
        if (rows < 2 || columns < 2) throw new LMathError("contour(): Z must have at least 2 rows and 2 columns, not " + rows + " by " + columns);
        double[] xs = gridAxis(args, "X", rows, columns, true);
        double[] ys = gridAxis(args, "Y", rows, columns, false);
        PlotArguments.skipNonFiniteCells(args, z, "values", "contour(): every value of Z is NaN or infinite: there is nothing to draw");
        double[] range = Palette.range(z);
        double low = range[0], high = range[1];
        double[] levels;
        Value levelsValue = args.get("levels");
        if (levelsValue instanceof Num) {
            int count = args.integer("levels");
            if (count < 1 || count > 100) throw new LMathError("contour(): levels must be a count from 1 to 100 or a list of values, not " + count);
            levels = Contours.niceLevels(low, high, count);
        } else {
            levels = PlotArguments.vector(args, "levels");
        }
        Color[] colorMap = args.isNone("color") ? Palette.map(args.string("cmap"), "contour")
                : new Color[] {ColorNames.parse(args.string("color"), "contour"), ColorNames.parse(args.string("color"), "contour")};
        axes(args).add(new Contour(xs, ys, z, levels, colorMap), "contour");
        return NoneValue.NONE;
    }

    /** The grid's x values (along columns) or y values (along rows), from a mesh matrix or a vector. */
    static double[] gridAxis(Arguments args, String name, int rows, int columns, boolean alongColumns) {
        int wanted = alongColumns ? columns : rows;
        org.lmath.tensor.Tensor tensor = args.tensor(name);
        double[] values;
        if (tensor.ndim() == 2) {
            double[][] mesh = PlotArguments.matrix(args, name);
            if (mesh.length != rows || mesh[0].length != columns) {
                throw new LMathError(args.signatureName() + "(): " + name + " has shape (" + mesh.length + ", " + mesh[0].length + ") but Z has shape ("
                        + rows + ", " + columns + "): they must match");
            }
            values = new double[wanted];
            for (int k = 0; k < wanted; k++) values[k] = alongColumns ? mesh[0][k] : mesh[k][0];
        } else {
            values = PlotArguments.vector(args, name);
            if (values.length != wanted) {
                throw new LMathError(args.signatureName() + "(): " + name + " has " + values.length + " values but Z has " + wanted
                        + (alongColumns ? " columns" : " rows") + ": they must match");
            }
        }
        for (double v : values) if (!Double.isFinite(v)) throw new LMathError(args.signatureName() + "(): " + name + " must be finite numbers");
        return values;
    }
}
