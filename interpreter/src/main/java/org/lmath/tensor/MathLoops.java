package org.lmath.tensor;

/**
 * The loop that applies a {@link MathFunction} to a whole array. Called through the enum, every
 * element costs a call the JIT cannot inline (many functions share the loop); the functions a
 * program uses most on large tensors therefore have loops of their own, which call Java's Math
 * (an intrinsic) directly or, for -x, x * x and |x|, compile to vector instructions. Each loop
 * computes exactly what the enum's rule computes, so the results are the same bits.
 */
final class MathLoops {

    private MathLoops() {}

    /** result[i] = function(x[i]) for every i; result may be x itself. */
    static void apply(MathFunction function, double[] x, double[] result) {
        int n = x.length;
        switch (function) {
            case NEGATE -> { for (int i = 0; i < n; i++) result[i] = -x[i]; }
            case SQUARE -> { for (int i = 0; i < n; i++) result[i] = x[i] * x[i]; }
            case ABS -> { for (int i = 0; i < n; i++) result[i] = Math.abs(x[i]); }
            case EXP -> { for (int i = 0; i < n; i++) result[i] = Math.exp(x[i]); }
            case LOG -> { for (int i = 0; i < n; i++) result[i] = Math.log(x[i]); }
            case SQRT -> { for (int i = 0; i < n; i++) result[i] = Math.sqrt(x[i]); }
            case SIN -> { for (int i = 0; i < n; i++) result[i] = Math.sin(x[i]); }
            case COS -> { for (int i = 0; i < n; i++) result[i] = Math.cos(x[i]); }
            case TANH -> { for (int i = 0; i < n; i++) result[i] = Math.tanh(x[i]); }
            default -> { for (int i = 0; i < n; i++) result[i] = function.apply(x[i]); }
        }
    }
}
