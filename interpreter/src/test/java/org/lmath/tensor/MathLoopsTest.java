package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * MathLoops' own loops (exp, sin, -x, ...) give exactly the bits of the enum's rule for one number,
 * which is what a plain number gets: for every function, on values that tell rules apart (signed
 * zeros, nan, infinities, the smallest subnormal, huge and tiny numbers), into a new array and into
 * the input's own array (a temporary).
 */
class MathLoopsTest {

    private static final double[] VALUES = {0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-300, -1e-300, Double.MIN_VALUE, 1e300,
            -1e300, 710.0, -745.5, 1e22, Math.PI, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.7853981633974483};

    @Test
    void everyFunctionGivesTheBitsOfItsRule() {
        for (MathFunction function : MathFunction.values()) {
            double[] fresh = new double[VALUES.length];
            MathLoops.apply(function, VALUES, fresh);
            double[] inPlace = VALUES.clone();
            MathLoops.apply(function, inPlace, inPlace);
            for (int i = 0; i < VALUES.length; i++) {
                long expected = Double.doubleToRawLongBits(function.apply(VALUES[i]));
                assertEquals(expected, Double.doubleToRawLongBits(fresh[i]), function + "(" + VALUES[i] + ")");
                assertEquals(expected, Double.doubleToRawLongBits(inPlace[i]), function + "(" + VALUES[i] + ") in place");
            }
        }
    }
}
