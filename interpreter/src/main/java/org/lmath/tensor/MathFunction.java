package org.lmath.tensor;

import java.util.function.DoubleUnaryOperator;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The one-argument elementwise functions: each with its rule for a plain number (Java's Math,
 * which gives IEEE results like NumPy: log(0) = -inf, sqrt(-1) = nan) and its ND4J kernel for a tensor.
 */
public enum MathFunction {
    EXP { public double apply(double x) { return Math.exp(x); } INDArray apply(INDArray a) { return Transforms.exp(a, true); } },
    LOG { public double apply(double x) { return Math.log(x); } INDArray apply(INDArray a) { return Transforms.log(a, true); } },
    SQRT { public double apply(double x) { return Math.sqrt(x); } INDArray apply(INDArray a) { return Transforms.sqrt(a, true); } },
    ABS { public double apply(double x) { return Math.abs(x); } INDArray apply(INDArray a) { return Transforms.abs(a, true); } },
    SIN { public double apply(double x) { return Math.sin(x); } INDArray apply(INDArray a) { return Transforms.sin(a, true); } },
    COS { public double apply(double x) { return Math.cos(x); } INDArray apply(INDArray a) { return Transforms.cos(a, true); } },
    /**
     * Not ND4J's tanh: it loses all precision for small x (tanh(1e-20) was 0, tanh(1e-10) wrong in
     * the 8th digit), where tanh(x) is x. Java's is within 2 ulps of NumPy's everywhere.
     */
    TANH { public double apply(double x) { return Math.tanh(x); } INDArray apply(INDArray a) { return elementByElement(a, Math::tanh); } },
    TAN { public double apply(double x) { return Math.tan(x); } INDArray apply(INDArray a) { return elementByElement(a, Math::tan); } },
    LOG2 { public double apply(double x) { return log2(x); } INDArray apply(INDArray a) { return elementByElement(a, MathFunction::log2); } },
    LOG10 { public double apply(double x) { return Math.log10(x); } INDArray apply(INDArray a) { return elementByElement(a, Math::log10); } },
    /** 1 / (1 + e^-x), written so that neither branch overflows (as SciPy's expit). */
    SIGMOID { public double apply(double x) { return sigmoid(x); } INDArray apply(INDArray a) { return elementByElement(a, MathFunction::sigmoid); } },
    /** max(x, 0); nan stays nan, as np.maximum(x, 0). */
    RELU { public double apply(double x) { return x > 0 || Double.isNaN(x) ? x : 0.0; } INDArray apply(INDArray a) { return elementByElement(a, this::apply); } },
    SIGN { public double apply(double x) { return Math.signum(x); } INDArray apply(INDArray a) { return elementByElement(a, Math::signum); } },
    FLOOR { public double apply(double x) { return Math.floor(x); } INDArray apply(INDArray a) { return elementByElement(a, Math::floor); } },
    CEIL { public double apply(double x) { return Math.ceil(x); } INDArray apply(INDArray a) { return elementByElement(a, Math::ceil); } },
    /** Halves round to the even neighbour, as NumPy's round. */
    ROUND { public double apply(double x) { return Math.rint(x); } INDArray apply(INDArray a) { return elementByElement(a, Math::rint); } },
    NEGATE { public double apply(double x) { return -x; } INDArray apply(INDArray a) { return a.neg(); } },
    /** The standard normal cdf (Statistics.normalCdf); normal_cdf is built on it. */
    NORMAL_CDF { public double apply(double x) { return Statistics.normalCdf(x); } INDArray apply(INDArray a) { return elementByElement(a, Statistics::normalCdf); } },
    /** Its inverse (Statistics.normalPpf); normal_ppf is built on it. */
    NORMAL_PPF { public double apply(double x) { return Statistics.normalPpf(x); } INDArray apply(INDArray a) { return elementByElement(a, Statistics::normalPpf); } };

    /** log base 2, exact for powers of two (log(x) / log(2) is not: log(8) / log(2) may miss 3). */
    private static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x) && (Double.doubleToRawLongBits(x) & 0x000FFFFFFFFFFFFFL) == 0 && x >= Double.MIN_NORMAL) {
            return Math.getExponent(x);
        }
        return Math.log(x) / Math.log(2);
    }

    private static double sigmoid(double x) {
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1 + e);
    }

    public abstract double apply(double x);

    abstract INDArray apply(INDArray array);

    private static INDArray elementByElement(INDArray array, DoubleUnaryOperator function) {
        double[] values = array.dup('c').data().asDouble();
        for (int i = 0; i < values.length; i++) values[i] = function.applyAsDouble(values[i]);
        return array.rank() == 0 ? Nd4j.scalar(values[0]) : Nd4j.create(values, array.shape(), 'c');
    }
}
