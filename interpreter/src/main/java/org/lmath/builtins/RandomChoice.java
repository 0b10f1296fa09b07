package org.lmath.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.random.RandomState;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.ListValue;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.TensorValue;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * choice(values, size, replace, p): NumPy's legacy choice, drawing the same numbers. values is a
 * whole number n (picks from 0..n-1), a 1-D tensor (picks numbers), or a list or tuple of any
 * values (picks items: tokens from a vocabulary). With size none the result is one pick;
 * otherwise a tensor of picked numbers, or a list of picked items (nested lists for a shape of
 * more than one axis).
 */
final class RandomChoice {

    private RandomChoice() {}

    /** NumPy's tolerance on the sum of p: the square root of the float64 machine epsilon. */
    private static final double SUM_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    static Value choose(Arguments args, RandomState random) {
        Value values = args.get("values");
        int[] shape = RandomBuiltins.size(args);
        int count = shape == null ? 1 : Shapes.size(shape);
        int population = population(values);
        if (population == 0 && count > 0) {
            throw new LMathError("choice(): there is nothing to choose from" + (values instanceof Num ? " (values is 0)" : " (values is empty)")
                    + "; values must have at least one item unless size is 0");
        }
        double[] probabilities = args.isNone("p") ? null : probabilities(args, population);
        int[] picks;
        if (args.bool("replace")) {
            picks = probabilities != null ? random.weightedChoice(probabilities, count) : uniformPicks(random, population, count);
        } else {
            if (count > population) {
                throw new LMathError("choice(): cannot take " + count + " different items from " + population
                        + " with replace=false; take at most " + population + " or use replace=true");
            }
            if (probabilities != null) {
                int nonZero = 0;
                for (double probability : probabilities) if (probability > 0) nonZero++;
                if (nonZero < count) {
                    throw new LMathError("choice(): only " + nonZero + " of the probabilities p are above 0, too few for "
                            + count + " different items with replace=false");
                }
                picks = random.weightedChoiceWithoutReplacement(probabilities, count);
            } else {
                picks = Arrays.copyOf(random.permutation(population), count);
            }
        }
        return picked(values, picks, shape);
    }

    private static int[] uniformPicks(RandomState random, int population, int count) {
        int[] picks = new int[count];
        for (int k = 0; k < count; k++) picks[k] = (int) random.nextInterval(population - 1);
        return picks;
    }

    /** How many values there are to choose from. */
    private static int population(Value values) {
        if (values instanceof Num number) {
            double n = number.value();
            if (n != Math.rint(n) || n < 0 || n > Integer.MAX_VALUE) {
                throw new LMathError("choice(): values must be a list, a 1-D tensor or a whole number n >= 0 (to pick from 0..n-1), not "
                        + NumberFormat.format(n));
            }
            return (int) n;
        }
        if (values instanceof ListValue list) return list.items().size();
        if (values instanceof TupleValue tuple) return tuple.items().size();
        if (values instanceof RangeValue range) return range.size();
        if (values instanceof TensorValue tensor) {
            if (tensor.tensor().ndim() != 1) {
                throw new LMathError("choice(): values must be 1-dimensional, not a tensor of shape " + Shapes.describe(tensor.tensor().shape()));
            }
            return tensor.tensor().size();
        }
        throw new LMathError("choice(): values must be a list, a 1-D tensor or a whole number n, not " + Values.describe(values));
    }

    /** p checked as NumPy checks it: one per value, no nan, none negative, summing to 1. */
    private static double[] probabilities(Arguments args, int population) {
        Tensor p = args.tensor("p");
        if (p.ndim() != 1) throw new LMathError("choice(): p must be 1-dimensional, not of shape " + Shapes.describe(p.shape()));
        double[] probabilities = p.toArray();
        if (probabilities.length != population) {
            throw new LMathError("choice(): p has " + probabilities.length + " probabilities for " + population
                    + " values; give one probability per value");
        }
        double sum = kahanSum(probabilities);
        if (Double.isNaN(sum)) throw new LMathError("choice(): the probabilities p contain nan");
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] < 0) {
                throw new LMathError("choice(): probabilities must not be negative, but p[" + i + "] is " + NumberFormat.format(probabilities[i]));
            }
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new LMathError("choice(): the probabilities p must sum to 1, but they sum to " + NumberFormat.format(sum));
        }
        return probabilities;
    }

    /** The compensated sum NumPy uses for this check. */
    private static double kahanSum(double[] values) {
        if (values.length == 0) return 0;
        double sum = values[0], compensation = 0;
        for (int i = 1; i < values.length; i++) {
            double y = values[i] - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** The values at the picked positions, shaped as asked. */
    private static Value picked(Value values, int[] picks, int[] shape) {
        if (values instanceof ListValue || values instanceof TupleValue) {
            List<Value> items = values instanceof ListValue list ? list.items() : ((TupleValue) values).items();
            List<Value> chosen = new ArrayList<>(picks.length);
            for (int pick : picks) chosen.add(items.get(pick));
            return shape == null || shape.length == 0 ? chosen.get(0) : nested(chosen, shape, 0, 0);
        }
        double[] numbers = values instanceof Num ? null : Values.toTensor(values, "choice()'s values").toArray();
        double[] chosen = new double[picks.length];
        for (int k = 0; k < picks.length; k++) chosen[k] = numbers == null ? picks[k] : numbers[picks[k]];
        if (shape == null || shape.length == 0) return new Num(chosen[0]);
        return new TensorValue(Tensor.of(chosen, shape));
    }

    /** Items laid out row by row into nested lists of the shape, from axis on, starting at offset. */
    private static ListValue nested(List<Value> items, int[] shape, int axis, int offset) {
        List<Value> result = new ArrayList<>(shape[axis]);
        int stride = Shapes.size(Arrays.copyOfRange(shape, axis + 1, shape.length));
        for (int i = 0; i < shape[axis]; i++) {
            result.add(axis == shape.length - 1 ? items.get(offset + i) : nested(items, shape, axis + 1, offset + i * stride));
        }
        return new ListValue(result);
    }
}
