package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.tensor;
import static org.lmath.value.Parameter.required;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.MathFunction;
import org.lmath.value.Num;
import org.lmath.value.Operations;
import org.lmath.value.Value;

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
        table.add(TOPIC, "round", Gradient.CONSTANT, "Each element rounded to `decimals` places after the point (before it "
                        + "when negative; 0: whole numbers), halves to even, as NumPy's round.",
                ElementwiseBuiltins::round, tensor("x"), optional("decimals", Num.ZERO));
        table.add(TOPIC, "maximum", Gradient.RULE, "The larger of a and b, element by element (broadcasting).",
                args -> Differentiable.binary(Elementwise.MAXIMUM, args.get("a"), args.get("b")), tensor("a"), tensor("b"));
        table.add(TOPIC, "clip", Gradient.RULE, "x limited to [low, high] element by element; either bound may be none.",
                args -> Rules.clip(args.get("low"), args.get("high")).apply(args.get("x")),
                tensor("x"), required("low"), required("high"));
        table.add(TOPIC, "where", Gradient.RULE, "a where condition is true (non-zero), b elsewhere, element by element.",
                args -> Rules.where(args.get("condition")).apply(args.get("a"), args.get("b")),
                tensor("condition"), tensor("a"), tensor("b"));
        table.add(TOPIC, "isnan", Gradient.CONSTANT, "1 where x is nan, 0 elsewhere (a mask); for a number, true or false.",
                args -> Operations.binary(Elementwise.NOT_EQUAL, args.get("x"), args.get("x")), tensor("x"));
        table.add(TOPIC, "minimum", Gradient.RULE, "The smaller of a and b, element by element (broadcasting).",
                args -> Differentiable.binary(Elementwise.MINIMUM, args.get("a"), args.get("b")), tensor("a"), tensor("b"));
    }

    /**
     * NumPy's rounding to decimals: scale by a power of ten, round half to even, scale back. These
     * are the very double operations np.round does, so the results agree to the last bit (2.675
     * becomes 2.68 here as there, though Python's round(2.675, 2) gives 2.67).
     */
    private static Value round(Arguments args) {
        int decimals = args.integer("decimals");
        Value x = args.get("x");
        if (decimals == 0) return Operations.apply(MathFunction.ROUND, x, "round");
        double scale = powerOfTen(Math.abs(decimals));
        Elementwise in = decimals > 0 ? Elementwise.MULTIPLY : Elementwise.DIVIDE;
        Elementwise out = decimals > 0 ? Elementwise.DIVIDE : Elementwise.MULTIPLY;
        Value scaled = Operations.apply(MathFunction.ROUND, Operations.binary(in, x, new Num(scale)), "round");
        return Operations.binary(out, scaled, new Num(scale));
    }

    /** 10^n by repeated multiplication: exact up to 10^22, and the same steps as NumPy's beyond. */
    private static double powerOfTen(int n) {
        double result = 1;
        for (int i = 0; i < n; i++) result *= 10;
        return result;
    }

    /** A function whose derivative is zero wherever it exists: inside grad it acts on values as constants. */
    private static void flat(BuiltinTable table, String name, MathFunction function, String doc) {
        table.add(TOPIC, name, Gradient.CONSTANT, doc, args -> Operations.apply(function, args.get("x"), name), tensor("x"));
    }

    static void unary(BuiltinTable table, String name, MathFunction function, String doc) {
        table.addPerElement(TOPIC, name, function, doc, args -> Rules.function(function).apply(args.get("x")), tensor("x"));
    }
}
