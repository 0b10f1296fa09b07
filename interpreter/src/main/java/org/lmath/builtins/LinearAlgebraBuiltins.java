package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.tensor;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import java.util.List;
import org.lmath.tensor.IndexItem;

/** Linear algebra: dot. */
final class LinearAlgebraBuiltins {

    private LinearAlgebraBuiltins() {}

    private static final String TOPIC = "linalg";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "dot", Gradient.RULE, "NumPy's dot: of vectors the dot product, of matrices the matrix product, a number scales; "
                        + "N-D tensors sum over a's last axis and b's second-to-last.",
                LinearAlgebraBuiltins::dot, tensor("a"), tensor("b"));
        table.add(TOPIC, "outer", Gradient.RULE, "The outer product: a matrix of a[i] * b[j].",
                args -> {
                    Value a = args.get("a"), b = args.get("b");
                    int m = Shapes.size(Differentiable.shapeOf(a)), n = Shapes.size(Differentiable.shapeOf(b));
                    return Rules.MULTIPLY.apply(Differentiable.reshape(a, new int[] {m, 1}), Differentiable.reshape(b, new int[] {1, n}));
                }, tensor("a"), tensor("b"));
        table.add(TOPIC, "norm", Gradient.RULE, "NumPy's norm: a vector's length (ord 2; also 1, inf, -inf, 0, any p), a matrix's "
                        + "Frobenius norm (also 1, 2, inf, -1, -2, -inf, \"nuc\"); axis picks one axis (vectors) or two (matrices).",
                Norms::norm, tensor("x"), optional("ord", NoneValue.NONE), optional("axis", NoneValue.NONE),
                optional("keepdims", Bool.FALSE));
        table.add(TOPIC, "inv", Gradient.RULE, "The inverse of a square matrix (an error if it is singular).",
                args -> MatrixBuiltins.overMatrices(args.get("A"), 2, Rules.INVERSE::apply), tensor("A"));
        table.add(TOPIC, "det", Gradient.RULE, "The determinant of a square matrix.",
                args -> MatrixBuiltins.overMatrices(args.get("A"), 2, Rules.DETERMINANT::apply), tensor("A"));
        table.add(TOPIC, "solve", Gradient.RULE, "x with A @ x = b, for a square matrix A (faster and more accurate than inv(A) @ b).",
                LinearAlgebraBuiltins::solve, tensor("A"), tensor("b"));
        table.add(TOPIC, "trace", Gradient.RULE, "The sum of diagonal offset of a matrix (of each matrix of a stack: the last two axes, "
                        + "as numpy.linalg.trace).",
                args -> {
                    Value A = args.get("A");
                    int[] shape = Differentiable.shapeOf(A);
                    if (shape.length < 2) throw new LMathError("trace needs a matrix, got a tensor of shape " + Shapes.describe(shape));
                    Value diagonal = ArrayManipulationBuiltins.diagonalOf(A, args.integer("offset"), shape.length - 2, shape.length - 1);
                    return Differentiable.reduce(Reduction.SUM, diagonal, new int[] {-1}, false);
                }, tensor("A"), optional("offset", Num.ZERO));
    }

    /**
     * solve(A, b) for one matrix or a stack (as NumPy 2: a 1-D b is one vector for every matrix, a
     * 2-D b one matrix for every matrix, otherwise b is a stack of right-hand sides matching A's).
     */
    private static Value solve(Arguments args) {
        Value A = args.get("A"), b = args.get("b");
        int[] aShape = Differentiable.shapeOf(A), bShape = Differentiable.shapeOf(b);
        if (aShape.length <= 2 || bShape.length <= 2) return MatrixBuiltins.overMatrices(A, 2, matrix -> Rules.SOLVE.apply(matrix, b));
        if (bShape.length != aShape.length || bShape[0] != aShape[0]) {
            throw new LMathError("solve(): a stack of right-hand sides must match the stack of matrices: A has shape "
                    + Shapes.describe(aShape) + ", b has shape " + Shapes.describe(bShape));
        }
        return solveStack(A, b);
    }

    private static Value solveStack(Value A, Value b) {
        int[] aShape = Differentiable.shapeOf(A);
        if (aShape.length <= 2) return Rules.SOLVE.apply(A, b);
        List<Value> parts = new java.util.ArrayList<>();
        for (int i = 0; i < aShape[0]; i++) {
            List<IndexItem> item = List.of(new IndexItem.Single(i));
            parts.add(solveStack(Differentiable.index(A, item), Differentiable.index(b, item)));
        }
        return Differentiable.stack(parts);
    }

    /**
     * NumPy's dot: a number scales; up to matrices, and an N-D tensor with a vector, it is the
     * matrix product; otherwise it sums over the last axis of a and the second-to-last of b, so
     * (3, 4, 5, 6) . (5, 4, 6, 3) gives (3, 4, 5, 5, 4, 3) (matmul would broadcast the batch axes).
     */
    private static Value dot(Arguments args) {
        Value a = args.get("a");
        Value b = args.get("b");
        if (Traced.strip(a) instanceof Num || Traced.strip(b) instanceof Num) return Rules.MULTIPLY.apply(a, b);
        int[] aShape = Differentiable.shapeOf(a), bShape = Differentiable.shapeOf(b);
        if (bShape.length == 1 || (aShape.length <= 2 && bShape.length <= 2)) return Differentiable.matmul(a, b);
        int inner = aShape[aShape.length - 1];
        if (bShape[bShape.length - 2] != inner) {
            throw new LMathError("dot(): shapes " + Shapes.describe(aShape) + " and " + Shapes.describe(bShape) + " do not line up: "
                    + "the last axis of a (" + inner + ") must match the second-to-last of b (" + bShape[bShape.length - 2] + ")");
        }
        // b's summed axis first, then everything else flattened: a (rows, n) @ b (n, rest) is the whole product.
        int[] order = new int[bShape.length];
        order[0] = bShape.length - 2;
        for (int axis = 0, k = 1; axis < bShape.length; axis++) if (axis != bShape.length - 2) order[k++] = axis;
        int rest = Shapes.size(bShape) / inner;
        Value rows = Differentiable.reshape(a, new int[] {Shapes.size(aShape) / inner, inner});
        Value columns = Differentiable.reshape(Rules.permuting(order).apply(b), new int[] {inner, rest});
        int[] shape = new int[aShape.length - 1 + bShape.length - 1];
        System.arraycopy(aShape, 0, shape, 0, aShape.length - 1);
        System.arraycopy(bShape, 0, shape, aShape.length - 1, bShape.length - 2);
        shape[shape.length - 1] = bShape[bShape.length - 1];
        return Differentiable.reshape(Differentiable.matmul(rows, columns), shape);
    }
}
