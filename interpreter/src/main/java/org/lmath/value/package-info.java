/**
 * The values of lmath programs, a sealed family: numbers (plain doubles), bools, strings, none,
 * lists, tuples, tensors, ranges, functions, modules, and values a grad is tracing; with the typed
 * helpers that check what a value is and say in plain words when it is not. Depends on
 * {@code tensor}, {@code ast}, {@code error}, and on {@code print}'s NumberFormat for numbers in messages.
 */
package org.lmath.value;
