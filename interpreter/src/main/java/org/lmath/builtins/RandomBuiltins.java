package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.variadic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.random.RandomState;
import org.lmath.sandbox.Budget;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.ListValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Operations;
import org.lmath.value.RangeValue;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * Random numbers with NumPy's legacy np.random names and meanings, drawn from the session's
 * {@link RandomState} so that seed(n) gives NumPy's own numbers. Draws fill a Java array and make
 * one tensor at the end. Random builtins are constants under grad.
 */
final class RandomBuiltins {

    private RandomBuiltins() {}

    private static final String TOPIC = "random";

    /** Whole numbers beyond 2^53 are not all doubles, so integer draws stay below. */
    private static final double LARGEST_WHOLE = 9007199254740992.0;

    static void register(BuiltinTable table) {
        table.add(TOPIC, "seed", Gradient.CONSTANT, "Restarts the random numbers at a whole number seed (0 to 2^32 - 1) as np.random.seed does; seed() starts from the clock.",
                RandomBuiltins::seed, optional("seed", NoneValue.NONE));
        table.add(TOPIC, "rand", Gradient.CONSTANT, "Uniform random numbers in [0, 1): rand() is one number, rand(3) or rand(2, 3) a tensor.",
                args -> draw(shape(args), random(args)::doubles), variadic("shape"));
        table.add(TOPIC, "randn", Gradient.CONSTANT, "Standard normal random numbers (mean 0, variance 1): randn() is one number, randn(2, 3) a tensor.",
                args -> draw(shape(args), gaussians(random(args))), variadic("shape"));
        table.add(TOPIC, "normal", Gradient.CONSTANT, "Normal random numbers with mean loc and standard deviation scale; size gives the shape (none: one number).",
                RandomBuiltins::normal, optional("loc", Num.ZERO), optional("scale", Num.ONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "uniform", Gradient.CONSTANT, "Uniform random numbers in [low, high); size gives the shape (none: one number).",
                RandomBuiltins::uniform, optional("low", Num.ZERO), optional("high", Num.ONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "randint", Gradient.CONSTANT, "Random whole numbers from low up to high - 1 (high excluded); randint(n) draws from 0 to n - 1.",
                RandomBuiltins::randint, required("low"), optional("high", NoneValue.NONE), optional("size", NoneValue.NONE));
        table.add(TOPIC, "choice", Gradient.CONSTANT, "Random picks from values (a list, a 1-D tensor, or n for 0..n-1), each with probability p (default: equal).",
                args -> RandomChoice.choose(args, random(args)), required("values"), optional("size", NoneValue.NONE),
                optional("replace", Bool.TRUE), optional("p", NoneValue.NONE));
        table.add(TOPIC, "permutation", Gradient.CONSTANT, "A shuffled copy of x (its rows, for a matrix), or of 0..n-1 when x is a whole number n.",
                RandomBuiltins::permutation, required("x"));
        table.add(TOPIC, "shuffle", Gradient.IN_PLACE, "Shuffles a tensor (its rows) or a list in place, as NumPy does; returns none.",
                RandomBuiltins::shuffle, required("x"));
    }

    /** The session's stream, seeded from the clock the first time when seed was never called. */
    static RandomState random(Arguments args) {
        return args.context().session().get(RandomState.class, RandomState::seededFromTime);
    }

    private static Value seed(Arguments args) {
        if (args.isNone("seed")) {
            args.context().session().put(RandomState.class, RandomState.seededFromTime());
            return NoneValue.NONE;
        }
        double seed = args.number("seed");
        if (seed != Math.rint(seed)) throw new LMathError(args.what("seed") + " must be a whole number, not " + NumberFormat.format(seed));
        if (seed < 0 || seed > RandomState.LARGEST_SEED) {
            throw new LMathError("seed(): the seed must be between 0 and 2**32 - 1 (" + RandomState.LARGEST_SEED + "), not " + NumberFormat.format(seed));
        }
        random(args).seed((long) seed);
        return NoneValue.NONE;
    }

    /** rand(2, 3), rand((2, 3)), or rand() for one number. */
    private static int[] shape(Arguments args) {
        return CreationBuiltins.checked(args.shape("shape"), args.signatureName());
    }

    /** The size argument: null for none (one number), else a shape from a whole number or a tuple. */
    static int[] size(Arguments args) {
        if (args.isNone("size")) return null;
        return CreationBuiltins.checked(args.shape("size"), args.signatureName() + "() size");
    }

    /** One number (shape null or ()), or a tensor of the shape filled in row-major order. */
    static Value draw(int[] shape, IntFunction<double[]> draws) {
        if (shape == null || shape.length == 0) return new Num(draws.apply(1)[0]);
        return new TensorValue(Tensor.adopting(draws.apply(Shapes.size(shape)), shape));  // the draws are a new array
    }

    /** Logarithms from the tensor library: C's log, as NumPy's (Java's differs in the last bit now and then). */
    static final RandomState.Logarithm NATIVE_LOG = values -> Tensor.of(values, new int[] {values.length}).logNatively().toArray();

    /** Normal draws whose logarithms come from the tensor library: C's log, as NumPy's. */
    private static IntFunction<double[]> gaussians(RandomState random) {
        return count -> random.gaussians(count, NATIVE_LOG);
    }

    private static Value normal(Arguments args) {
        Value scale = parameter(args, "scale");
        double smallest = min(Values.toTensor(scale, args.what("scale")));
        if (smallest < 0) throw new LMathError("normal(): the standard deviation scale must not be negative, got " + NumberFormat.format(smallest));
        return locationScale(args, parameter(args, "loc"), scale, gaussians(random(args)));
    }

    private static Value uniform(Arguments args) {
        Value low = parameter(args, "low");
        Value range = Operations.binary(Elementwise.SUBTRACT, parameter(args, "high"), low);
        for (double width : Values.toTensor(range, "high - low").toArray()) {
            if (!Double.isFinite(width)) throw new LMathError("uniform(): high - low must be a finite number, got " + NumberFormat.format(width));
        }
        return locationScale(args, low, range, random(args)::doubles);
    }

    /** A number stays a number; a tensor, range or list of numbers becomes a tensor. */
    static Value parameter(Arguments args, String name) {
        Value value = args.get(name);
        return value instanceof Num ? value : new TensorValue(args.tensor(name));
    }

    /**
     * location + scale * draw, elementwise, as NumPy's normal and uniform compute it; location and
     * scale may be tensors, which broadcast with each other and with size.
     */
    private static Value locationScale(Arguments args, Value location, Value scale, IntFunction<double[]> draws) {
        int[] size = size(args);
        if (location instanceof Num l && scale instanceof Num s) {
            double shift = l.value(), factor = s.value();
            return draw(size, count -> {
                double[] values = draws.apply(count);
                for (int i = 0; i < count; i++) values[i] = shift + factor * values[i];
                return values;
            });
        }
        int[] parameters = Shapes.broadcast(Values.toTensor(location, "loc").shape(), Values.toTensor(scale, "scale").shape(),
                args.signatureName());
        if (size != null && !fits(parameters, size)) {
            throw new LMathError(args.signatureName() + "(): parameters of shape " + Shapes.describe(parameters)
                    + " do not fit size " + Shapes.describe(size) + " (they must broadcast to it)");
        }
        Value drawn = draw(size != null ? size : parameters, draws);
        return Operations.binary(Elementwise.ADD, location, Operations.binary(Elementwise.MULTIPLY, scale, drawn));
    }

    /** True when parameters of this shape broadcast to exactly the size asked for. */
    static boolean fits(int[] parameters, int[] size) {
        try {
            return Shapes.equal(Shapes.broadcast(parameters, size, "size"), size);
        } catch (LMathError error) {
            return false;
        }
    }

    private static double min(Tensor values) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double value : values.toArray()) smallest = Math.min(smallest, value);
        return smallest;
    }

    private static Value randint(Arguments args) {
        double low = whole(args, "low");
        double high;
        if (args.isNone("high")) {
            high = low;
            low = 0;
        } else {
            high = whole(args, "high");
        }
        if (low >= high) {
            throw new LMathError("randint(): high must be greater than low (high is excluded), got low " + NumberFormat.format(low)
                    + " and high " + NumberFormat.format(high));
        }
        if (high - low > LARGEST_WHOLE) throw new LMathError("randint(): the range from low to high is too large (at most 2**53)");
        long largest = (long) (high - low) - 1;
        double start = low;
        RandomState random = random(args);
        return draw(size(args), count -> random.intervals(count, largest, start));
    }

    private static double whole(Arguments args, String name) {
        double value = args.number(name);
        if (value != Math.rint(value) || Math.abs(value) > LARGEST_WHOLE) {
            throw new LMathError(args.what(name) + " must be a whole number, not " + NumberFormat.format(value));
        }
        return value;
    }

    private static Value permutation(Arguments args) {
        Value x = args.get("x");
        RandomState random = random(args);
        if (x instanceof Num) {
            double n = args.number("x");
            if (n != Math.rint(n) || n < 0) {
                throw new LMathError("permutation(): x must be a tensor, a list or a whole number n >= 0 (for 0..n-1), not " + NumberFormat.format(n));
            }
            Budget.requireTensor(n, "permutation(" + NumberFormat.format(n) + ")");
            int count = args.integer("x");
            int[] order = random.permutation(count);
            double[] data = new double[count];
            for (int i = 0; i < count; i++) data[i] = order[i];
            return new TensorValue(Tensor.of(data, new int[] {count}));
        }
        if (x instanceof ListValue list) return new ListValue(permuted(list.items(), random));
        if (x instanceof TupleValue tuple) return new TupleValue(List.copyOf(permuted(tuple.items(), random)));
        if (x instanceof TensorValue || x instanceof RangeValue) {
            Tensor tensor = Values.toTensor(x, args.what("x"));
            if (tensor.ndim() == 0) throw new LMathError("permutation(): x must have at least one axis");
            return new TensorValue(permutedRows(tensor, random.permutation(tensor.shape()[0])));
        }
        throw new LMathError("permutation(): x must be a tensor, a list or a whole number n (for 0..n-1), not " + Values.describe(x));
    }

    private static Value shuffle(Arguments args) {
        Value x = Traced.strip(args.get("x"));  // traced by a grad that has finished: a plain value now
        RandomState random = random(args);
        if (x instanceof ListValue list) {
            List<Value> shuffled = permuted(list.items(), random);
            for (int i = 0; i < shuffled.size(); i++) list.items().set(i, shuffled.get(i));
            return NoneValue.NONE;
        }
        if (x instanceof TensorValue value) {
            Tensor tensor = value.tensor();
            Tensor shuffled = permutedRows(tensor, random.permutation(tensor.shape()[0]));
            tensor.assign(List.of(new IndexItem.Slice(null, null, null)), shuffled);
            return NoneValue.NONE;
        }
        String hint = x instanceof Num ? "; for 0..n-1 in random order use permutation(n)"
                : "; it changes a tensor or a list in place (use permutation(x) for a shuffled copy)";
        throw new LMathError("shuffle(): cannot shuffle " + Values.describe(x) + hint);
    }

    private static List<Value> permuted(List<Value> items, RandomState random) {
        int[] order = random.permutation(items.size());
        List<Value> result = new ArrayList<>(items.size());
        for (int position : order) result.add(items.get(position));
        return result;
    }

    /** The tensor with its first-axis slices (rows) in the given order. */
    private static Tensor permutedRows(Tensor tensor, int[] order) {
        int[] shape = tensor.shape();
        double[] data = tensor.toArray();
        double[] result = new double[data.length];
        int rowSize = order.length == 0 ? 0 : data.length / order.length;
        for (int k = 0; k < order.length; k++) System.arraycopy(data, order[k] * rowSize, result, k * rowSize, rowSize);
        return tensor.isMask() ? Tensor.maskOf(result, shape) : Tensor.of(result, shape);
    }
}
