package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.tensor;

import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.random.Distributions;
import org.lmath.random.RandomState;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;

/**
 * exponential, gamma, beta, poisson, binomial and multinomial with NumPy's legacy np.random
 * meanings, drawing from the session's stream in NumPy's order (random/Distributions). Their
 * parameters are numbers (NumPy also broadcasts arrays of them: not yet here).
 */
final class RandomDistributionBuiltins {

    private RandomDistributionBuiltins() {}

    private static final String TOPIC = "random";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "exponential", Gradient.CONSTANT, "Exponential numbers with mean scale (NumPy's np.random.exponential).",
                args -> {
                    double scale = positive(args, "scale", true);
                    RandomState random = RandomBuiltins.random(args);
                    return RandomBuiltins.draw(RandomBuiltins.size(args), count -> {
                        double[] values = Distributions.standardExponentials(random, count, RandomBuiltins.NATIVE_LOG);
                        for (int i = 0; i < count; i++) values[i] *= scale;
                        return values;
                    });
                }, optional("scale", Num.ONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "gamma", Gradient.CONSTANT, "Gamma numbers with the given shape (k) and scale (theta): mean shape * scale "
                        + "(np.random.gamma).",
                args -> {
                    double shape = positive(args, "shape", true), scale = positive(args, "scale", true);
                    RandomState random = RandomBuiltins.random(args);
                    return each(args, () -> scale * Distributions.standardGamma(random, shape, RandomBuiltins.NATIVE_LOG));
                }, required("shape"), optional("scale", Num.ONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "beta", Gradient.CONSTANT, "Beta numbers in [0, 1] with parameters a and b > 0 (np.random.beta).",
                args -> {
                    double a = positive(args, "a", false), b = positive(args, "b", false);
                    RandomState random = RandomBuiltins.random(args);
                    return each(args, () -> Distributions.beta(random, a, b, RandomBuiltins.NATIVE_LOG));
                }, required("a"), required("b"), optional("size", NoneValue.NONE));
        table.add(TOPIC, "poisson", Gradient.CONSTANT, "Poisson counts with mean lam (np.random.poisson).",
                args -> {
                    double lam = positive(args, "lam", true);
                    if (lam > 9.2e18 - 64 * Math.sqrt(9.2e18)) throw new LMathError("poisson(): lam value too large, got " + NumberFormat.format(lam));
                    RandomState random = RandomBuiltins.random(args);
                    return each(args, () -> Distributions.poisson(random, lam));
                }, optional("lam", Num.ONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "binomial", Gradient.CONSTANT, "The number of successes in n trials of probability p (np.random.binomial).",
                args -> {
                    long n = trials(args);
                    double p = probability(args);
                    RandomState random = RandomBuiltins.random(args);
                    return each(args, () -> Distributions.binomial(random, n, p));
                }, required("n"), required("p"), optional("size", NoneValue.NONE));
        table.add(TOPIC, "multinomial", Gradient.CONSTANT, "Counts of each outcome in n trials with probabilities pvals (the last takes "
                        + "what the others leave), one row per draw (np.random.multinomial).",
                RandomDistributionBuiltins::multinomial, required("n"), tensor("pvals"), optional("size", NoneValue.NONE));
    }

    @FunctionalInterface
    private interface Draw {
        double next();
    }

    private static Value each(Arguments args, Draw draw) {
        return RandomBuiltins.draw(RandomBuiltins.size(args), count -> {
            double[] values = new double[count];
            for (int i = 0; i < count; i++) values[i] = draw.next();
            return values;
        });
    }

    /** A parameter that must be > 0 (or >= 0 when zero is allowed), as NumPy checks it. */
    private static double positive(Arguments args, String name, boolean zeroAllowed) {
        double value = args.number(name);
        if (Double.isNaN(value) || value < 0 || (!zeroAllowed && value == 0)) {
            throw new LMathError(args.what(name) + " must be " + (zeroAllowed ? ">= 0" : "> 0") + ", got " + NumberFormat.format(value));
        }
        return value;
    }

    private static long trials(Arguments args) {
        int n = args.integer("n");
        if (n < 0) throw new LMathError(args.what("n") + " must be a whole number >= 0, got " + n);
        return n;
    }

    private static double probability(Arguments args) {
        double p = args.number("p");
        if (!(p >= 0 && p <= 1)) throw new LMathError(args.what("p") + " must be a probability from 0 to 1, got " + NumberFormat.format(p));
        return p;
    }

    private static Value multinomial(Arguments args) {
        long n = trials(args);
        Tensor pvals = args.tensor("pvals");
        if (pvals.ndim() != 1 || pvals.size() == 0) {
            throw new LMathError("multinomial(): pvals must be a non-empty 1-D list of probabilities, got shape " + Shapes.describe(pvals.shape()));
        }
        double[] p = pvals.toArray();
        double sum = 0;
        for (int j = 0; j < p.length - 1; j++) {
            if (!(p[j] >= 0 && p[j] <= 1)) throw new LMathError("multinomial(): each of pvals must be from 0 to 1, got " + NumberFormat.format(p[j]));
            sum += p[j];
        }
        if (sum > 1.0 + 1e-12) throw new LMathError("multinomial(): the probabilities pvals[:-1] sum to more than 1 (" + NumberFormat.format(sum) + ")");
        RandomState random = RandomBuiltins.random(args);
        int[] size = RandomBuiltins.size(args);
        int draws = size == null ? 1 : Shapes.size(size);
        double[] data = new double[draws * p.length];
        for (int i = 0; i < draws; i++) {
            long[] counts = Distributions.multinomial(random, n, p);
            for (int j = 0; j < p.length; j++) data[i * p.length + j] = counts[j];
        }
        int[] shape = size == null ? new int[] {p.length} : java.util.Arrays.copyOf(size, size.length + 1);
        if (size != null) shape[size.length] = p.length;
        return new TensorValue(Tensor.of(data, shape));
    }
}
