package org.lmath.builtins;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** NumPy's pad: how wide on each side of each axis, and where the new elements come from (the mode). */
final class Padding {

    private Padding() {}

    static Value pad(Arguments args) {
        Value x = args.get("x");
        int[] shape = Differentiable.shapeOf(x);
        int[][] widths = widths(args, shape.length);
        String mode = args.string("mode");
        int[] result = new int[shape.length];
        for (int d = 0; d < shape.length; d++) result[d] = shape[d] + widths[d][0] + widths[d][1];
        if (!mode.equals("constant")) {
            for (int d = 0; d < shape.length; d++) {
                if (shape[d] == 0 && result[d] > 0) throw new LMathError("pad(): cannot pad an empty axis in mode \"" + mode + "\"");
            }
        }
        Layouts.Source source = place -> {
            int[] from = new int[shape.length];
            for (int d = 0; d < shape.length; d++) {
                int i = place[d] - widths[d][0];
                int j = i >= 0 && i < shape[d] ? i : outside(mode, i, shape[d]);
                if (j < 0) return -1;
                from[d] = j;
            }
            return Layouts.flat(shape, from);
        };
        if (mode.equals("constant")) return Layouts.gatherWithFill(x, result, source, args.number("constant_values"));
        return Layouts.gather(x, result, source);
    }

    /** The position in an axis of length n that a place i outside it copies, by the mode; -1 for the constant. */
    private static int outside(String mode, int i, int n) {
        switch (mode) {
            case "constant": return -1;
            case "edge": return i < 0 ? 0 : n - 1;
            case "wrap": return Math.floorMod(i, n);
            case "reflect": {  // mirrored about the edge element, which is not repeated
                if (n == 1) return 0;
                int j = Math.floorMod(i, 2 * (n - 1));
                return j >= n ? 2 * (n - 1) - j : j;
            }
            case "symmetric": {  // mirrored with the edge element repeated
                int j = Math.floorMod(i, 2 * n);
                return j >= n ? 2 * n - 1 - j : j;
            }
            default:
                throw new LMathError("pad(): mode must be \"constant\", \"edge\", \"reflect\", \"symmetric\" or \"wrap\", got \"" + mode + "\"");
        }
    }

    /** pad_width as NumPy reads it: n, (n,), (before, after), or one (before, after) per axis. */
    private static int[][] widths(Arguments args, int rank) {
        Tensor given = Values.toTensor(Traced.strip(args.get("pad_width")), args.what("pad_width"));
        double[] data = given.toArray();
        int[] shape = given.shape();
        int[][] widths = new int[rank][2];
        for (int d = 0; d < rank; d++) {
            for (int side = 0; side < 2; side++) {
                double width;
                if (data.length == 1) width = data[0];
                else if (shape.length == 1 && data.length == 2) width = data[side];
                else if (shape.length == 2 && shape[1] == 2 && (shape[0] == rank || shape[0] == 1)) width = data[(shape[0] == 1 ? 0 : d) * 2 + side];
                else throw new LMathError("pad(): pad_width must be a number, (before, after), or one (before, after) per axis ("
                            + rank + " here), got shape " + Shapes.describe(shape));
                if (width < 0 || width != Math.rint(width)) throw new LMathError("pad(): pad widths must be whole numbers >= 0, got " + width);
                widths[d][side] = (int) width;
            }
        }
        return widths;
    }
}
