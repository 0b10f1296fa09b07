package org.lmath.builtins;

import static org.lmath.value.Parameter.required;

import org.lmath.value.Num;
import org.lmath.autodiff.Differentiable;
import org.lmath.value.Traced;
import org.lmath.value.Value;

/** Linear algebra: dot. */
final class LinearAlgebraBuiltins {

    private LinearAlgebraBuiltins() {}

    private static final String TOPIC = "linalg";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "dot", Gradient.RULE, "The dot product of two vectors; for matrices the matrix product; a number scales.",
                LinearAlgebraBuiltins::dot, required("a"), required("b"));
    }

    /** NumPy's dot: a number scales, otherwise the matrix product (1-D · 1-D is the dot product). */
    private static Value dot(Arguments args) {
        Value a = args.get("a");
        Value b = args.get("b");
        if (Traced.strip(a) instanceof Num || Traced.strip(b) instanceof Num) return Differentiable.multiply(a, b);
        return Differentiable.matmul(a, b);
    }
}
