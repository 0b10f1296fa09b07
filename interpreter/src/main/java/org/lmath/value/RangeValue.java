package org.lmath.value;

/**
 * start, start+step, ... up to (not including) stop: what `0..n` and `range(a, b, step)` give.
 * Lazy, so `for i in 0..1000000` allocates nothing; used where a tensor is expected it becomes
 * the 1-D tensor of its values (and prints as one).
 */
public record RangeValue(double start, double stop, double step) implements Value {

    public int size() {
        double count = Math.ceil((stop - start) / step);
        return count > 0 ? (int) Math.min(count, Integer.MAX_VALUE) : 0;
    }

    public double get(int index) {
        return start + index * step;
    }

    public String typeName() { return "range"; }
}
