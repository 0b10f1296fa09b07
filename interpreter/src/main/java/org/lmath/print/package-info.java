/**
 * The one place where lmath values become text. NumberFormat, TensorFormat and FormatSpec print
 * the way Python and NumPy do, and depend on nothing else in lmath; Printer, which dispatches on
 * the kind of value, depends on {@code value}.
 */
package org.lmath.print;
