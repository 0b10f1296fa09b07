/**
 * The fuzz test: mutated golden scripts and lessons, and programs generated from the grammar's
 * words, each run in-process with a time limit; any uncaught Java exception, error without a
 * position, or run that cannot be stopped fails it. See docs/robustness.md.
 */
package org.lmath.fuzz;
