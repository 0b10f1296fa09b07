/**
 * The lmath command: reads the command line, runs a script or a test file through one
 * {@link org.lmath.eval.Interpreter}, prints errors with their caret and sets the exit status.
 */
package org.lmath.cli;
