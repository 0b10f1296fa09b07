package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.tensor;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.Decompositions;
import org.lmath.value.Bool;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;

/**
 * Matrix decompositions: eig, eigh, svd, matrix_rank (tensor/Decompositions calls LAPACK as NumPy
 * does; docs/linalg-and-stats.md). eig, eigh and svd's S have gradient
 * rules (autodiff/Rules), svd's U and Vt too (reduced factors); matrix_rank, a whole number, is flat: a
 * constant under grad.
 */
final class DecompositionBuiltins {

    private DecompositionBuiltins() {}

    private static final String TOPIC = "linalg";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "eig", Gradient.RULE, "(values, vectors) of a square matrix: A @ vectors[:, i] = values[i] * vectors[:, i]; "
                        + "values in the order LAPACK finds them, each vector of length 1 with LAPACK's sign, as NumPy's eig.",
                args -> pair(MatrixBuiltins.overMatricesParts(args.get("A"), 2, 2, Differentiable::eig)), tensor("A"));
        table.add(TOPIC, "eigh", Gradient.RULE, "(values, vectors) of a symmetric matrix, values smallest first (as NumPy); "
                        + "the vectors are orthonormal columns with LAPACK's signs, as NumPy's.",
                args -> pair(MatrixBuiltins.overMatricesParts(args.get("A"), 2, 2, Differentiable::eigh)), tensor("A"));
        table.add(TOPIC, "svd", Gradient.RULE, "(U, S, Vt) with A = U @ diag(S) @ Vt and S descending; full_matrices=false gives "
                        + "the reduced U (m, k) and Vt (k, n), k = min(m, n).",
                args -> {
                    boolean full = args.bool("full_matrices");
                    Value[] parts = MatrixBuiltins.overMatricesParts(args.get("A"), 2, 3, A -> Differentiable.svd(A, full));
                    return TupleValue.of(parts[0], parts[1], parts[2]);
                }, tensor("A"), optional("full_matrices", Bool.TRUE));
        table.add(TOPIC, "matrix_rank", Gradient.CONSTANT, "The number of singular values above tol (default S.max() * max(m, n) * eps, "
                        + "as NumPy).",
                args -> new Num(Decompositions.matrixRank(args.tensor("A"), tolerance(args))), tensor("A"), optional("tol", NoneValue.NONE));
    }

    private static Value pair(Value[] parts) {
        return TupleValue.of(parts[0], parts[1]);
    }

    private static Double tolerance(Arguments args) {
        if (args.isNone("tol")) return null;
        double tol = args.number("tol");
        if (!(tol >= 0)) throw new LMathError("matrix_rank(): tol must be a number >= 0, got " + org.lmath.print.NumberFormat.format(tol));
        return tol;
    }
}
