package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import org.lmath.error.LMathError;
import org.lmath.plot.Axes;
import org.lmath.plot.ColorNames;
import org.lmath.plot.LineStyle;
import org.lmath.plot.Palette;
import org.lmath.plot.PlotSession;
import org.lmath.plot.ReferenceLine;
import org.lmath.plot.Surface;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Str;
import org.lmath.value.Value;

/**
 * The plot calls added after the first set, from matplotlib's habits: reference lines across
 * the axes (axhline, axvline), equal aspect (axis), and a 3-D surface drawn by projection.
 */
final class PlotExtras {

    private PlotExtras() {}

    private static final String TOPIC = "plots";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "axhline", Gradient.CONSTANT, "A horizontal line across the whole plot at height y; style \"--\" or \":\", color, label.",
                args -> referenceLine(args, true), optional("y", Num.ZERO), optional("style", new Str("-")), optional("color", new Str("k")),
                optional("label", NoneValue.NONE));
        table.add(TOPIC, "axvline", Gradient.CONSTANT, "A vertical line across the whole plot at x; style \"--\" or \":\", color, label.",
                args -> referenceLine(args, false), optional("x", Num.ZERO), optional("style", new Str("-")), optional("color", new Str("k")),
                optional("label", NoneValue.NONE));
        table.add(TOPIC, "axis", Gradient.CONSTANT, "axis(\"equal\") makes a unit as long on y as on x (circles round, rotations true); axis(\"auto\") undoes it.",
                PlotExtras::axis, required("mode"));
        table.add(TOPIC, "surface", Gradient.CONSTANT, "Z over the grid X, Y as a 3-D surface, coloured by height (cmap); X, Y as for contour.",
                PlotExtras::surface, required("X"), required("Y"), required("Z"), optional("cmap", new Str("viridis")));
    }

    private static Axes axes(Arguments args) {
        return PlotSession.of(args.context().session()).figure().currentAxes();
    }

    private static Value referenceLine(Arguments args, boolean horizontal) {
        String name = horizontal ? "y" : "x";
        double at = args.number(name);
        if (!Double.isFinite(at)) throw new LMathError(args.what(name) + " must be a finite number, not " + at);
        LineStyle parsed = LineStyle.parse(args.string("style"), args.signatureName());
        if (parsed.line() == null || parsed.marker() != null) {
            throw new LMathError(args.signatureName() + "(): style is a line only: \"-\", \"--\", \":\" or \"-.\", not \"" + args.string("style") + "\"");
        }
        LineStyle style = new LineStyle(ColorNames.parse(args.string("color"), args.signatureName()), parsed.line(), null);
        axes(args).add(new ReferenceLine(horizontal, at, style, PlotArguments.optionalString(args, "label")), args.signatureName());
        return NoneValue.NONE;
    }

    private static Value axis(Arguments args) {
        String mode = args.string("mode");
        switch (mode) {
            case "equal", "scaled", "image" -> axes(args).setEqualAspect(true);
            case "auto", "normal" -> axes(args).setEqualAspect(false);
            default -> throw new LMathError("axis(): unknown mode \"" + mode + "\": use \"equal\" (a unit as long on both axes) or \"auto\"");
        }
        return NoneValue.NONE;
    }

    private static Value surface(Arguments args) {
        double[][] z = PlotArguments.matrix(args, "Z");
        int rows = z.length, columns = z[0].length;
        if (rows < 2 || columns < 2) throw new LMathError("surface(): Z must have at least 2 rows and 2 columns, not " + rows + " by " + columns);
        double[] xs = PlotBuiltins.gridAxis(args, "X", rows, columns, true);
        double[] ys = PlotBuiltins.gridAxis(args, "Y", rows, columns, false);
        if (!(xs[xs.length - 1] != xs[0]) || !(ys[ys.length - 1] != ys[0])) {
            throw new LMathError("surface(): X and Y must each span more than one value");
        }
        PlotArguments.skipNonFiniteCells(args, z, "values", "surface(): every value of Z is NaN or infinite: there is nothing to draw");
        Axes axes = axes(args);
        axes.add(new Surface(xs, ys, z, Palette.map(args.string("cmap"), "surface"), new String[] {"x", "y", "z"}), "surface");
        return NoneValue.NONE;
    }
}
