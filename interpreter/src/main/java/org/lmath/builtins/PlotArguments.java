package org.lmath.builtins;

import java.util.ArrayList;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.print.Printer;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.ListValue;
import org.lmath.value.RangeValue;
import org.lmath.value.Str;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * Plot data from lmath values: vectors and matrices of doubles from tensors, lists, ranges and
 * numbers, labels from lists of strings or numbers, with the checks every plot call shares
 * (empty data, lengths that differ, values that are NaN or infinite).
 */
final class PlotArguments {

    private PlotArguments() {}

    /** A 1-D array of numbers (a number counts as one value); an error names the argument. */
    static double[] vector(Arguments args, String name) {
        Value value = args.get(name);
        boolean emptyList = value instanceof ListValue list && list.items().isEmpty() || value instanceof TupleValue tuple && tuple.items().isEmpty();
        if (emptyList) throw new LMathError(args.what(name) + " is empty: there is nothing to draw");
        Tensor tensor = args.tensor(name);
        if (tensor.ndim() > 1) {
            throw new LMathError(args.what(name) + " must be a vector (1-D), not a tensor of shape " + Shapes.describe(tensor.shape()));
        }
        double[] data = tensor.toArray();
        if (data.length == 0) throw new LMathError(args.what(name) + " is empty: there is nothing to draw");
        return data;
    }

    /** A 2-D array, rows first. */
    static double[][] matrix(Arguments args, String name) {
        Tensor tensor = args.tensor(name);
        if (tensor.ndim() != 2) {
            throw new LMathError(args.what(name) + " must be a matrix (2-D), not " + Values.describe(args.get(name)));
        }
        int rows = tensor.shape()[0], columns = tensor.shape()[1];
        if (rows == 0 || columns == 0) throw new LMathError(args.what(name) + " is empty: there is nothing to draw");
        double[] data = tensor.toArray();
        double[][] matrix = new double[rows][columns];
        for (int i = 0; i < rows; i++) System.arraycopy(data, i * columns, matrix[i], 0, columns);
        return matrix;
    }

    /** Fails unless the arrays have the same length, naming both arguments. */
    static void sameLength(Arguments args, String first, double[] a, String second, double[] b) {
        if (a.length != b.length) {
            throw new LMathError(args.signatureName() + "(): " + first + " has " + a.length + " values but " + second + " has "
                    + b.length + ": they must have the same length");
        }
    }

    /** A number given once stands for every point: quiver(0, 0, dx, dy) starts every arrow at the origin. */
    static double[] stretch(double[] values, int length) {
        if (values.length != 1 || length == 1) return values;
        double[] stretched = new double[length];
        java.util.Arrays.fill(stretched, values[0]);
        return stretched;
    }

    /**
     * Marks the points where any of the arrays is NaN or infinite as gaps (NaN in all of them),
     * warns how many there were, and fails if no point is left.
     */
    static void skipNonFinite(Arguments args, String what, double[]... arrays) {
        int skipped = 0;
        for (int i = 0; i < arrays[0].length; i++) {
            boolean finite = true;
            for (double[] array : arrays) finite &= Double.isFinite(array[i]);
            if (finite) continue;
            skipped++;
            for (double[] array : arrays) array[i] = Double.NaN;
        }
        if (skipped == arrays[0].length) {
            throw new LMathError(args.signatureName() + "(): every one of the " + skipped + " " + what + " is NaN or infinite: there is nothing to draw");
        }
        warnSkipped(args, skipped, what);
    }

    /**
     * Which values are finite; warns how many were not (counted as what, e.g. "bars"), and fails
     * with nothingLeft when none is.
     */
    static boolean[] finiteMask(Arguments args, double[] values, String what, String nothingLeft) {
        boolean[] finite = new boolean[values.length];
        int skipped = 0;
        for (int i = 0; i < values.length; i++) {
            finite[i] = Double.isFinite(values[i]);
            if (!finite[i]) skipped++;
        }
        if (skipped == values.length) throw new LMathError(nothingLeft);
        warnSkipped(args, skipped, what);
        return finite;
    }

    /** Marks the NaN and infinite cells of a matrix as gaps (NaN), warns how many, and fails with nothingLeft when none is left. */
    static void skipNonFiniteCells(Arguments args, double[][] matrix, String what, String nothingLeft) {
        int skipped = 0;
        for (double[] row : matrix) {
            for (int j = 0; j < row.length; j++) {
                if (Double.isFinite(row[j])) continue;
                row[j] = Double.NaN;
                skipped++;
            }
        }
        if (skipped == matrix.length * matrix[0].length) throw new LMathError(nothingLeft);
        warnSkipped(args, skipped, what);
    }

    static void warnSkipped(Arguments args, int skipped, String what) {
        if (skipped == 0) return;
        String noun = skipped == 1 ? what.substring(0, what.length() - 1) : what;  // "points" -> "point"
        args.context().out().println("[plot] warning: " + args.signatureName() + "() skipped " + skipped + " " + noun
                + " that " + (skipped == 1 ? "is" : "are") + " NaN or infinite");
    }

    /** The entries of arrays where mask is true, each array filtered alike. */
    static double[] keep(double[] values, boolean[] mask) {
        int count = 0;
        for (boolean m : mask) if (m) count++;
        double[] kept = new double[count];
        for (int i = 0, k = 0; i < values.length; i++) if (mask[i]) kept[k++] = values[i];
        return kept;
    }

    /** Labels: a list or tuple of strings or numbers, a range, or a tensor of numbers. */
    static List<String> labels(Arguments args, String name) {
        Value value = args.get(name);
        List<Value> items;
        if (value instanceof ListValue list) items = list.items();
        else if (value instanceof TupleValue tuple) items = tuple.items();
        else if (value instanceof RangeValue || value instanceof org.lmath.value.TensorValue) {
            items = new ArrayList<>();
            for (double number : vector(args, name)) items.add(new org.lmath.value.Num(number));
        } else {
            throw new LMathError(args.what(name) + " must be a list of strings or numbers, not " + Values.describe(value));
        }
        if (items.isEmpty()) throw new LMathError(args.what(name) + " is empty: there is nothing to draw");
        List<String> labels = new ArrayList<>(items.size());
        for (Value item : items) labels.add(item instanceof Str string ? string.value() : Printer.show(item));
        return labels;
    }

    /** A string argument, or null when it is none. */
    static String optionalString(Arguments args, String name) {
        return args.isNone(name) ? null : args.string(name);
    }

    /** The entries of colors where mask is true. */
    static java.awt.Color[] keep(java.awt.Color[] colors, boolean[] mask) {
        return java.util.stream.IntStream.range(0, colors.length).filter(i -> mask[i]).mapToObj(i -> colors[i]).toArray(java.awt.Color[]::new);
    }

    /**
     * quiver's colours, one per arrow: color= as one colour for all, a list of colours, or a
     * vector of numbers mapped through viridis (matplotlib's C argument); without it, the next
     * colour of the axes' cycle for all.
     */
    static java.awt.Color[] arrowColors(Arguments args, int count, org.lmath.plot.Axes axes) {
        java.awt.Color[] colors = new java.awt.Color[count];
        Value value = args.get("color");
        if (value == org.lmath.value.NoneValue.NONE || value instanceof Str) {
            java.awt.Color one = value instanceof Str text ? org.lmath.plot.ColorNames.parse(text.value(), "quiver") : axes.nextColor();
            java.util.Arrays.fill(colors, one);
            return colors;
        }
        List<Value> items = value instanceof ListValue list ? list.items() : value instanceof TupleValue tuple ? tuple.items() : null;
        if (items != null && !items.isEmpty() && items.stream().allMatch(item -> item instanceof Str)) {
            if (items.size() != count) throw new LMathError("quiver(): there are " + count + " arrows but " + items.size() + " colours: give one colour per arrow");
            for (int i = 0; i < count; i++) colors[i] = org.lmath.plot.ColorNames.parse(((Str) items.get(i)).value(), "quiver");
            return colors;
        }
        double[] numbers = vector(args, "color");
        if (numbers.length != count) throw new LMathError("quiver(): there are " + count + " arrows but " + numbers.length + " colour values: give one per arrow");
        double low = java.util.Arrays.stream(numbers).filter(Double::isFinite).min().orElse(0);
        double high = java.util.Arrays.stream(numbers).filter(Double::isFinite).max().orElse(1);
        java.awt.Color[] map = org.lmath.plot.Palette.map("viridis", "quiver");
        for (int i = 0; i < count; i++) colors[i] = org.lmath.plot.Palette.at(map, high > low ? (numbers[i] - low) / (high - low) : 0.5);
        return colors;
    }

    /** Fails at the call, not when the picture is drawn, unless every value can be written with the format. */
    static void checkFormat(Arguments args, String format, double[][] values) {
        for (double[] row : values) {
            for (double value : row) {
                if (Double.isNaN(value)) continue;
                try {
                    org.lmath.print.FormatSpec.format(value, format);
                } catch (IllegalArgumentException error) {
                    throw new LMathError(args.signatureName() + "(): fmt=\"" + format + "\" cannot write " + Printer.show(new org.lmath.value.Num(value))
                            + ": " + error.getMessage() + " (Python's format mini-language, e.g. \".3f\", \".1%\", \"d\" for whole numbers)");
                }
            }
        }
    }
}
