package org.lmath.builtins;

import static org.lmath.autodiff.Differentiable.divide;
import static org.lmath.autodiff.Differentiable.function;
import static org.lmath.autodiff.Differentiable.multiply;
import static org.lmath.autodiff.Differentiable.negate;
import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.tensor;
import static org.lmath.value.Parameter.optionalTensor;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Statistics;
import org.lmath.tensor.Tensor;
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
                    Value density = divide(function(MathFunction.EXP, divide(negate(square(standardised(args, "x"))), new Num(2))),
                            new Num(Math.sqrt(2 * Math.PI)));
                    return scaledDown(density, args.get("sigma"));
                }, tensor("x"), optionalTensor("mu", Num.ZERO), optionalTensor("sigma", Num.ONE));
        table.add(TOPIC, "normal_cdf", Gradient.RULE, "P(X <= x) for a normal X with mean mu and standard deviation sigma, for each "
                        + "element (SciPy's norm.cdf).",
                args -> function(MathFunction.NORMAL_CDF, standardised(args, "x")), tensor("x"), optionalTensor("mu", Num.ZERO),
                optionalTensor("sigma", Num.ONE));
        table.add(TOPIC, "normal_ppf", Gradient.RULE, "The x with normal_cdf(x, mu, sigma) = q, for each element (SciPy's norm.ppf; "
                        + "nan outside [0, 1]).",
                args -> {
                    Value z = function(MathFunction.NORMAL_PPF, args.get("q"));
                    positiveSigma(args);
                    Value scaled = isNumber(args.get("sigma"), 1) ? z : multiply(z, args.get("sigma"));
                    return isNumber(args.get("mu"), 0) ? scaled : Differentiable.add(scaled, args.get("mu"));
                }, tensor("q"), optionalTensor("mu", Num.ZERO), optionalTensor("sigma", Num.ONE));
        table.add(TOPIC, "ttest", Gradient.NO_RULE_YET, "(t, p) of Student's two-sample t-test with equal variances, two-sided "
                        + "(SciPy's ttest_ind).",
                args -> {
                    double[] result = Statistics.tTest(sample(args, "a"), sample(args, "b"));
                    return TupleValue.of(new Num(result[0]), new Num(result[1]));
                }, tensor("a"), tensor("b"));
        table.add(TOPIC, "confint", Gradient.NO_RULE_YET, "(low, high): the normal-approximation confidence interval "
                        + "p ± z sqrt(p (1 - p) / n) of a proportion p = successes / n, z = normal_ppf((1 + level) / 2).",
                StatisticsBuiltins::confidenceInterval, required("successes"), required("n"), optional("level", new Num(0.95)));
    }

    /** (x - mu) / sigma, skipping the steps that do nothing (mu = 0, sigma = 1). */
    private static Value standardised(Arguments args, String name) {
        positiveSigma(args);
        Value x = args.get(name);
        Value centred = isNumber(args.get("mu"), 0) ? x : Differentiable.subtract(x, args.get("mu"));
        return scaledDown(centred, args.get("sigma"));
    }

    private static Value scaledDown(Value x, Value sigma) {
        return isNumber(sigma, 1) ? x : divide(x, sigma);
    }

    private static Value square(Value x) {
        return multiply(x, x);
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
