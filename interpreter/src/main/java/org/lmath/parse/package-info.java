/**
 * Text to syntax tree: the facade over the ANTLR parser, the error listener that turns ANTLR's
 * reports into plain-word syntax errors, and the AstBuilder. The only package that sees ANTLR types.
 */
package org.lmath.parse;
