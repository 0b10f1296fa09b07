package org.lmath.builtins;

import static org.lmath.builtins.ElementwiseBuiltins.unary;
import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.tensor;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Str;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * The rest of NumPy's and PyTorch's everyday math: hyperbolic and inverse trigonometric functions,
 * log1p and friends, erf, logsumexp, softplus, gelu, nan_to_num. Each is differentiable through
 * its entry in the rules table (autodiff/Rules) or as a composite of entries.
 */
final class SpecialFunctionBuiltins {

    private SpecialFunctionBuiltins() {}

    static void register(BuiltinTable table) {
        unary(table, "sinh", MathFunction.SINH, "The hyperbolic sine (e^x - e^-x) / 2, for each element.");
        unary(table, "cosh", MathFunction.COSH, "The hyperbolic cosine (e^x + e^-x) / 2, for each element.");
        unary(table, "arcsin", MathFunction.ARCSIN, "The inverse sine, in [-pi/2, pi/2], for each element (nan outside [-1, 1]).");
        unary(table, "arccos", MathFunction.ARCCOS, "The inverse cosine, in [0, pi], for each element (nan outside [-1, 1]).");
        unary(table, "arctan", MathFunction.ARCTAN, "The inverse tangent, in (-pi/2, pi/2), for each element.");
        unary(table, "arcsinh", MathFunction.ARCSINH, "The inverse hyperbolic sine, for each element.");
        unary(table, "arccosh", MathFunction.ARCCOSH, "The inverse hyperbolic cosine, for each element (nan below 1).");
        unary(table, "arctanh", MathFunction.ARCTANH, "The inverse hyperbolic tangent, for each element (±inf at ±1, nan beyond).");
        unary(table, "log1p", MathFunction.LOG1P, "log(1 + x), for each element, accurate for x near 0 where log(1 + x) loses digits.");
        unary(table, "expm1", MathFunction.EXPM1, "e^x - 1, for each element, accurate for x near 0.");
        unary(table, "exp2", MathFunction.EXP2, "2 to the power x, for each element (exact for whole x).");
        unary(table, "square", MathFunction.SQUARE, "x * x, for each element.");
        unary(table, "reciprocal", MathFunction.RECIPROCAL, "1 / x, for each element (inf at 0).");
        unary(table, "sinc", MathFunction.SINC, "NumPy's normalised sinc sin(pi x) / (pi x), 1 at 0, for each element.");
        unary(table, "deg2rad", MathFunction.DEG2RAD, "Degrees to radians: x * pi / 180, for each element.");
        unary(table, "rad2deg", MathFunction.RAD2DEG, "Radians to degrees: x * 180 / pi, for each element.");
        unary(table, "erf", MathFunction.ERF, "The error function 2 / sqrt(pi) * integral of e^(-t^2) from 0 to x (SciPy's erf).");
        unary(table, "erfc", MathFunction.ERFC, "1 - erf(x), accurate where erf(x) is near 1 (SciPy's erfc).");
        binary(table, "arctan2", Elementwise.ARCTAN2, "y", "x",
                "The angle of the point (x, y) from the positive x axis, in [-pi, pi] (NumPy's arctan2(y, x): y first).");
        binary(table, "hypot", Elementwise.HYPOT, "a", "b", "sqrt(a^2 + b^2) without overflow, element by element (broadcasting).");
        binary(table, "logaddexp", Elementwise.LOGADDEXP, "a", "b", "log(exp(a) + exp(b)) without overflow, element by element.");
        table.add("elementwise", "softplus", Gradient.RULE, "log(1 + exp(beta x)) / beta for each element, a smooth relu; x itself where "
                        + "beta x > 20 (PyTorch's softplus).",
                SpecialFunctionBuiltins::softplus, tensor("x"), optional("beta", Num.ONE));
        table.add("elementwise", "gelu", Gradient.RULE, "x * normal_cdf(x) for each element (PyTorch's gelu); approximate=\"tanh\" "
                        + "gives 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))).",
                SpecialFunctionBuiltins::gelu, tensor("x"), optional("approximate", new Str("none")));
        table.add("elementwise", "nan_to_num", Gradient.RULE, "x with nan replaced by nan (default 0), inf by posinf and -inf by "
                        + "neginf (default: the largest finite numbers), as NumPy; the gradient is 0 at replaced elements.",
                SpecialFunctionBuiltins::nanToNumber, tensor("x"), optional("nan", Num.ZERO), optional("posinf", NoneValue.NONE),
                optional("neginf", NoneValue.NONE));
        table.add("reduce", "logsumexp", Gradient.RULE, "log(sum(exp(x))) of all elements or along axis, without overflow "
                        + "(SciPy's logsumexp); keepdims as in sum.",
                SpecialFunctionBuiltins::logSumExp, tensor("x"), optional("axis", NoneValue.NONE), optional("keepdims", Bool.FALSE));
    }

    private static void binary(BuiltinTable table, String name, Elementwise operation, String first, String second, String doc) {
        table.add("elementwise", name, Gradient.RULE, doc, args -> Differentiable.binary(operation, args.get(first), args.get(second)),
                tensor(first), tensor(second));
    }

    private static Value softplus(Arguments args) {
        double beta = args.number("beta");
        if (!(beta > 0)) throw new LMathError("softplus(): beta must be positive, got " + NumberFormat.format(beta));
        Value x = args.get("x");
        if (beta == 1) return Rules.function(MathFunction.SOFTPLUS).apply(x);
        Num scale = new Num(beta);
        return Rules.DIVIDE.apply(Rules.function(MathFunction.SOFTPLUS).apply(Rules.MULTIPLY.apply(x, scale)), scale);
    }

    private static Value gelu(Arguments args) {
        Value x = args.get("x");
        String approximate = args.string("approximate");
        if (approximate.equals("none")) {
            return Rules.MULTIPLY.apply(x, Rules.function(MathFunction.NORMAL_CDF).apply(x));
        }
        if (!approximate.equals("tanh")) {
            throw new LMathError("gelu(): approximate must be \"none\" or \"tanh\", got \"" + approximate + "\"");
        }
        Value cube = Rules.MULTIPLY.apply(Rules.MULTIPLY.apply(x, x), x);
        Value inner = Rules.MULTIPLY.apply(new Num(Math.sqrt(2 / Math.PI)), Rules.ADD.apply(x, Rules.MULTIPLY.apply(new Num(0.044715), cube)));
        Value half = Rules.MULTIPLY.apply(new Num(0.5), x);
        return Rules.MULTIPLY.apply(half, Rules.ADD.apply(Num.ONE, Rules.function(MathFunction.TANH).apply(inner)));
    }

    private static Value nanToNumber(Arguments args) {
        double positive = args.isNone("posinf") ? Double.MAX_VALUE : args.number("posinf");
        double negative = args.isNone("neginf") ? -Double.MAX_VALUE : args.number("neginf");
        return Rules.nanToNumber(args.number("nan"), positive, negative).apply(args.get("x"));
    }

    /**
     * SciPy's logsumexp: the largest element m along the axis (0 where it is not finite) is taken
     * out as a constant, log(sum(exp(x - m))) + m; the gradient is softmax(x) along the axis.
     */
    private static Value logSumExp(Arguments args) {
        Value x = args.get("x");
        int[] axes = args.axes("axis");
        boolean keep = args.bool("keepdims");
        Value plain = Traced.strip(x);
        Value shift;
        if (plain instanceof Num number) {
            shift = new Num(Double.isFinite(number.value()) ? number.value() : 0);
        } else {
            Tensor maximum = Values.toTensor(plain, "logsumexp").reduce(Reduction.MAX, axes, true);
            double[] data = maximum.toArray();
            for (int i = 0; i < data.length; i++) if (!Double.isFinite(data[i])) data[i] = 0;
            shift = Values.fromTensor(Tensor.of(data, maximum.shape()));
        }
        Value sum = Differentiable.reduce(Reduction.SUM, Rules.function(MathFunction.EXP).apply(Rules.SUBTRACT.apply(x, shift)), axes, keep);
        Value back = keep || plain instanceof Num ? shift : Differentiable.reshape(shift, Differentiable.shapeOf(sum));
        return Rules.ADD.apply(Rules.function(MathFunction.LOG).apply(sum), back);
    }
}
