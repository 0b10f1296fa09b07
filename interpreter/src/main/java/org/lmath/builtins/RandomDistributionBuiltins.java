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
import org.lmath.value.Values;

/**
 * exponential, gamma, beta, poisson, binomial and multinomial with NumPy's legacy np.random
 * meanings, drawing from the session's stream in NumPy's order (random/Distributions). Their
 * parameters (multinomial's n and pvals aside) may be tensors or lists, which broadcast with each
 * other and with size as NumPy's legacy np.random broadcasts them: one draw per element of the
 * result, in row-major order, each with its own element's parameters.
 */
final class RandomDistributionBuiltins {

    private RandomDistributionBuiltins() {}

    private static final String TOPIC = "random";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "exponential", Gradient.CONSTANT, "Exponential numbers with mean scale (NumPy's np.random.exponential); "
                        + "scale may be a tensor.",
                args -> {
                    requireAtLeast(args, "scale", true);
                    RandomState random = RandomBuiltins.random(args);
                    if (RandomBuiltins.parameter(args, "scale") instanceof Num) {
                        double scale = args.number("scale");
                        return RandomBuiltins.draw(RandomBuiltins.size(args), count -> {
                            double[] values = Distributions.standardExponentials(random, count, RandomBuiltins.NATIVE_LOG);
                            for (int i = 0; i < count; i++) values[i] *= scale;
                            return values;
                        });
                    }
                    return each(args, p -> p[0] * Distributions.standardExponentials(random, 1, RandomBuiltins.NATIVE_LOG)[0], "scale");
                }, optional("scale", Num.ONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "gamma", Gradient.CONSTANT, "Gamma numbers with the given shape (k) and scale (theta): mean shape * scale "
                        + "(np.random.gamma); both may be tensors.",
                args -> {
                    requireAtLeast(args, "shape", true);
                    requireAtLeast(args, "scale", true);
                    RandomState random = RandomBuiltins.random(args);
                    return each(args, p -> p[1] * Distributions.standardGamma(random, p[0], RandomBuiltins.NATIVE_LOG), "shape", "scale");
                }, required("shape"), optional("scale", Num.ONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "beta", Gradient.CONSTANT, "Beta numbers in [0, 1] with parameters a and b > 0 (np.random.beta); both may "
                        + "be tensors.",
                args -> {
                    requireAtLeast(args, "a", false);
                    requireAtLeast(args, "b", false);
                    RandomState random = RandomBuiltins.random(args);
                    return each(args, p -> Distributions.beta(random, p[0], p[1], RandomBuiltins.NATIVE_LOG), "a", "b");
                }, required("a"), required("b"), optional("size", NoneValue.NONE));
        table.add(TOPIC, "poisson", Gradient.CONSTANT, "Poisson counts with mean lam (np.random.poisson); lam may be a tensor.",
                args -> {
                    requireAtLeast(args, "lam", true);
                    for (double lam : values(args, "lam")) {
                        if (lam > 9.2e18 - 64 * Math.sqrt(9.2e18)) throw new LMathError("poisson(): lam value too large, got " + NumberFormat.format(lam));
                    }
                    RandomState random = RandomBuiltins.random(args);
                    return each(args, p -> Distributions.poisson(random, p[0]), "lam");
                }, optional("lam", Num.ONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "binomial", Gradient.CONSTANT, "The number of successes in n trials of probability p (np.random.binomial); "
                        + "n and p may be tensors.",
                args -> {
                    for (double n : values(args, "n")) {
                        if (!(n >= 0 && n == Math.rint(n) && n <= Integer.MAX_VALUE)) {
                            throw new LMathError(args.what("n") + " must be a whole number >= 0, got " + NumberFormat.format(n));
                        }
                    }
                    for (double p : values(args, "p")) {
                        if (!(p >= 0 && p <= 1)) throw new LMathError(args.what("p") + " must be a probability from 0 to 1, got " + NumberFormat.format(p));
                    }
                    RandomState random = RandomBuiltins.random(args);
                    return each(args, p -> Distributions.binomial(random, (long) p[0], p[1]), "n", "p");
                }, required("n"), required("p"), optional("size", NoneValue.NONE));
        table.add(TOPIC, "multinomial", Gradient.CONSTANT, "Counts of each outcome in n trials with probabilities pvals (the last takes "
                        + "what the others leave), one row per draw (np.random.multinomial).",
                RandomDistributionBuiltins::multinomial, required("n"), tensor("pvals"), optional("size", NoneValue.NONE));
    }

    /** One draw from the distribution's parameters, in the order they were named. */
    @FunctionalInterface
    private interface Draw {
        double next(double[] parameters);
    }

    /**
     * One draw per element: with number parameters, size numbers (or one number); with tensor
     * parameters, the shape they broadcast to (which must fit size, when given), each element
     * drawn in row-major order with its own parameters, as NumPy's legacy np.random.
     */
    private static Value each(Arguments args, Draw draw, String... names) {
        Value[] parameters = new Value[names.length];
        boolean numbers = true;
        for (int i = 0; i < names.length; i++) {
            parameters[i] = RandomBuiltins.parameter(args, names[i]);
            numbers &= parameters[i] instanceof Num;
        }
        int[] size = RandomBuiltins.size(args);
        if (numbers) {
            double[] fixed = new double[names.length];
            for (int i = 0; i < names.length; i++) fixed[i] = ((Num) parameters[i]).value();
            return RandomBuiltins.draw(size, count -> {
                double[] values = new double[count];
                for (int i = 0; i < count; i++) values[i] = draw.next(fixed);
                return values;
            });
        }
        int[] shape = new int[0];
        for (int i = 0; i < names.length; i++) {
            shape = Shapes.broadcast(shape, Values.toTensor(parameters[i], args.what(names[i])).shape(), args.signatureName());
        }
        if (size != null) {
            if (!RandomBuiltins.fits(shape, size)) {
                throw new LMathError(args.signatureName() + "(): parameters of shape " + Shapes.describe(shape)
                        + " do not fit size " + Shapes.describe(size) + " (they must broadcast to it)");
            }
            shape = size;
        }
        double[][] columns = new double[names.length][];
        for (int i = 0; i < names.length; i++) columns[i] = Values.toTensor(parameters[i], args.what(names[i])).broadcastTo(shape).toArray();
        double[] values = new double[Shapes.size(shape)], one = new double[names.length];
        for (int k = 0; k < values.length; k++) {
            for (int i = 0; i < names.length; i++) one[i] = columns[i][k];
            values[k] = draw.next(one);
        }
        return new TensorValue(Tensor.of(values, shape));
    }

    /** Every value of a parameter (a number or a tensor). */
    private static double[] values(Arguments args, String name) {
        Value value = RandomBuiltins.parameter(args, name);
        return value instanceof Num number ? new double[] {number.value()} : Values.toTensor(value, args.what(name)).toArray();
    }

    /** A parameter whose every value must be > 0 (or >= 0 when zero is allowed), as NumPy checks it. */
    private static void requireAtLeast(Arguments args, String name, boolean zeroAllowed) {
        for (double value : values(args, name)) {
            if (Double.isNaN(value) || value < 0 || (!zeroAllowed && value == 0)) {
                throw new LMathError(args.what(name) + " must be " + (zeroAllowed ? ">= 0" : "> 0") + ", got " + NumberFormat.format(value));
            }
        }
    }

    private static long trials(Arguments args) {
        int n = args.integer("n");
        if (n < 0) throw new LMathError(args.what("n") + " must be a whole number >= 0, got " + n);
        return n;
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
