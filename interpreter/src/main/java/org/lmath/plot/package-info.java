/**
 * Plots: the figure model (a grid of axes holding layers), its rendering with XChart into PNG,
 * SVG, a Swing window or a braille preview, and where pictures go. Depends on value/ (for the
 * session) and error/; builtins/PlotBuiltins is its only caller in the language.
 */
package org.lmath.plot;
