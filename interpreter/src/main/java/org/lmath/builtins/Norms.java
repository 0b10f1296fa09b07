package org.lmath.builtins;

import static org.lmath.autodiff.Differentiable.reduce;
import static org.lmath.autodiff.Rules.MULTIPLY;
import static org.lmath.autodiff.Rules.function;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.print.Printer;
import org.lmath.tensor.Decompositions;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Shapes;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Operations;
import org.lmath.value.Str;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * NumPy's linalg.norm, case by case as numpy/linalg/_linalg.py does it: with no axis, the
 * 2-norm of all elements (ord none) or a vector or matrix norm by the number of dimensions;
 * one axis gives vector norms, two axes matrix norms. All are built from differentiable primitives
 * (singular values among them), except the ord 2, -2 and "nuc" norms of a stack of matrices.
 */
final class Norms {

    private Norms() {}

    static Value norm(Arguments args) {
        Value x = args.get("x");
        int[] shape = Differentiable.shapeOf(x);
        Value ord = args.get("ord");
        boolean keep = args.bool("keepdims");
        int[] axes = args.axes("axis");
        checkOrd(ord);
        if (axes == null) {
            if (ord == NoneValue.NONE || (isFrobenius(ord) && shape.length == 2) || (is(ord, 2) && shape.length == 1)) {
                return euclidean(x, null, keep);
            }
            axes = new int[shape.length];
            for (int i = 0; i < axes.length; i++) axes[i] = i;
        }
        if (axes.length == 1) return vectorNorm(x, ord, Shapes.axis(axes[0], shape.length), keep);
        if (axes.length == 2) {
            int row = Shapes.axis(axes[0], shape.length), column = Shapes.axis(axes[1], shape.length);
            if (row == column) throw new LMathError("norm(): axis (" + axes[0] + ", " + axes[1] + ") names the same axis twice");
            return matrixNorm(x, ord, row, column, keep);
        }
        throw new LMathError("norm(): a tensor of shape " + Shapes.describe(shape) + " with ord " + Printer.repr(ord)
                + " needs axis: one axis for vector norms or two for matrix norms");
    }

    private static void checkOrd(Value ord) {
        if (ord == NoneValue.NONE || ord instanceof Num) return;
        if (ord instanceof Str text && (isFrobenius(ord) || text.value().equals("nuc"))) return;
        throw new LMathError("norm(): ord must be a number (1, 2, inf, ...), \"fro\" or \"nuc\", not " + Printer.repr(ord));
    }

    private static Value euclidean(Value x, int[] axes, boolean keep) {
        return function(MathFunction.SQRT).apply(reduce(Reduction.SUM, MULTIPLY.apply(x, x), axes, keep));
    }

    private static Value vectorNorm(Value x, Value ord, int axis, boolean keep) {
        int[] axes = {axis};
        if (ord == NoneValue.NONE || is(ord, 2)) return euclidean(x, axes, keep);
        if (ord instanceof Str text) {
            throw new LMathError("norm(): ord \"" + text.value() + "\" is a matrix norm; for a vector use ord 2 (the default), 1, inf, ...");
        }
        Value absolute = function(MathFunction.ABS).apply(x);
        double p = ((Num) ord).value();
        if (p == Double.POSITIVE_INFINITY) return reduce(Reduction.MAX, absolute, axes, keep);
        if (p == Double.NEGATIVE_INFINITY) return reduce(Reduction.MIN, absolute, axes, keep);
        if (p == 0) return reduce(Reduction.SUM, Operations.binary(Elementwise.NOT_EQUAL, Traced.strip(x), Num.ZERO), axes, keep);
        if (p == 1) return reduce(Reduction.SUM, absolute, axes, keep);
        if (Double.isNaN(p)) throw new LMathError("norm(): ord must not be nan");
        Value powers = Differentiable.binary(Elementwise.POWER, absolute, ord);
        return Differentiable.binary(Elementwise.POWER, reduce(Reduction.SUM, powers, axes, keep), new Num(1 / p));
    }

    private static Value matrixNorm(Value x, Value ord, int row, int column, boolean keep) {
        int[] shape = Differentiable.shapeOf(x);
        int[] both = {row, column};
        if (ord == NoneValue.NONE || isFrobenius(ord)) return euclidean(x, both, keep);
        Value result;
        if (ord instanceof Str || is(ord, 2) || is(ord, -2)) {
            result = singularValueNorm(x, ord, row, column);
        } else if (is(ord, 1) || is(ord, -1)) {
            // the largest (smallest) column sum of |x|: sum down the rows, then over the columns
            Value sums = reduce(Reduction.SUM, function(MathFunction.ABS).apply(x), new int[] {row}, false);
            result = reduce(is(ord, 1) ? Reduction.MAX : Reduction.MIN, sums, new int[] {column > row ? column - 1 : column}, false);
        } else if (is(ord, Double.POSITIVE_INFINITY) || is(ord, Double.NEGATIVE_INFINITY)) {
            // the largest (smallest) row sum of |x|
            Value sums = reduce(Reduction.SUM, function(MathFunction.ABS).apply(x), new int[] {column}, false);
            result = reduce(is(ord, Double.POSITIVE_INFINITY) ? Reduction.MAX : Reduction.MIN, sums,
                    new int[] {row > column ? row - 1 : row}, false);
        } else {
            throw new LMathError("norm(): ord " + Printer.repr(ord) + " is not a matrix norm; use \"fro\" (the default), \"nuc\", "
                    + "1, -1, 2, -2, inf or -inf, or give one axis for a vector norm");
        }
        return keep ? Differentiable.reshape(result, Differentiable.keptShapeOf(shape, both)) : result;
    }

    /**
     * ord 2 (largest singular value), -2 (smallest) or "nuc" (their sum), over the two axes. The
     * singular values of one matrix are differentiable; those of a stack are not yet.
     */
    private static Value singularValueNorm(Value x, Value ord, int row, int column) {
        int[] shape = Differentiable.shapeOf(x);
        Value values;
        if (shape.length == 2) {
            values = Rules.SINGULAR_VALUES.apply(row < column ? x : Differentiable.transpose(x));
        } else {
            if (Differentiable.isTraced(x)) {
                throw new LMathError("grad: norm() with ord " + Printer.repr(ord) + " over two axes of a tensor of shape "
                        + Shapes.describe(shape) + " has no gradient rule yet; inside grad use the Frobenius norm (the default)");
            }
            int[] order = new int[shape.length];
            int next = 0;
            for (int axis = 0; axis < shape.length; axis++) if (axis != row && axis != column) order[next++] = axis;
            order[next++] = row;
            order[next] = column;
            values = Values.fromTensor(Decompositions.singularValues(Values.toTensor(Traced.strip(x), "norm").permute(order)));
        }
        int[] last = {-1};
        if (is(ord, 2)) return reduce(Reduction.MAX, values, last, false);
        if (is(ord, -2)) return reduce(Reduction.MIN, values, last, false);
        return reduce(Reduction.SUM, values, last, false);
    }

    private static boolean isFrobenius(Value ord) {
        return ord instanceof Str text && (text.value().equals("fro") || text.value().equals("f"));
    }

    private static boolean is(Value value, double expected) {
        return value instanceof Num number && number.value() == expected;
    }
}
