package org.lmath.tensor;

/**
 * Products over axes, and for each element the product of the others in its group (what the
 * gradient of a product needs). The others are computed from products before and after each
 * element, so a zero in the group gives exact results instead of 0 / 0.
 */
final class Products {

    private Products() {}

    /** For every element, which result element (group) it is multiplied into. */
    static int[] groups(int[] shape, boolean[] reduced) {
        int size = Shapes.size(shape);
        int[] group = new int[size];
        int[] counter = new int[shape.length];
        int[] keptStrides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            keptStrides[d] = reduced[d] ? 0 : stride;
            if (!reduced[d]) stride *= shape[d];
        }
        for (int n = 0; n < size; n++) {
            int g = 0;
            for (int d = 0; d < shape.length; d++) g += counter[d] * keptStrides[d];
            group[n] = g;
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++counter[d] < shape[d]) break;
                counter[d] = 0;
            }
        }
        return group;
    }

    static double[] product(double[] data, int[] group, int groupCount) {
        double[] result = new double[groupCount];
        java.util.Arrays.fill(result, 1);
        for (int n = 0; n < data.length; n++) result[group[n]] *= data[n];
        return result;
    }

    static double[] productOfOthers(double[] data, int[] group, int groupCount) {
        double[] before = new double[data.length];
        double[] running = new double[groupCount];
        java.util.Arrays.fill(running, 1);
        for (int n = 0; n < data.length; n++) {
            before[n] = running[group[n]];
            running[group[n]] *= data[n];
        }
        java.util.Arrays.fill(running, 1);
        double[] others = new double[data.length];
        for (int n = data.length - 1; n >= 0; n--) {
            others[n] = before[n] * running[group[n]];
            running[group[n]] *= data[n];
        }
        return others;
    }
}
