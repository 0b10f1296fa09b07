/**
 * How submissions are tested and graded: running a file's tests (or a teacher's tests against a
 * student's file) with a time limit per test, grading a folder of submissions each in its own
 * JVM, and writing the results as text, JSON, Gradescope's results.json, JUnit XML or CSV.
 * Depends on the interpreter (and on repl/'s ResourceList for the exercise set); only the
 * command line (cli/) depends on it.
 */
package org.lmath.grade;
