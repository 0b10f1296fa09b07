package org.lmath.tensor;

/** Running sums along one axis (NumPy's cumsum), added in order as NumPy adds them. */
public final class Cumulative {

    private Cumulative() {}

    /** The running sum along axis; with reverse, from the last element back to the first. */
    public static Tensor sum(Tensor x, int axis, boolean reverse) {
        int[] shape = x.shape();
        int normal = Shapes.axis(axis, shape.length);
        double[] data = x.toArray();
        int length = shape[normal];
        int inner = 1;
        for (int d = normal + 1; d < shape.length; d++) inner *= shape[d];
        int outer = length * inner == 0 ? 0 : data.length / (length * inner);
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                double running = 0;
                for (int step = 0; step < length; step++) {
                    int k = reverse ? length - 1 - step : step;
                    int position = (o * length + k) * inner + i;
                    running += data[position];
                    data[position] = running;
                }
            }
        }
        return Tensor.of(data, shape);
    }
}
