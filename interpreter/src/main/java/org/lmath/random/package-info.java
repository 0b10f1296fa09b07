/**
 * Random numbers drawn exactly as NumPy's legacy {@code np.random} (RandomState) draws them: the
 * Mersenne Twister seeded from an integer, and the same transforms on top of its 32-bit outputs,
 * so that a seeded lmath script prints the numbers NumPy prints. Plain Java; depends on nothing else in lmath.
 */
package org.lmath.random;
