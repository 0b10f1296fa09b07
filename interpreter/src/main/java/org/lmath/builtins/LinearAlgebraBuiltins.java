package org.lmath.builtins;

import static org.lmath.value.Parameter.required;

import org.lmath.tensor.Elementwise;
import org.lmath.value.Num;
import org.lmath.value.Operations;
import org.lmath.value.Value;

/** Linear algebra: dot. */
final class LinearAlgebraBuiltins {

    private LinearAlgebraBuiltins() {}

    private static final String TOPIC = "linalg";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "dot", "The dot product of two vectors; for matrices the matrix product; a number scales.",
                LinearAlgebraBuiltins::dot, required("a"), required("b"));
    }

    /** NumPy's dot: a number scales, otherwise the matrix product (1-D · 1-D is the dot product). */
    private static Value dot(Arguments args) {
        Value a = args.get("a");
        Value b = args.get("b");
        if (a instanceof Num || b instanceof Num) return Operations.binary(Elementwise.MULTIPLY, a, b);
        return Operations.matmul(a, b);
    }
}
