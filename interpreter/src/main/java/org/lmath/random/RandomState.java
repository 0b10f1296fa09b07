package org.lmath.random;

import java.util.Arrays;
import org.lmath.sandbox.Interruption;

/**
 * A random stream that draws exactly as NumPy's legacy RandomState (np.random.seed, rand, randn,
 * randint, choice, permutation, shuffle): the same Mersenne Twister outputs go through the same
 * transforms, so seed(n) followed by the same calls gives NumPy's numbers to the last bit.
 * One per session (kept in the session's state), never shared.
 */
public final class RandomState {

    /** Seeds NumPy accepts: 0 to 2^32 - 1. */
    public static final long LARGEST_SEED = 0xffffffffL;

    private final MersenneTwister twister = new MersenneTwister();
    private boolean hasSpareGaussian;
    private double spareGaussian;

    private RandomState() {}

    /** A stream seeded by the given number (0 to 2^32 - 1), as np.random.seed(seed). */
    public static RandomState seeded(long seed) {
        RandomState state = new RandomState();
        state.seed(seed);
        return state;
    }

    /** A stream seeded from the clock: a different stream in every session that never calls seed. */
    public static RandomState seededFromTime() {
        long time = System.nanoTime() ^ System.currentTimeMillis() * 0x9E3779B97F4A7C15L;
        return seeded((time ^ (time >>> 32)) & LARGEST_SEED);
    }

    /** Restarts the stream, as np.random.seed(seed) does; this also forgets a spare normal value. */
    public void seed(long seed) {
        if (seed < 0 || seed > LARGEST_SEED) throw new IllegalArgumentException("seed out of range: " + seed);
        twister.seed(seed);
        hasSpareGaussian = false;
        spareGaussian = 0;
    }

    private long next32() {
        return Integer.toUnsignedLong(twister.next());
    }

    private long next64() {
        long high = next32();
        return high << 32 | next32();
    }

    /** A uniform double in [0, 1) with 53 random bits: NumPy's random_sample. */
    public double nextDouble() {
        long a = next32() >>> 5;
        long b = next32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** count uniform doubles in [0, 1), in order. */
    public double[] doubles(int count) {
        double[] result = new double[count];
        for (int i = 0; i < count; i++) {
            Interruption.every(i);
            result[i] = nextDouble();
        }
        return result;
    }

    /** Natural logarithms of many values at once. */
    @FunctionalInterface
    public interface Logarithm {
        double[] of(double[] values);
    }

    /**
     * count standard normal values by the polar Box-Muller method, which makes two at a time and
     * keeps the second for the next call: NumPy's legacy_gauss. The logarithms are taken in one
     * batch through log, so that the caller can use C's log, which NumPy uses (Java's Math.log
     * differs from it in the last bit for about one input in a thousand).
     */
    public double[] gaussians(int count, Logarithm log) {
        double[] result = new double[count];
        int filled = 0;
        if (count > 0 && hasSpareGaussian) {
            result[filled++] = spareGaussian;
            hasSpareGaussian = false;
            spareGaussian = 0;
        }
        int pairs = (count - filled + 1) / 2;
        double[] first = new double[pairs], second = new double[pairs], radiusSquared = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            Interruption.every(p);
            double x1, x2, r2;
            do {
                x1 = 2.0 * nextDouble() - 1.0;
                x2 = 2.0 * nextDouble() - 1.0;
                r2 = x1 * x1 + x2 * x2;
            } while (r2 >= 1.0 || r2 == 0.0);
            first[p] = x1;
            second[p] = x2;
            radiusSquared[p] = r2;
        }
        double[] logs = pairs == 0 ? new double[0] : log.of(radiusSquared);
        for (int p = 0; p < pairs; p++) {
            double factor = Math.sqrt(-2.0 * logs[p] / radiusSquared[p]);
            result[filled++] = factor * second[p];
            if (filled < count) {
                result[filled++] = factor * first[p];
            } else {
                spareGaussian = factor * first[p];
                hasSpareGaussian = true;
            }
        }
        return result;
    }

    /**
     * A uniform whole number from 0 to max, both included (max >= 0): the smallest all-ones bit
     * mask covering max, applied to 32-bit draws (64-bit ones when max needs more bits), retried
     * until the result is at most max. NumPy's random_interval, and its masked bounded integers.
     */
    public long nextInterval(long max) {
        return max == 0 ? 0 : nextMasked(max, mask(max));
    }

    /** offset + nextInterval(max), count times: randint's bulk path, with the mask worked out once. */
    public double[] intervals(int count, long max, double offset) {
        double[] result = new double[count];
        if (max == 0) {
            Arrays.fill(result, offset);
            return result;
        }
        long mask = mask(max);
        if (max <= LARGEST_SEED) {
            int mask32 = (int) mask;
            for (int i = 0; i < count; i++) {
                long value;
                do {
                    value = Integer.toUnsignedLong(twister.next() & mask32);
                } while (value > max);
                result[i] = offset + value;
            }
        } else {
            for (int i = 0; i < count; i++) result[i] = offset + nextMasked(max, mask);
        }
        return result;
    }

    /** The smallest number of the form 2^k - 1 that is at least max. */
    private static long mask(long max) {
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        return mask;
    }

    private long nextMasked(long max, long mask) {
        long value;
        if (max <= LARGEST_SEED) {
            do {
                value = next32() & mask;
            } while (value > max);
        } else {
            do {
                value = next64() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }

    /**
     * 0, 1, ..., n-1 in random order, by NumPy's shuffle (Fisher-Yates from the end). Shuffling a
     * sequence x in NumPy leaves x[order[k]] at position k, with the same draws.
     */
    public int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            Interruption.every(i);
            int j = (int) nextInterval(i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /**
     * count positions drawn with replacement, position i with probability p[i]: NumPy's choice
     * with p, which looks each uniform draw up in the normalised cumulative sum.
     */
    public int[] weightedChoice(double[] probabilities, int count) {
        double[] cumulative = normalisedCumulativeSum(probabilities);
        int[] chosen = new int[count];
        for (int k = 0; k < count; k++) chosen[k] = positionAfter(cumulative, nextDouble());
        return chosen;
    }

    /**
     * count distinct positions, weighted by p, as NumPy's choice(replace=False, p=p): draw as many
     * as are still missing, keep the new ones in the order first seen, zero the probabilities of
     * those found, and repeat. The caller checks that p has at least count non-zero entries.
     */
    public int[] weightedChoiceWithoutReplacement(double[] probabilities, int count) {
        double[] remaining = probabilities.clone();
        int[] found = new int[count];
        int foundCount = 0;
        boolean[] taken = new boolean[probabilities.length];
        while (foundCount < count) {
            double[] draws = new double[count - foundCount];
            for (int k = 0; k < draws.length; k++) draws[k] = nextDouble();
            for (int k = 0; k < foundCount; k++) remaining[found[k]] = 0;
            double[] cumulative = normalisedCumulativeSum(remaining);
            // a position with probability 0 is never drawn, so those of earlier rounds cannot come again
            for (double draw : draws) {
                int position = positionAfter(cumulative, draw);
                if (!taken[position]) {
                    taken[position] = true;
                    found[foundCount++] = position;
                }
            }
        }
        return found;
    }

    /** cumsum(p) / cumsum(p)[-1], summed left to right as np.cumsum does. */
    private static double[] normalisedCumulativeSum(double[] probabilities) {
        double[] cumulative = new double[probabilities.length];
        double total = 0;
        for (int i = 0; i < probabilities.length; i++) {
            total += probabilities[i];
            cumulative[i] = total;
        }
        double last = cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) cumulative[i] /= last;
        return cumulative;
    }

    /** searchsorted(cumulative, u, side='right'): how many entries are at most u. */
    private static int positionAfter(double[] cumulative, double u) {
        int low = 0, high = cumulative.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] <= u) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
