package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.tensor.Decompositions;
import org.lmath.tensor.Factorizations;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.LeastSquares;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * numpy.linalg's other factorizations and solvers: cholesky, qr, slogdet, pinv, lstsq,
 * matrix_power; and the one rule by which the matrix functions take stacks of matrices (the last
 * two axes are the matrix, the leading ones a batch), as numpy.linalg does.
 */
final class MatrixBuiltins {

    private MatrixBuiltins() {}

    private static final String TOPIC = "linalg";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "cholesky", Gradient.RULE, "The lower-triangular L with A = L @ L.T, of a symmetric positive definite A "
                        + "(NumPy reads only A's lower triangle); stacks of matrices too.",
                args -> overMatrices(args.get("A"), 2, Rules.CHOLESKY::apply), tensor("A"));
        table.add(TOPIC, "qr", Gradient.RULE, "(Q, R) with A = Q @ R, Q's columns orthonormal and R upper-triangular: the "
                        + "reduced factors (m, k) and (k, n), k = min(m, n), as numpy.linalg.qr; stacks of matrices too.",
                args -> {
                    Value[] parts = overMatricesParts(args.get("A"), 2, 2, Differentiable::qr);
                    return TupleValue.of(parts[0], parts[1]);
                }, tensor("A"));
        table.add(TOPIC, "slogdet", Gradient.RULE, "(sign, logabsdet) with det(A) = sign * exp(logabsdet), without the overflow of det "
                        + "itself; stacks of matrices too.",
                args -> {
                    Value sign = overMatrices(Traced.strip(args.get("A")), 2,
                            A -> new Num(Factorizations.signAndLogDeterminant(Values.toTensor(A, "slogdet"))[0]));
                    return TupleValue.of(sign, overMatrices(args.get("A"), 2, Rules.LOG_ABS_DET::apply));
                }, tensor("A"));
        table.add(TOPIC, "pinv", Gradient.RULE, "The Moore-Penrose pseudo-inverse V diag(1/S) U^T, singular values below "
                        + "rcond * max(S) counted as 0 (numpy.linalg.pinv); stacks of matrices too.",
                args -> {
                    double rcond = args.number("rcond");
                    return overMatrices(args.get("A"), 2, Rules.pseudoInverse(rcond)::apply);
                }, tensor("A"), optional("rcond", new Num(1e-15)));
        table.add(TOPIC, "lstsq", Gradient.RULE, "(x, residuals, rank, S): the x of least |A x - b| (the shortest, if several), "
                        + "as numpy.linalg.lstsq; rcond none means eps * max(m, n). Under grad, x is differentiable (in A and b).",
                MatrixBuiltins::leastSquares, tensor("A"), tensor("b"), optional("rcond", NoneValue.NONE));
        table.add(TOPIC, "matrix_power", Gradient.RULE, "A multiplied by itself n times (n = 0: the identity; n < 0: powers of inv(A)), "
                        + "by repeated squaring as NumPy.", MatrixBuiltins::matrixPower, tensor("A"), required("n"));
    }

    /**
     * f applied to each matrix of a stack: the last `core` axes are one matrix (or vector), the
     * leading ones a batch; the results are stacked back, so grad goes through each.
     */
    static Value overMatrices(Value x, int core, Function<Value, Value> f) {
        int[] shape = Differentiable.shapeOf(x);
        if (shape.length <= core) return f.apply(x);
        List<Value> parts = new ArrayList<>(shape[0]);
        for (int i = 0; i < shape[0]; i++) parts.add(overMatrices(Differentiable.index(x, List.of(new IndexItem.Single(i))), core, f));
        if (parts.isEmpty()) throw new LMathError("an empty stack of matrices has no results to stack");
        return Differentiable.stack(parts);
    }

    /** As overMatrices, for functions giving several results (eig's values and vectors): each part stacked. */
    static Value[] overMatricesParts(Value x, int core, int count, Function<Value, Value[]> f) {
        int[] shape = Differentiable.shapeOf(x);
        if (shape.length <= core) return f.apply(x);
        List<List<Value>> parts = new ArrayList<>();
        for (int k = 0; k < count; k++) parts.add(new ArrayList<>());
        for (int i = 0; i < shape[0]; i++) {
            Value[] results = overMatricesParts(Differentiable.index(x, List.of(new IndexItem.Single(i))), core, count, f);
            for (int k = 0; k < count; k++) parts.get(k).add(results[k]);
        }
        Value[] stacked = new Value[count];
        for (int k = 0; k < count; k++) stacked[k] = Differentiable.stack(parts.get(k));
        return stacked;
    }

    private static Value leastSquares(Arguments args) {
        Tensor a = Values.toTensor(Traced.strip(args.get("A")), args.what("A")), b = Values.toTensor(Traced.strip(args.get("b")), args.what("b"));
        int[] shape = a.shape();
        double rcond = args.isNone("rcond") ? Math.ulp(1.0) * (shape.length == 2 ? Math.max(shape[0], shape[1]) : 1) : args.number("rcond");
        LeastSquares.Solution solution = LeastSquares.solve(a, b, rcond);
        Value x = Differentiable.isTraced(args.get("A")) || Differentiable.isTraced(args.get("b"))
                ? Rules.leastSquares(rcond).apply(args.get("A"), args.get("b")) : Values.fromTensor(solution.x());
        return TupleValue.of(x, new TensorValue(solution.residuals()), new Num(solution.rank()), new TensorValue(solution.singularValues()));
    }

    /** NumPy's matrix_power: binary decomposition of n, the same products in the same order. */
    private static Value matrixPower(Arguments args) {
        Value a = args.get("A");
        int n = args.integer("n");
        int[] shape = Differentiable.shapeOf(a);
        if (shape.length < 2 || shape[shape.length - 1] != shape[shape.length - 2]) {
            throw new LMathError("matrix_power(): A must be a square matrix (or a stack of them), got shape " + Shapes.describe(shape));
        }
        if (n == 0) {
            int size = shape[shape.length - 1];
            return Differentiable.broadcastTo(new TensorValue(Tensor.eye(size, size)), shape);
        }
        if (n < 0) {
            a = overMatrices(a, 2, Rules.INVERSE::apply);
            n = -n;
        }
        if (n == 1) return a;
        if (n == 2) return Differentiable.matmul(a, a);
        if (n == 3) return Differentiable.matmul(Differentiable.matmul(a, a), a);
        Value z = null, result = null;
        while (n > 0) {
            z = z == null ? a : Differentiable.matmul(z, z);
            int bit = n & 1;
            n >>= 1;
            if (bit == 1) result = result == null ? z : Differentiable.matmul(result, z);
        }
        return result;
    }
}
