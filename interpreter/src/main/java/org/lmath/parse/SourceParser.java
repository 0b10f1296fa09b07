package org.lmath.parse;

import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.lmath.ast.Expr;
import org.lmath.ast.Position;
import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.error.SyntaxError;
import org.lmath.grammar.LMathLexer;
import org.lmath.grammar.LMathParser;

/** The front door of the front end: source text in, AST out, or a {@link SyntaxError}. */
public final class SourceParser {

    private SourceParser() {}

    /** Parses a whole script, module or REPL entry. */
    public static List<Stmt> parseProgram(Source source) {
        LMathParser parser = parser(source, source.text(), null);
        LMathParser.ProgramContext tree = parser.program();
        return new AstBuilder(source, 0, 0).program(tree);
    }

    /**
     * True when the text is a correct beginning that stopped too early (an unclosed bracket or
     * block): the REPL reads another line instead of reporting an error.
     */
    public static boolean isIncomplete(String text) {
        try {
            parseProgram(new Source("<input>", text));
            return false;
        } catch (SyntaxError error) {
            return error.isIncomplete();
        }
    }

    /** Parses the expression inside an f-string's braces, placed at its origin in the source. */
    static Expr parseFragment(Source source, String text, Position origin) {
        LMathParser parser = parser(source, text, origin);
        LMathParser.StandaloneExpressionContext tree = parser.standaloneExpression();
        return new AstBuilder(source, origin.line() - 1, origin.column() - 1).expression(tree.expr());
    }

    private static LMathParser parser(Source source, String text, Position origin) {
        LMathLexer lexer = new LMathLexer(CharStreams.fromString(text, source.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        LMathParser parser = new LMathParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener(source, tokens, origin));
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser;
    }
}
