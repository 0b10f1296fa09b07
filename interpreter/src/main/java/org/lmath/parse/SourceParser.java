package org.lmath.parse;

import java.util.List;

import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.lmath.ast.Expr;
import org.lmath.ast.Position;
import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.error.SyntaxError;
import org.lmath.grammar.LMathLexer;
import org.lmath.grammar.LMathParser;

/** The front door of the front end: source text in, AST out, or a {@link SyntaxError}. */
public final class SourceParser {

    /**
     * The longest program read, in characters. Parsing is linear but takes about 250 bytes of
     * memory per character (tokens, parse tree, syntax tree: 5 MB of source needed 1 GB), and no
     * program written by hand comes near this; data belongs in a file of its own.
     */
    public static final int MAX_SOURCE_CHARACTERS = 4_000_000;

    private SourceParser() {}

    /** Parses a whole script, module or REPL entry. */
    public static List<Stmt> parseProgram(Source source) {
        if (source.text().length() > MAX_SOURCE_CHARACTERS) {
            throw new SyntaxError(new Position(source, 1, 1), String.format(
                    "this program is %,d characters long, and lmath reads programs of up to %,d: "
                    + "split it into modules (import) or keep its data in a file", source.text().length(), MAX_SOURCE_CHARACTERS), false);
        }
        LMathParser.ProgramContext tree = twoStage(source, source.text(), null, LMathParser::program);
        return new AstBuilder(source, 0, 0).program(tree);
    }

    /**
     * True when the text is a correct beginning that stopped too early (an unclosed bracket or
     * block): the REPL reads another line instead of reporting an error.
     */
    public static boolean isIncomplete(String text) {
        // Only an entry that ends inside a bracket or block can be incomplete; a balanced one is
        // complete or wrong, and running it says which, so it is not parsed twice.
        if (bracketBalance(text) <= 0) return false;
        try {
            parseProgram(new Source("<input>", text));
            return false;
        } catch (SyntaxError error) {
            return error.isIncomplete();
        }
    }

    /**
     * Opening minus closing brackets and braces in the text, as the lexer sees them (brackets in
     * strings and comments do not count). No token spans two lines, so the REPL can add up the
     * balance of an entry line by line instead of reading the whole entry again at each line.
     */
    public static int bracketBalance(String text) {
        LMathLexer lexer = new LMathLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        int balance = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            switch (token.getType()) {
                case LMathLexer.LPAREN, LMathLexer.LBRACKET, LMathLexer.LBRACE -> balance++;
                case LMathLexer.RPAREN, LMathLexer.RBRACKET, LMathLexer.RBRACE -> balance--;
                default -> { }
            }
        }
        return balance;
    }

    /** Parses the expression inside an f-string's braces, placed at its origin in the source. */
    static Expr parseFragment(Source source, String text, Position origin) {
        LMathParser.StandaloneExpressionContext tree = twoStage(source, text, origin, LMathParser::standaloneExpression);
        return new AstBuilder(source, origin.line() - 1, origin.column() - 1).expression(tree.expr());
    }

    /**
     * ANTLR's recommended two stages: the fast SLL prediction, which decides almost every correct
     * program, and only when it fails a second parse with full LL prediction, which either
     * succeeds or reports the first error as the user should see it.
     */
    private static <T extends ParserRuleContext> T twoStage(Source source, String text, Position origin,
                                                            Function<LMathParser, T> rule) {
        LMathLexer lexer = new LMathLexer(CharStreams.fromString(text, source.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        NestingLimit.check(tokens.getTokens(), source, origin);
        LMathParser parser = new LMathParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            try {
                return rule.apply(parser);
            } catch (ParseCancellationException notDecided) {
                tokens.seek(0);
                parser.reset();
                parser.setErrorHandler(new DefaultErrorStrategy());
                parser.addErrorListener(new SyntaxErrorListener(source, tokens, origin));
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                return rule.apply(parser);
            }
        } catch (StackOverflowError overflow) {
            // Nesting without brackets (`- - - ... 1`, `2 ** 2 ** ...`) has no token limit: the stack is it.
            Token at = parser.getCurrentToken();
            throw new SyntaxError(new SyntaxErrorListener(source, tokens, origin).positionOf(at),
                    "this expression is nested too deeply to read: give its inner parts names of their own", false);
        }
    }
}
