package org.lmath.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.lmath.grammar.LMathParser;

/**
 * A token the grammar does not allow where it stands, with what is around it, and the plain-word
 * message for it. The message rules run from the most specific (a Python habit, a missing
 * operator) to the most general ("expected X, found Y"); the first that applies wins.
 *
 * @param offending      the token the parser stopped at
 * @param previous       the token before it, or null at the start
 * @param beforePrevious the token before that, or null
 * @param next           the token after it (EOF at the end)
 * @param expected       the tokens the parser would have accepted
 * @param blockOwner     'if', 'while', 'for', 'def' or 'test' when a block of one should start here, else null
 * @param inFragment     true inside an f-string's braces, where the end of the input is the closing '}'
 */
record Mistake(Token offending, Token previous, Token beforePrevious, Token next, IntervalSet expected,
               String blockOwner, boolean inFragment) {

    /** Tokens that can end an operand: after one of these, another operand needs an operator first. */
    static final Set<Integer> OPERAND_ENDS = Set.of(LMathParser.NUMBER, LMathParser.NAME, LMathParser.STRING,
            LMathParser.FSTRING, LMathParser.RPAREN, LMathParser.RBRACKET, LMathParser.TRUE, LMathParser.FALSE,
            LMathParser.NONE);

    /** Tokens that can start an operand. */
    static final Set<Integer> OPERAND_STARTS = Set.of(LMathParser.NUMBER, LMathParser.NAME, LMathParser.STRING,
            LMathParser.FSTRING, LMathParser.LPAREN, LMathParser.LBRACKET, LMathParser.TRUE, LMathParser.FALSE,
            LMathParser.NONE);

    private static final List<Function<Mistake, String>> RULES = List.of(
            Mistake::numberThenName, Mistake::doubledMaskOperator, Mistake::lambdaKeyword, Mistake::importAs,
            Mistake::elif, Mistake::assignInCondition, Mistake::missingBlock,
            Mistake::importTarget, Mistake::numberAfterDot, Mistake::elseWithoutIf, Mistake::keywordAsName,
            Mistake::missingOperator, Mistake::doubleComma, Mistake::missingExpression);

    String message() {
        for (Function<Mistake, String> rule : RULES) {
            String message = rule.apply(this);
            if (message != null) return message;
        }
        String words = expectedWords();
        return words.isEmpty() ? "did not expect " + found() + " here" : "expected " + words + ", found " + found();
    }

    // ------------------------------------------------------------------ the rules

    /** 2x: a mathematician's implicit product. */
    private String numberThenName() {
        if (type() != LMathParser.NAME || previousType() != LMathParser.NUMBER || !adjacent()) return null;
        return "unexpected name '" + offending.getText() + "' right after the number " + previous.getText()
                + ": write " + previous.getText() + " * " + offending.getText() + " to multiply";
    }

    /** a && b, a || b: C's and JavaScript's spelling. */
    private String doubledMaskOperator() {
        if ((type() != LMathParser.AMPERSAND && type() != LMathParser.BAR) || previousType() != type() || !adjacent()) return null;
        return type() == LMathParser.AMPERSAND
                ? "lmath has no '&&': write 'and' for bools, or '&' for masks of tensors"
                : "lmath has no '||': write 'or' for bools, or '|' for masks of tensors";
    }

    /** Python's lambda v: v + 1. */
    private String lambdaKeyword() {
        if (!isName(previous, "lambda") || (type() != LMathParser.NAME && type() != LMathParser.COLON)) return null;
        return "lmath has no 'lambda': write v -> v + 1 (and (a, b) -> a + b for two parameters)";
    }

    /** import numpy as np, import matplotlib.pyplot as plt: the tensors, functions and plots are built in. */
    private String importAs() {
        boolean asOrDot = isName(offending, "as") || type() == LMathParser.DOT;
        if (!asOrDot || beforePrevious == null || beforePrevious.getType() != LMathParser.IMPORT) return null;
        return org.lmath.error.Habits.forImport(previous.getText(), true);
    }

    private String elif() {
        return isName(offending, "elif") || isName(previous, "elif") ? "lmath has no 'elif': write 'else if'" : null;
    }

    /** if x = 1 { ... }; but def f(x) = ... and for x = ... are other mistakes. */
    private String assignInCondition() {
        if (type() != LMathParser.ASSIGN || !afterOperand() || "def".equals(blockOwner) || "for".equals(blockOwner)) return null;
        return "unexpected '=': '=' gives a name a value; to compare two values write '=='";
    }

    private String missingBlock() {
        if (blockOwner == null) return null;
        String owner = previousType() == LMathParser.ELSE ? "else" : blockOwner;
        String hint = "";
        if (type() == LMathParser.COLON) hint = " (lmath puts a block in braces, not after ':')";
        if (type() == LMathParser.ASSIGN && owner.equals("def")) hint = " (a one-line function is written without def: f(x) = x^2)";
        return "expected '{' to start the block of '" + owner + "', found " + found() + hint;
    }

    private String importTarget() {
        if (previousType() != LMathParser.IMPORT) return null;
        return "expected a module name or a file name in quotes after 'import', found " + found();
    }

    /** x.1 lexes as x followed by the number .1 */
    private String numberAfterDot() {
        if (type() != LMathParser.NUMBER || !offending.getText().startsWith(".") || !afterOperand() || !adjacent()) return null;
        return "expected a name after '.', found " + offending.getText().substring(1);
    }

    private String elseWithoutIf() {
        if (type() != LMathParser.ELSE || expected.contains(LMathParser.ELSE)) return null;
        return "'else' without an 'if': 'else' goes right after the '}' that ends an if block";
    }

    private String keywordAsName() {
        if (type() == LMathParser.ASSIGN && isKeyword(previousType())) return notAName(previous);
        if (!isKeyword(type())) return null;
        if (previous != null && expected.contains(LMathParser.NAME) && !expectsExpression()) {
            return "expected a name after '" + previous.getText() + "', found the keyword '" + offending.getText() + "'";
        }
        return next.getType() == LMathParser.ASSIGN ? notAName(offending) : null;
    }

    private static String notAName(Token keyword) {
        return "'" + keyword.getText() + "' is a keyword, so it cannot be used as a name";
    }

    private String missingOperator() {
        if (!OPERAND_STARTS.contains(type()) || !afterOperand()) return null;
        return "unexpected " + found() + " after " + describe(previous) + ": is a ',' or an operator missing between them?";
    }

    private String doubleComma() {
        if (type() != LMathParser.COMMA || previousType() != LMathParser.COMMA) return null;
        return "two commas in a row: put a value between them or remove one";
    }

    private String missingExpression() {
        if (!expectsExpression() || OPERAND_STARTS.contains(type()) || previous == null) return null;
        if (isIncrement()) {
            return "lmath has no '" + previous.getText() + previous.getText() + "': write x " + previous.getText() + "= 1";
        }
        if (isFloorDivision()) {
            return "lmath has no '//': for division rounded down write floor(a / b)";
        }
        return "expected an expression after " + describe(previous) + ", found " + found();
    }

    // ------------------------------------------------------------------ helpers

    private int type() {
        return offending.getType();
    }

    private int previousType() {
        return previous == null ? Token.INVALID_TYPE : previous.getType();
    }

    private boolean afterOperand() {
        return OPERAND_ENDS.contains(previousType());
    }

    /** No space between the previous token and this one. */
    private boolean adjacent() {
        return previous != null && previous.getStopIndex() + 1 == offending.getStartIndex();
    }

    /** x++ reaches the parser as x, '+', '+' and then the end of the line. */
    private boolean isIncrement() {
        int type = previousType();
        return (type == LMathParser.PLUS || type == LMathParser.MINUS) && beforePrevious != null
                && beforePrevious.getType() == type && beforePrevious.getStopIndex() + 1 == previous.getStartIndex();
    }

    /** Python's a // b reaches the parser as a, '/', '/'. */
    private boolean isFloorDivision() {
        return type() == LMathParser.SLASH && previousType() == LMathParser.SLASH && adjacent();
    }

    private boolean expectsExpression() {
        return expected.contains(LMathParser.NAME) && expected.contains(LMathParser.NUMBER);
    }

    static boolean isKeyword(int type) {
        return type >= LMathParser.DEF && type <= LMathParser.NONE;
    }

    private static boolean isName(Token token, String name) {
        return token != null && token.getType() == LMathParser.NAME && token.getText().equals(name);
    }

    /** The expected tokens in words; any expression start collapses to "an expression". */
    private String expectedWords() {
        List<String> words = new ArrayList<>();
        if (expectsExpression()) words.add("an expression");
        else if (expected.contains(LMathParser.NAME)) words.add("a name");
        int[] punctuation = {LMathParser.LBRACE, LMathParser.RPAREN, LMathParser.RBRACKET, LMathParser.RBRACE,
                LMathParser.ASSIGN, LMathParser.IN, LMathParser.ELSE, LMathParser.COLON, LMathParser.ARROW};
        for (int type : punctuation) {
            if (expected.contains(type)) words.add(LMathParser.VOCABULARY.getLiteralName(type));
        }
        if (expected.contains(LMathParser.NEWLINE) && words.size() < 2) words.add("the end of the line");
        if (words.isEmpty() && expected.contains(LMathParser.COMMA)) words.add("','");
        if (words.size() > 3) words = words.subList(0, 3);
        return String.join(" or ", words);
    }

    private String found() {
        return describe(offending);
    }

    private String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> inFragment ? "the '}' that ends the f-string field" : "the end of the input";
            case LMathParser.NEWLINE -> "the end of the line";
            case LMathParser.NUMBER -> "number " + token.getText();
            case LMathParser.NAME -> "name '" + token.getText() + "'";
            case LMathParser.STRING, LMathParser.FSTRING -> "string " + token.getText();
            default -> isKeyword(token.getType()) ? "keyword '" + token.getText() + "'" : "'" + token.getText() + "'";
        };
    }
}
