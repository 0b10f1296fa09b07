package org.lmath.builtins;

import static org.lmath.value.Parameter.required;

import org.lmath.tensor.Elementwise;
import org.lmath.tensor.MathFunction;
import org.lmath.autodiff.Differentiable;
import org.lmath.value.Operations;

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
        unary(table, "tan", MathFunction.TAN, "The tangent (x in radians), for each element.");
        unary(table, "log2", MathFunction.LOG2, "The base-2 logarithm, for each element.");
        unary(table, "log10", MathFunction.LOG10, "The base-10 logarithm, for each element.");
        unary(table, "sigmoid", MathFunction.SIGMOID, "1 / (1 + e^-x), for each element: squashes any number into (0, 1).");
        unary(table, "relu", MathFunction.RELU, "max(x, 0), for each element: the rectified linear unit.");
        flat(table, "sign", MathFunction.SIGN, "-1, 0 or 1 by the sign of each element.");
        flat(table, "floor", MathFunction.FLOOR, "The largest whole number not above each element.");
        flat(table, "ceil", MathFunction.CEIL, "The smallest whole number not below each element.");
        flat(table, "round", MathFunction.ROUND, "Each element rounded to the nearest whole number (halves to even, as NumPy).");
        table.add(TOPIC, "maximum", Gradient.RULE, "The larger of a and b, element by element (broadcasting).",
                args -> Differentiable.binary(Elementwise.MAXIMUM, args.get("a"), args.get("b")), required("a"), required("b"));
        table.add(TOPIC, "clip", Gradient.RULE, "x limited to [low, high] element by element; either bound may be none.",
                args -> Differentiable.clip(args.get("x"), args.get("low"), args.get("high")),
                required("x"), required("low"), required("high"));
        table.add(TOPIC, "where", Gradient.RULE, "a where condition is true (non-zero), b elsewhere, element by element.",
                args -> Differentiable.where(args.get("condition"), args.get("a"), args.get("b")),
                required("condition"), required("a"), required("b"));
        table.add(TOPIC, "isnan", Gradient.CONSTANT, "1 where x is nan, 0 elsewhere (a mask); for a number, true or false.",
                args -> Operations.binary(Elementwise.NOT_EQUAL, args.get("x"), args.get("x")), required("x"));
        table.add(TOPIC, "minimum", Gradient.RULE, "The smaller of a and b, element by element (broadcasting).",
                args -> Differentiable.binary(Elementwise.MINIMUM, args.get("a"), args.get("b")), required("a"), required("b"));
    }

    /** A function whose derivative is zero wherever it exists: inside grad it acts on values as constants. */
    private static void flat(BuiltinTable table, String name, MathFunction function, String doc) {
        table.add(TOPIC, name, Gradient.CONSTANT, doc, args -> Operations.apply(function, args.get("x"), name), required("x"));
    }

    private static void unary(BuiltinTable table, String name, MathFunction function, String doc) {
        table.add(TOPIC, name, Gradient.RULE, doc, args -> Differentiable.function(function, args.get("x")), required("x"));
    }
}
