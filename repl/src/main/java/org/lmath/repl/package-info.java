/**
 * The interactive lmath prompt: a JLine line editor (multi-line entries decided by the parser,
 * history, completion, highlighting) in front of one {@link org.lmath.eval.Interpreter}
 * session, the `:` commands, and a plain mode for standard input that is not a terminal.
 */
package org.lmath.repl;
