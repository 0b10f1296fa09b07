package org.lmath.tensor;

/** Reductions over all elements or along axes, as NumPy's sum, mean, max and min. */
public enum Reduction {
    SUM("sum"), MEAN("mean"), MAX("max"), MIN("min");

    public final String functionName;

    Reduction(String functionName) { this.functionName = functionName; }
}
