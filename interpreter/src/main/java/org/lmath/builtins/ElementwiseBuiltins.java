package org.lmath.builtins;

import static org.lmath.value.Parameter.required;

import org.lmath.tensor.Elementwise;
import org.lmath.tensor.MathFunction;
import org.lmath.autodiff.Differentiable;

/** Functions applied to each element: exp, log, sqrt, abs, sin, cos, tanh, maximum, minimum. */
final class ElementwiseBuiltins {

    private ElementwiseBuiltins() {}

    private static final String TOPIC = "elementwise";

    static void register(BuiltinTable table) {
        unary(table, "exp", MathFunction.EXP, "e to the power x, for each element.");
        unary(table, "log", MathFunction.LOG, "The natural logarithm, for each element (log(0) is -inf).");
        unary(table, "sqrt", MathFunction.SQRT, "The square root, for each element (nan for negative numbers).");
        unary(table, "abs", MathFunction.ABS, "The absolute value, for each element.");
        unary(table, "sin", MathFunction.SIN, "The sine (x in radians), for each element.");
        unary(table, "cos", MathFunction.COS, "The cosine (x in radians), for each element.");
        unary(table, "tanh", MathFunction.TANH, "The hyperbolic tangent, for each element.");
        table.add(TOPIC, "maximum", Gradient.RULE, "The larger of a and b, element by element (broadcasting).",
                args -> Differentiable.binary(Elementwise.MAXIMUM, args.get("a"), args.get("b")), required("a"), required("b"));
        table.add(TOPIC, "minimum", Gradient.RULE, "The smaller of a and b, element by element (broadcasting).",
                args -> Differentiable.binary(Elementwise.MINIMUM, args.get("a"), args.get("b")), required("a"), required("b"));
    }

    private static void unary(BuiltinTable table, String name, MathFunction function, String doc) {
        table.add(TOPIC, name, Gradient.RULE, doc, args -> Differentiable.function(function, args.get("x")), required("x"));
    }
}
