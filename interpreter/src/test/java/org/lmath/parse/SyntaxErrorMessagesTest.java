package org.lmath.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmath.ast.Source;
import org.lmath.error.SyntaxError;

/**
 * Locks the wording of syntax errors: for each source, the exact message, where it points
 * (line and column, 1-based) and whether the input is merely incomplete (the REPL then asks for
 * another line instead of reporting it).
 */
class SyntaxErrorMessagesTest {

    private static final boolean INCOMPLETE = true;
    private static final boolean WRONG = false;

    static Stream<Arguments> cases() {
        return Stream.of(
                // brackets and blocks left open at the end of the input
                row("x = (1 + 2", "expected ')' to close the '(' opened at 1:5 before the end of the input", 1, 5, INCOMPLETE),
                row("x = [1, 2", "expected ']' to close the '[' opened at 1:5 before the end of the input", 1, 5, INCOMPLETE),
                row("def f() {\n  x = 1", "expected '}' to close the block opened at 1:9 before the end of the input", 1, 9, INCOMPLETE),
                row("y = f(1,\n", "expected ')' to close the '(' opened at 1:6 before the end of the input", 1, 6, INCOMPLETE),
                row("for i in 0..3 {\n  if i > 1 {\n    print(i)\n  }\n",
                        "expected '}' to close the block opened at 1:15 before the end of the input", 1, 15, INCOMPLETE),
                // a bracket left open that runs on into the next line
                row("x = (1 + 2\ny = 3", "expected ')' to close the '(' opened at 1:5 before line 2", 1, 5, WRONG),
                row("v = [1, 2\nfor i in 0..3 { }", "expected ']' to close the '[' opened at 1:5 before line 2", 1, 5, WRONG),
                row("print(\n  1 +\n  * 2)", "expected an expression after '+', found '*'", 3, 3, WRONG),
                // closers that do not match
                row("x = (1 + 2]", "found ']' but expected ')' to close the '(' opened at 1:5", 1, 11, WRONG),
                row("x = [1, 2)", "found ')' but expected ']' to close the '[' opened at 1:5", 1, 10, WRONG),
                row("x = 1 + 2)", "')' does not close anything", 1, 10, WRONG),
                row("}", "'}' does not close anything", 1, 1, WRONG),
                // blocks
                row("if x > 1 print(x)", "expected '{' to start the block of 'if', found name 'print'", 1, 10, WRONG),
                row("while true print(1)", "expected '{' to start the block of 'while', found name 'print'", 1, 12, WRONG),
                row("for i in 0..3 print(i)", "expected '{' to start the block of 'for', found name 'print'", 1, 15, WRONG),
                row("def f(x) return x", "expected '{' to start the block of 'def', found keyword 'return'", 1, 10, WRONG),
                row("if x > 1: print(x)",
                        "expected '{' to start the block of 'if', found ':' (lmath puts a block in braces, not after ':')", 1, 9, WRONG),
                row("if x { } else\n", "expected '{' to start the block of 'else', found the end of the line", 1, 14, WRONG),
                row("def f(x) = x^2",
                        "expected '{' to start the block of 'def', found '=' (a one-line function is written without def: f(x) = x^2)",
                        1, 10, WRONG),
                row("else { x = 1 }", "'else' without an 'if': 'else' goes right after the '}' that ends an if block", 1, 1, WRONG),
                row("if a { } elif b { }", "lmath has no 'elif': write 'else if'", 1, 10, WRONG),
                // operators and operands
                row("x = = 2", "expected an expression after '=', found '='", 1, 5, WRONG),
                row("x = 1 +\n", "expected an expression after '+', found the end of the line", 1, 8, WRONG),
                row("f(x) =\n", "expected an expression after '=', found the end of the line", 1, 7, WRONG),
                row("x = 1\n  y = = 2", "expected an expression after '=', found '='", 2, 7, WRONG),
                row("y = 2x", "unexpected name 'x' right after the number 2: write 2 * x to multiply", 1, 6, WRONG),
                row("print(1 2)", "unexpected number 2 after number 1: is a ',' or an operator missing between them?", 1, 9, WRONG),
                row("print(\"a\" \"b\")",
                        "unexpected string \"b\" after string \"a\": is a ',' or an operator missing between them?", 1, 11, WRONG),
                row("x = [1, 2,, 3]", "two commas in a row: put a value between them or remove one", 1, 11, WRONG),
                row("if x = 1 { }", "unexpected '=': '=' gives a name a value; to compare two values write '=='", 1, 6, WRONG),
                row("x++\n", "lmath has no '++': write x += 1", 1, 4, WRONG),
                row("print(7 // 2)", "lmath has no '//': for division rounded down write floor(a / b)", 1, 10, WRONG),
                row("q = 7 / / 2", "expected an expression after '/', found '/'", 1, 9, WRONG),
                row("print(1 < x < 3)", "comparisons do not chain: write 1 < x and x < 3", 1, 13, WRONG),
                // characters and strings
                row("s = \"abc", "this string is not closed: add '\"' at its end", 1, 5, WRONG),
                row("x = 3 $ 4", "unexpected character '$'", 1, 7, WRONG),
                row("if a && b { }", "lmath has no '&&': write 'and' for bools, or '&' for masks of tensors", 1, 7, WRONG),
                row("if a || b { }", "lmath has no '||': write 'or' for bools, or '|' for masks of tensors", 1, 7, WRONG),
                row("if !done { }", "unexpected character '!': lmath writes 'not' (and '!=' for not equal)", 1, 4, WRONG),
                row("s = 'abc'", "strings are written in double quotes, \"like this\", not single quotes", 1, 5, WRONG),
                // names and keywords
                row("for in 0..3 { }", "expected a name after 'for', found the keyword 'in'", 1, 5, WRONG),
                row("in = 3", "'in' is a keyword, so it cannot be used as a name", 1, 1, WRONG),
                row("return = 3", "'return' is a keyword, so it cannot be used as a name", 1, 8, WRONG),
                row("import 3", "expected a module name or a file name in quotes after 'import', found number 3", 1, 8, WRONG),
                // what may stand on the left of '='
                row("1 = x", "cannot assign to a number; the left side of '=' must be a name, an index like a[i], or names like a, b",
                        1, 1, WRONG),
                row("true = 1", "cannot assign to the constant true; the left side of '=' must be a name, an index like a[i], "
                        + "or names like a, b", 1, 1, WRONG),
                row("x + 1 = 2", "cannot assign to the result of '+'; the left side of '=' must be a name, an index like a[i], "
                        + "or names like a, b", 1, 3, WRONG),
                row("a, 1 = 1, 2", "cannot assign to a number; on the left of 'a, b = ...' every item must be a name (or names in parentheses)", 1, 4, WRONG),
                row("f(1) = 2", "a function defined as f(...) = expr takes parameter names, not a number", 1, 3, WRONG),
                // calls and parameters
                row("g(a=1, 2)", "a positional argument cannot follow a keyword argument", 1, 8, WRONG),
                row("g(a=1, a=2)", "keyword argument 'a' is given twice", 1, 8, WRONG),
                row("def f(a, a) { }", "parameter 'a' is named twice", 1, 10, WRONG),
                row("(a, a) -> a", "parameter 'a' is named twice", 1, 5, WRONG),
                row("def f(a=1, b) { }",
                        "parameter 'b' has no default but comes after one that has; put parameters with defaults last", 1, 12, WRONG),
                // f-strings
                row("print(f\"{x\")", "'{' in an f-string is not closed: add '}' after the expression", 1, 9, WRONG),
                row("print(f\"{\"ab\")", "'{' in an f-string is not closed: add '}' after the expression", 1, 9, WRONG),
                row("print(f\"x}\")", "single '}' in an f-string: write '}}' for a literal brace", 1, 10, WRONG),
                row("print(f\"{}\")", "empty '{}' in an f-string: put an expression inside, like {x}", 1, 10, WRONG),
                row("print(f\"a {x +} b\")", "expected an expression after '+', found the '}' that ends the f-string field",
                        1, 15, WRONG),
                // test blocks
                row("check \"name\" { }", "unexpected string after name 'check'; a test block is written test \"name\" { ... }",
                        1, 7, WRONG));
    }

    private static Arguments row(String source, String message, int line, int column, boolean incomplete) {
        return Arguments.of(source, message, line, column, incomplete);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeInPlainWords(String text, String message, int line, int column, boolean incomplete) {
        SyntaxError error = assertThrows(SyntaxError.class, () -> SourceParser.parseProgram(new Source("case.lmath", text)));
        assertAll(
                () -> assertEquals(message, error.getMessage(), "message"),
                () -> assertEquals(line, error.position().line(), "line"),
                () -> assertEquals(column, error.position().column(), "column"),
                () -> assertEquals(incomplete, error.isIncomplete(), "incomplete"),
                () -> assertEquals(incomplete, SourceParser.isIncomplete(text), "isIncomplete"));
    }
}
