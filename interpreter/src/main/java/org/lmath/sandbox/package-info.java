/**
 * The sandbox a submission runs in: which files it may read and write ({@link org.lmath.sandbox.FileAccess})
 * and, beside it, its resource budget. The evaluator and the builtins consult these through the
 * session; nothing here depends on the evaluator.
 */
package org.lmath.sandbox;
