package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import org.lmath.value.Num;
import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.NoneValue;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;

/** Linear algebra: dot. */
final class LinearAlgebraBuiltins {

    private LinearAlgebraBuiltins() {}

    private static final String TOPIC = "linalg";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "dot", Gradient.RULE, "The dot product of two vectors; for matrices the matrix product; a number scales.",
                LinearAlgebraBuiltins::dot, required("a"), required("b"));
        table.add(TOPIC, "outer", Gradient.RULE, "The outer product: a matrix of a[i] * b[j].",
                args -> {
                    Value a = args.get("a"), b = args.get("b");
                    int m = Shapes.size(Differentiable.shapeOf(a)), n = Shapes.size(Differentiable.shapeOf(b));
                    return Differentiable.multiply(Differentiable.reshape(a, new int[] {m, 1}), Differentiable.reshape(b, new int[] {1, n}));
                }, required("a"), required("b"));
        table.add(TOPIC, "norm", Gradient.RULE, "The length of a vector (ord 2, or 1 or inf), or a matrix's Frobenius norm (ord 1, inf too).",
                LinearAlgebraBuiltins::norm, required("x"), optional("ord", NoneValue.NONE), optional("axis", NoneValue.NONE),
                optional("keepdims", Bool.FALSE));
        table.add(TOPIC, "inv", Gradient.RULE, "The inverse of a square matrix (an error if it is singular).",
                args -> Differentiable.inverse(args.get("A")), required("A"));
        table.add(TOPIC, "det", Gradient.RULE, "The determinant of a square matrix.",
                args -> Differentiable.determinant(args.get("A")), required("A"));
        table.add(TOPIC, "solve", Gradient.RULE, "x with A @ x = b, for a square matrix A (faster and more accurate than inv(A) @ b).",
                args -> Differentiable.solve(args.get("A"), args.get("b")), required("A"), required("b"));
        table.add(TOPIC, "trace", Gradient.RULE, "The sum of the diagonal of a matrix.",
                args -> {
                    Value A = args.get("A");
                    int[] shape = Differentiable.shapeOf(A);
                    if (shape.length != 2) throw new LMathError("trace needs a matrix, got a tensor of shape " + Shapes.describe(shape));
                    Value diagonal = Differentiable.multiply(A, new TensorValue(Tensor.eye(shape[0], shape[1])));
                    return Differentiable.reduce(Reduction.SUM, diagonal, null, false);
                }, required("A"));
    }

    /** NumPy's norm for vectors (ord none/2, 1, inf, -inf) and matrices (none/"fro", 1, inf). */
    private static Value norm(Arguments args) {
        Value x = args.get("x");
        int[] shape = Differentiable.shapeOf(x);
        int[] axes = args.axes("axis");
        boolean keep = args.bool("keepdims");
        Value ord = args.get("ord");
        boolean matrix = axes == null ? shape.length == 2 : axes.length == 2;
        if (axes == null && shape.length > 2) {
            throw new LMathError("norm of a tensor with " + shape.length + " dimensions needs an axis");
        }
        Value absolute = Differentiable.function(MathFunction.ABS, x);
        if (ord == NoneValue.NONE || (ord instanceof Str s && s.value().equals("fro")) || (!matrix && isNumber(ord, 2))) {
            if (ord instanceof Str && !matrix) throw new LMathError("norm: ord \"fro\" is for matrices");
            return Differentiable.function(MathFunction.SQRT, Differentiable.reduce(Reduction.SUM, Differentiable.multiply(x, x), axes, keep));
        }
        if (!matrix && isNumber(ord, 1)) return Differentiable.reduce(Reduction.SUM, absolute, axes, keep);
        if (!matrix && isNumber(ord, Double.POSITIVE_INFINITY)) return Differentiable.reduce(Reduction.MAX, absolute, axes, keep);
        if (!matrix && isNumber(ord, Double.NEGATIVE_INFINITY)) return Differentiable.reduce(Reduction.MIN, absolute, axes, keep);
        if (matrix && axes == null && isNumber(ord, 1)) {
            return Differentiable.reduce(Reduction.MAX, Differentiable.reduce(Reduction.SUM, absolute, new int[] {0}, false), null, false);
        }
        if (matrix && axes == null && isNumber(ord, Double.POSITIVE_INFINITY)) {
            return Differentiable.reduce(Reduction.MAX, Differentiable.reduce(Reduction.SUM, absolute, new int[] {1}, false), null, false);
        }
        throw new LMathError("norm: ord " + org.lmath.print.Printer.repr(ord) + " is not supported here; use ord 1, 2 or inf for vectors, "
                + "\"fro\", 1 or inf for matrices");
    }

    private static boolean isNumber(Value value, double expected) {
        return value instanceof Num number && number.value() == expected;
    }

    /** NumPy's dot: a number scales, otherwise the matrix product (1-D · 1-D is the dot product). */
    private static Value dot(Arguments args) {
        Value a = args.get("a");
        Value b = args.get("b");
        if (Traced.strip(a) instanceof Num || Traced.strip(b) instanceof Num) return Differentiable.multiply(a, b);
        return Differentiable.matmul(a, b);
    }
}
