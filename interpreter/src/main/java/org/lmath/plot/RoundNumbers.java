package org.lmath.plot;

import java.util.ArrayList;
import java.util.List;

/** Round numbers for ticks and contour levels: steps of 1, 2, 2.5 or 5 times a power of ten, as matplotlib's MaxNLocator. */
final class RoundNumbers {

    private RoundNumbers() {}

    /**
     * The multiples of the smallest round step that divides low to high into at most bins parts,
     * from low to high inclusive (0, 0.25, 0.5, 0.75, 1 for 0 to 1 in 4 bins).
     */
    static double[] steps(double low, double high, int bins) {
        if (!(high > low) || !Double.isFinite(high - low)) return new double[] {low};
        double rough = (high - low) / Math.max(1, bins);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = 10 * power;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough * (1 - 1e-9)) {
                step = factor * power;
                break;
            }
        }
        List<Double> values = new ArrayList<>();
        double tolerance = step * 1e-9;
        for (long k = (long) Math.ceil(low / step - 1e-9); k * step <= high + tolerance; k++) {
            double value = k * step;
            values.add(Math.abs(value) < tolerance ? 0 : value);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
