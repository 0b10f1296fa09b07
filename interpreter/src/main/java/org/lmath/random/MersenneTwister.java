package org.lmath.random;

/**
 * MT19937, the 32-bit Mersenne Twister of Matsumoto and Nishimura (1998), seeded by the reference
 * init_genrand, which is what NumPy's RandomState.seed does with an integer. Written here rather
 * than taken from commons-math3 because its setSeed(int) sign-extends seeds of 2^31 and above and
 * so leaves NumPy's stream there (and is not a direct dependency of lmath).
 */
final class MersenneTwister {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    private final int[] state = new int[N];
    private int position;

    /** init_genrand: seed is taken as an unsigned 32-bit number (0 to 2^32 - 1). */
    void seed(long seed) {
        state[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            int previous = state[i - 1];
            // int arithmetic wraps modulo 2^32, as the reference's unsigned 32-bit arithmetic does
            state[i] = 1812433253 * (previous ^ (previous >>> 30)) + i;
        }
        position = N;
    }

    /** The next 32 random bits (read them as unsigned: Integer.toUnsignedLong). */
    int next() {
        if (position >= N) twist();
        int y = state[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        int k = 0;
        for (; k < N - M; k++) state[k] = state[k + M] ^ mix(state[k], state[k + 1]);
        for (; k < N - 1; k++) state[k] = state[k + M - N] ^ mix(state[k], state[k + 1]);
        state[N - 1] = state[M - 1] ^ mix(state[N - 1], state[0]);
        position = 0;
    }

    private static int mix(int upper, int lower) {
        int y = (upper & UPPER) | (lower & LOWER);
        return (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }
}
