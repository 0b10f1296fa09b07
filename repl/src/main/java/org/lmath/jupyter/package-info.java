/**
 * lmath as a Jupyter kernel (on jjava-jupyter's messaging) and lmath scripts as notebooks: `lmath
 * kernel`, `lmath kernel install`, `lmath notebook`. Depends on the REPL's {@code CellSession} and
 * the interpreter; nothing depends on it but the command line.
 */
package org.lmath.jupyter;
