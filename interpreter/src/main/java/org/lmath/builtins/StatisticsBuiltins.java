package org.lmath.builtins;

import static org.lmath.autodiff.Differentiable.negate;
import static org.lmath.autodiff.Rules.DIVIDE;
import static org.lmath.autodiff.Rules.MULTIPLY;
import static org.lmath.autodiff.Rules.function;
import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.tensor;
import static org.lmath.value.Parameter.optionalTensor;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Statistics;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.Num;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * The normal distribution as SciPy's scipy.stats.norm with loc = mu and scale = sigma (element by
 * element, differentiable in all three arguments), Student's t-test as SciPy's ttest_ind, and
 * the normal-approximation confidence interval of a proportion used in the lessons.
 */
final class StatisticsBuiltins {

    private StatisticsBuiltins() {}

    private static final String TOPIC = "probability";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "normal_pdf", Gradient.RULE, "The normal density exp(-z^2 / 2) / (sigma sqrt(2 pi)), z = (x - mu) / sigma, "
                        + "for each element (SciPy's norm.pdf).",
                args -> {
                    Value density = DIVIDE.apply(function(MathFunction.EXP).apply(DIVIDE.apply(negate(square(standardised(args, "x"))), new Num(2))), new Num(Math.sqrt(2 * Math.PI)));
                    return scaledDown(density, args.get("sigma"));
                }, tensor("x"), optionalTensor("mu", Num.ZERO), optionalTensor("sigma", Num.ONE));
        table.add(TOPIC, "normal_cdf", Gradient.RULE, "P(X <= x) for a normal X with mean mu and standard deviation sigma, for each "
                        + "element (SciPy's norm.cdf).",
                args -> function(MathFunction.NORMAL_CDF).apply(standardised(args, "x")), tensor("x"), optionalTensor("mu", Num.ZERO),
                optionalTensor("sigma", Num.ONE));
        table.add(TOPIC, "normal_ppf", Gradient.RULE, "The x with normal_cdf(x, mu, sigma) = q, for each element (SciPy's norm.ppf; "
                        + "nan outside [0, 1]).",
                args -> {
                    Value z = function(MathFunction.NORMAL_PPF).apply(args.get("q"));
                    positiveSigma(args);
                    Value scaled = isNumber(args.get("sigma"), 1) ? z : MULTIPLY.apply(z, args.get("sigma"));
                    return isNumber(args.get("mu"), 0) ? scaled : Rules.ADD.apply(scaled, args.get("mu"));
                }, tensor("q"), optionalTensor("mu", Num.ZERO), optionalTensor("sigma", Num.ONE));
        table.add(TOPIC, "ttest", Gradient.NO_RULE_YET, "(t, p) of Student's two-sample t-test, two-sided (SciPy's ttest_ind): "
                        + "equal_var=false gives Welch's test; along axis for tensors of samples (t and p per line).",
                StatisticsBuiltins::tTest, tensor("a"), tensor("b"), optional("equal_var", Bool.TRUE), optional("axis", Num.ZERO));
        table.add(TOPIC, "normal_logpdf", Gradient.RULE, "The log of the normal density: -z^2 / 2 - log(sigma) - log(2 pi) / 2, "
                        + "z = (x - mu) / sigma, for each element (SciPy's norm.logpdf), without the underflow of log(normal_pdf).",
                args -> {
                    Value z = standardised(args, "x");
                    Value log = DIVIDE.apply(negate(square(z)), new Num(2));
                    Value shifted = Rules.SUBTRACT.apply(log, new Num(0.5 * Math.log(2 * Math.PI)));
                    return isNumber(args.get("sigma"), 1) ? shifted
                            : Rules.SUBTRACT.apply(shifted, function(MathFunction.LOG).apply(args.get("sigma")));
                }, tensor("x"), optionalTensor("mu", Num.ZERO), optionalTensor("sigma", Num.ONE));
        table.add(TOPIC, "confint", Gradient.NO_RULE_YET, "(low, high): the normal-approximation confidence interval "
                        + "p ± z sqrt(p (1 - p) / n) of a proportion p = successes / n, z = normal_ppf((1 + level) / 2).",
                StatisticsBuiltins::confidenceInterval, required("successes"), required("n"), optional("level", new Num(0.95)));
    }

    /** (x - mu) / sigma, skipping the steps that do nothing (mu = 0, sigma = 1). */
    private static Value standardised(Arguments args, String name) {
        positiveSigma(args);
        Value x = args.get(name);
        Value centred = isNumber(args.get("mu"), 0) ? x : Rules.SUBTRACT.apply(x, args.get("mu"));
        return scaledDown(centred, args.get("sigma"));
    }

    private static Value scaledDown(Value x, Value sigma) {
        return isNumber(sigma, 1) ? x : DIVIDE.apply(x, sigma);
    }

    private static Value square(Value x) {
        return MULTIPLY.apply(x, x);
    }

    private static void positiveSigma(Arguments args) {
        Value sigma = Traced.strip(args.get("sigma"));
        double smallest = sigma instanceof Num number ? number.value() : min(Values.toTensor(sigma, args.what("sigma")));
        if (!(smallest > 0)) {
            throw new LMathError(args.signatureName() + "(): sigma (the standard deviation) must be positive, got "
                    + NumberFormat.format(smallest));
        }
    }

    private static double min(Tensor tensor) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : tensor.toArray()) smallest = Double.isNaN(v) ? v : Math.min(smallest, v);
        return smallest;
    }

    private static boolean isNumber(Value value, double expected) {
        return value instanceof Num number && number.value() == expected;
    }

    /** SciPy's ttest_ind along an axis: each line of a against the same line of b. */
    private static Value tTest(Arguments args) {
        Tensor a = args.tensor("a"), b = args.tensor("b");
        boolean equal = args.bool("equal_var");
        if (a.ndim() <= 1 && b.ndim() <= 1) {
            double[] result = Statistics.tTest(sample(args, "a"), sample(args, "b"), equal);
            return TupleValue.of(new Num(result[0]), new Num(result[1]));
        }
        if (a.ndim() != b.ndim()) {
            throw new LMathError("ttest(): a and b must have the same number of axes, got shapes "
                    + org.lmath.tensor.Shapes.describe(a.shape()) + " and " + org.lmath.tensor.Shapes.describe(b.shape()));
        }
        int axis = org.lmath.tensor.Shapes.axis(args.integer("axis"), a.ndim());
        int[] order = new int[a.ndim()];
        for (int d = 0, k = 0; d < order.length; d++) if (d != axis) order[k++] = d;
        order[order.length - 1] = axis;
        Tensor lines = a.permute(order), others = b.permute(order);
        int[] rest = java.util.Arrays.copyOf(lines.shape(), order.length - 1);
        int[] otherRest = java.util.Arrays.copyOf(others.shape(), order.length - 1);
        if (!java.util.Arrays.equals(rest, otherRest)) {
            throw new LMathError("ttest(): a and b must match except along axis " + axis + ", got shapes "
                    + org.lmath.tensor.Shapes.describe(a.shape()) + " and " + org.lmath.tensor.Shapes.describe(b.shape()));
        }
        int n = lines.shape()[order.length - 1], m = others.shape()[order.length - 1], count = org.lmath.tensor.Shapes.size(rest);
        double[] x = lines.toArray(), y = others.toArray(), t = new double[count], p = new double[count];
        for (int i = 0; i < count; i++) {
            double[] result = Statistics.tTest(java.util.Arrays.copyOfRange(x, i * n, (i + 1) * n),
                    java.util.Arrays.copyOfRange(y, i * m, (i + 1) * m), equal);
            t[i] = result[0];
            p[i] = result[1];
        }
        return TupleValue.of(Values.fromTensor(Tensor.of(t, rest)), Values.fromTensor(Tensor.of(p, rest)));
    }

    private static double[] sample(Arguments args, String name) {
        Tensor tensor = args.tensor(name);
        if (tensor.ndim() != 1) {
            throw new LMathError("ttest(): argument '" + name + "' must be a 1-D sample of values, got shape "
                    + org.lmath.tensor.Shapes.describe(tensor.shape()));
        }
        return tensor.toArray();
    }

    private static Value confidenceInterval(Arguments args) {
        double n = args.number("n"), successes = args.number("successes"), level = args.number("level");
        if (!(n >= 1) || n != Math.rint(n)) {
            throw new LMathError("confint(): n (the number of trials) must be a whole number of at least 1, got " + NumberFormat.format(n));
        }
        if (!(successes >= 0 && successes <= n) || successes != Math.rint(successes)) {
            throw new LMathError("confint(): successes must be a whole number from 0 to n = " + NumberFormat.format(n) + ", got "
                    + NumberFormat.format(successes));
        }
        if (!(level > 0 && level < 1)) {
            throw new LMathError("confint(): level must be between 0 and 1 (0.95 for 95%), got " + NumberFormat.format(level));
        }
        double proportion = successes / n;
        double margin = Statistics.normalPpf((1 + level) / 2) * Math.sqrt(proportion * (1 - proportion) / n);
        return TupleValue.of(new Num(proportion - margin), new Num(proportion + margin));
    }
}
