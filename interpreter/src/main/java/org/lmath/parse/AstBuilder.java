package org.lmath.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.lmath.ast.BinaryOperator;
import org.lmath.ast.Expr;
import org.lmath.ast.Parameter;
import org.lmath.ast.Position;
import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.ast.UnaryOperator;
import org.lmath.error.SyntaxError;
import org.lmath.grammar.LMathBaseVisitor;
import org.lmath.grammar.LMathParser;

/**
 * Turns an ANTLR parse tree into the AST: one short method per labeled alternative, no
 * evaluation and no name lookup. Checks the few rules the grammar leaves open, such as what may
 * stand on the left of '='.
 */
final class AstBuilder {

    private final Source source;
    private final int lineOffset;
    private final int firstLineColumnOffset;
    private final ExpressionBuilder expressions = new ExpressionBuilder();
    private final StatementBuilder statements = new StatementBuilder();

    /** Offsets place a fragment (an f-string's expression) at its real place in the source. */
    AstBuilder(Source source, int lineOffset, int firstLineColumnOffset) {
        this.source = source;
        this.lineOffset = lineOffset;
        this.firstLineColumnOffset = firstLineColumnOffset;
    }

    List<Stmt> program(LMathParser.ProgramContext context) {
        return statementList(context.statementList());
    }

    Expr expression(LMathParser.ExprContext context) {
        return expressions.visit(context);
    }

    private List<Stmt> statementList(LMathParser.StatementListContext context) {
        List<Stmt> result = new ArrayList<>();
        for (LMathParser.StatementContext statement : context.statement()) {
            result.add(statements.visit(statement));
        }
        return result;
    }

    private List<Stmt> block(LMathParser.BlockContext context) {
        return statementList(context.statementList());
    }

    private List<Expr> expressionsOf(List<LMathParser.ExprContext> contexts) {
        List<Expr> result = new ArrayList<>(contexts.size());
        for (LMathParser.ExprContext context : contexts) result.add(expression(context));
        return result;
    }

    /** `a, b` is a tuple; a single expression (without trailing comma) is itself. */
    private Expr expressionList(LMathParser.ExpressionListContext context) {
        List<Expr> items = expressionsOf(context.expr());
        boolean trailingComma = context.getStop().getType() == LMathParser.COMMA;
        if (items.size() == 1 && !trailingComma) return items.get(0);
        return new Expr.Tuple(position(context), items);
    }

    Position position(Token token) {
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1 + (line == 1 ? firstLineColumnOffset : 0);
        return new Position(source, line + lineOffset, column);
    }

    private Position position(ParserRuleContext context) {
        return position(context.getStart());
    }

    private Position position(TerminalNode node) {
        return position(node.getSymbol());
    }

    private SyntaxError error(Position position, String message) {
        return new SyntaxError(position, message, false);
    }

    // ------------------------------------------------------------------ statements

    private final class StatementBuilder extends LMathBaseVisitor<Stmt> {

        @Override
        public Stmt visitDefStatement(LMathParser.DefStatementContext context) {
            return new Stmt.FunctionDefinition(position(context.NAME()), context.NAME().getText(),
                    parameters(context.parameterList()), block(context.block()));
        }

        private List<Parameter> parameters(LMathParser.ParameterListContext context) {
            List<Parameter> result = new ArrayList<>();
            if (context == null) return result;
            for (LMathParser.ParameterContext parameter : context.parameter()) {
                Expr defaultValue = parameter.expr() == null ? null : expression(parameter.expr());
                result.add(new Parameter(position(parameter), parameter.NAME().getText(), defaultValue));
            }
            checkParameterOrder(result);
            return result;
        }

        @Override
        public Stmt visitIfStatementAlternative(LMathParser.IfStatementAlternativeContext context) {
            return ifStatement(context.ifStatement());
        }

        private Stmt ifStatement(LMathParser.IfStatementContext context) {
            List<Stmt> elseBranch = List.of();
            if (context.ifStatement() != null) {
                elseBranch = List.of(ifStatement(context.ifStatement()));
            } else if (context.block().size() > 1) {
                elseBranch = block(context.block(1));
            }
            return new Stmt.If(position(context), expression(context.expr()), block(context.block(0)), elseBranch);
        }

        @Override
        public Stmt visitWhileStatement(LMathParser.WhileStatementContext context) {
            return new Stmt.While(position(context), expression(context.expr()), block(context.block()));
        }

        @Override
        public Stmt visitForStatement(LMathParser.ForStatementContext context) {
            return new Stmt.For(position(context), forTargets(context.forTargets()), expression(context.expr()),
                    block(context.block()));
        }

        @Override
        public Stmt visitBreakStatement(LMathParser.BreakStatementContext context) {
            return new Stmt.Break(position(context));
        }

        @Override
        public Stmt visitContinueStatement(LMathParser.ContinueStatementContext context) {
            return new Stmt.Continue(position(context));
        }

        @Override
        public Stmt visitReturnStatement(LMathParser.ReturnStatementContext context) {
            Expr value = context.expressionList() == null ? null : expressionList(context.expressionList());
            return new Stmt.Return(position(context), value);
        }

        @Override
        public Stmt visitImportStatement(LMathParser.ImportStatementContext context) {
            if (context.STRING() != null) {
                return new Stmt.Import(position(context), Strings.unquote(context.STRING().getText()), true);
            }
            return new Stmt.Import(position(context), context.NAME().getText(), false);
        }

        @Override
        public Stmt visitAssertStatement(LMathParser.AssertStatementContext context) {
            Expr message = context.expr().size() > 1 ? expression(context.expr(1)) : null;
            return new Stmt.Assert(position(context), expression(context.expr(0)), message, text(context.expr(0)));
        }

        @Override
        public Stmt visitTestStatement(LMathParser.TestStatementContext context) {
            if (!context.NAME().getText().equals("test")) {
                throw error(position(context.STRING()), "unexpected string after name '" + context.NAME().getText()
                        + "'; a test block is written test \"name\" { ... }");
            }
            String name = Strings.unquote(context.STRING().getText());
            double points = 1;
            String hint = null;
            if (context.testOptions() != null && context.testOptions().argumentList() != null) {
                for (LMathParser.ArgumentContext argument : context.testOptions().argumentList().argument()) {
                    Expr value = testOption(argument);
                    if (value instanceof Expr.NumberLiteral number) points = number.value();
                    else hint = ((Expr.StringLiteral) value).value();
                }
            }
            return new Stmt.Test(position(context), name, block(context.block()), points, hint);
        }

        /** One option of a test: points=NUMBER or hint="text", literals only so a grader knows the points without running. */
        private Expr testOption(LMathParser.ArgumentContext argument) {
            String usage = "; a test's options are written test \"name\" (points=2, hint=\"...\") { ... }";
            if (!(argument instanceof LMathParser.KeywordArgumentContext keyword)) {
                throw error(position(argument), "a test option needs a name" + usage);
            }
            String option = keyword.NAME().getText();
            Expr value = expression(keyword.expr());
            if (option.equals("points")) {
                if (!(value instanceof Expr.NumberLiteral)) throw error(position(keyword.expr()), "points must be a number written out, like points=2" + usage);
                return value;
            }
            if (option.equals("hint")) {
                if (!(value instanceof Expr.StringLiteral)) throw error(position(keyword.expr()), "hint must be a string written out, like hint=\"subtract the max first\"" + usage);
                return value;
            }
            throw error(position(keyword), "unknown test option '" + option + "'" + usage);
        }

        /** An expression on its own, an assignment, or a compound assignment, by the token after the first expression. */
        @Override
        public Stmt visitSimpleStatement(LMathParser.SimpleStatementContext context) {
            if (context.op == null) {
                return new Stmt.ExpressionStatement(position(context), expressionList(context.expressionList(0)));
            }
            if (context.op.getType() == LMathParser.ASSIGN) {
                return assignment(context);
            }
            String symbol = context.op.getText();
            Expr target = expressionList(context.expressionList(0));
            if (!(target instanceof Expr.Name) && !(target instanceof Expr.Index)) {
                throw error(position(context.op), "cannot use " + symbol + " here: the left side must be a name or an index like a[i]");
            }
            Expr value = expressionList(context.expressionList(1));
            if (value instanceof Expr.Tuple) {
                throw error(value.position(), "cannot use " + symbol + " with several values: write one expression after it");
            }
            BinaryOperator operator = BinaryOperator.fromSymbol(symbol.substring(0, 1));
            return new Stmt.CompoundAssign(position(context.op), target, operator, value);
        }

        /** x = v, a, b = v, A[i] = v, and the math-style definition f(x, y) = expr. */
        private Stmt assignment(LMathParser.SimpleStatementContext context) {
            Expr target = expressionList(context.expressionList(0));
            Expr value = expressionList(context.expressionList(1));
            Position at = position(context.op);
            if (target instanceof Expr.Name name) {
                return new Stmt.Assign(name.position(), name.name(), value);
            }
            if (target instanceof Expr.Index index) {
                return new Stmt.IndexAssign(at, index, value);
            }
            if (target instanceof Expr.Tuple tuple) {
                return tupleAssign(tuple, value, at);
            }
            if (target instanceof Expr.Call call && call.callee() instanceof Expr.Name name) {
                return mathFunction(name, call, value);
            }
            throw error(target.position(), "cannot assign to " + describe(target)
                    + "; the left side of '=' must be a name, an index like a[i], or names like a, b");
        }

        private Stmt tupleAssign(Expr.Tuple tuple, Expr value, Position at) {
            checkTargets(tuple);
            return new Stmt.TupleAssign(at, tuple.elements(), value);
        }

        /** Every item on the left of 'a, b = ...' is a name or a parenthesised group of them. */
        private void checkTargets(Expr.Tuple tuple) {
            for (Expr element : tuple.elements()) {
                if (element instanceof Expr.Tuple nested) {
                    checkTargets(nested);
                } else if (!(element instanceof Expr.Name)) {
                    throw error(element.position(), "cannot assign to " + describe(element)
                            + "; on the left of 'a, b = ...' every item must be a name (or names in parentheses)");
                }
            }
        }

        /** f(x, y=2) = expr: each argument must be a parameter name, optionally with a default. */
        private Stmt mathFunction(Expr.Name name, Expr.Call call, Expr body) {
            List<Parameter> parameters = new ArrayList<>();
            for (Expr argument : call.arguments()) {
                if (!(argument instanceof Expr.Name parameter)) {
                    throw error(argument.position(), "a function defined as " + name.name()
                            + "(...) = expr takes parameter names, not " + describe(argument));
                }
                parameters.add(new Parameter(parameter.position(), parameter.name(), null));
            }
            for (Expr.KeywordArgument keyword : call.keywordArguments()) {
                parameters.add(new Parameter(keyword.position(), keyword.name(), keyword.value()));
            }
            checkParameterOrder(parameters);
            List<Stmt> bodyStatements = List.of(new Stmt.Return(body.position(), body));
            return new Stmt.FunctionDefinition(name.position(), name.name(), parameters, bodyStatements);
        }

        private void checkParameterOrder(List<Parameter> parameters) {
            boolean sawDefault = false;
            List<String> seen = new ArrayList<>();
            for (Parameter parameter : parameters) {
                if (seen.contains(parameter.name())) {
                    throw error(parameter.position(), "parameter '" + parameter.name() + "' is named twice");
                }
                seen.add(parameter.name());
                if (parameter.defaultValue() != null) {
                    sawDefault = true;
                } else if (sawDefault) {
                    throw error(parameter.position(), "parameter '" + parameter.name()
                            + "' has no default but comes after one that has; put parameters with defaults last");
                }
            }
        }
    }

    /** The targets of a for statement or clause: names, and parenthesised groups of them as tuples. */
    private List<Expr> forTargets(LMathParser.ForTargetsContext context) {
        List<Expr> targets = new ArrayList<>();
        for (LMathParser.ForTargetContext target : context.forTarget()) targets.add(forTarget(target));
        // for (a, b) in pairs is for a, b in pairs, as in Python
        if (targets.size() == 1 && targets.get(0) instanceof Expr.Tuple only) return only.elements();
        return targets;
    }

    private Expr forTarget(LMathParser.ForTargetContext context) {
        if (context.NAME() != null) return new Expr.Name(position(context.NAME()), context.NAME().getText());
        List<Expr> nested = new ArrayList<>();
        for (LMathParser.ForTargetContext target : context.forTarget()) nested.add(forTarget(target));
        return new Expr.Tuple(position(context), nested);
    }

    private List<Expr.Clause> clauses(List<LMathParser.ComprehensionClauseContext> contexts) {
        List<Expr.Clause> clauses = new ArrayList<>();
        for (LMathParser.ComprehensionClauseContext clause : contexts) {
            if (clause instanceof LMathParser.ComprehensionForContext loop) {
                clauses.add(new Expr.ForClause(position(loop), forTargets(loop.forTargets()), expression(loop.expr())));
            } else {
                LMathParser.ComprehensionIfContext filter = (LMathParser.ComprehensionIfContext) clause;
                clauses.add(new Expr.IfClause(position(filter), expression(filter.expr())));
            }
        }
        return clauses;
    }

    /** The source text of a rule, as written (getText() would drop the spaces). */
    private static String text(ParserRuleContext context) {
        return context.getStart().getInputStream().getText(
                Interval.of(context.getStart().getStartIndex(), context.getStop().getStopIndex()));
    }

    private static String describe(Expr expr) {
        if (expr instanceof Expr.NumberLiteral) return "a number";
        if (expr instanceof Expr.BoolLiteral bool) return "the constant " + bool.value();
        if (expr instanceof Expr.NoneLiteral) return "the constant none";
        if (expr instanceof Expr.Bracket) return "a bracket literal [...]";
        if (expr instanceof Expr.Lambda) return "a lambda";
        if (expr instanceof Expr.StringLiteral || expr instanceof Expr.FormattedString) return "a string";
        if (expr instanceof Expr.Call) return "a function call";
        if (expr instanceof Expr.Member member) return "'." + member.name() + "'";
        if (expr instanceof Expr.Binary binary) return "the result of '" + binary.operator().symbol + "'";
        return "this expression";
    }

    // ------------------------------------------------------------------ expressions

    private final class ExpressionBuilder extends LMathBaseVisitor<Expr> {

        @Override
        public Expr visitCallExpression(LMathParser.CallExpressionContext context) {
            List<Expr> positional = new ArrayList<>();
            List<Expr.KeywordArgument> keywords = new ArrayList<>();
            if (context.argumentList() != null) {
                for (LMathParser.ArgumentContext argument : context.argumentList().argument()) {
                    if (argument instanceof LMathParser.KeywordArgumentContext keyword) {
                        String name = keyword.NAME().getText();
                        if (keywords.stream().anyMatch(k -> k.name().equals(name))) {
                            throw error(position(keyword), "keyword argument '" + name + "' is given twice");
                        }
                        keywords.add(new Expr.KeywordArgument(position(keyword), name, expression(keyword.expr())));
                    } else if (argument instanceof LMathParser.GeneratorArgumentContext generator) {
                        // sum(x^2 for x in xs): Python's generator expression, computed as the list comprehension
                        if (context.argumentList().argument().size() > 1) {
                            throw error(position(generator), "a comprehension written without brackets must be the only argument; "
                                    + "put it in brackets: [" + text(generator) + "]");
                        }
                        positional.add(new Expr.Comprehension(position(generator), null, expression(generator.expr()),
                                clauses(generator.comprehensionClause())));
                    } else {
                        if (!keywords.isEmpty()) {
                            throw error(position(argument), "a positional argument cannot follow a keyword argument");
                        }
                        positional.add(expression(((LMathParser.PositionalArgumentContext) argument).expr()));
                    }
                }
            }
            Expr callee = expression(context.expr());
            return new Expr.Call(callee.position(), callee, positional, keywords);
        }

        @Override
        public Expr visitIndexExpression(LMathParser.IndexExpressionContext context) {
            List<Expr.Subscript> subscripts = new ArrayList<>();
            for (LMathParser.SubscriptContext subscript : context.subscriptList().subscript()) {
                if (subscript instanceof LMathParser.EllipsisSubscriptContext ellipsis) {
                    subscripts.add(new Expr.EllipsisSubscript(position(ellipsis)));
                } else if (subscript instanceof LMathParser.SliceSubscriptContext slice) {
                    subscripts.add(new Expr.SliceSubscript(position(slice), null,
                            optional(slice.stop), optional(slice.step)));
                } else {
                    LMathParser.StartedSubscriptContext started = (LMathParser.StartedSubscriptContext) subscript;
                    Expr value = expression(started.start);
                    subscripts.add(started.colon == null
                            ? new Expr.ExpressionSubscript(value.position(), value)
                            : new Expr.SliceSubscript(position(started), value, optional(started.stop), optional(started.step)));
                }
            }
            return new Expr.Index(position(context.LBRACKET()), expression(context.expr()), subscripts);
        }

        private Expr optional(LMathParser.ExprContext context) {
            return context == null ? null : expression(context);
        }

        @Override
        public Expr visitMemberExpression(LMathParser.MemberExpressionContext context) {
            return new Expr.Member(position(context.NAME()), expression(context.expr()), context.NAME().getText());
        }

        @Override
        public Expr visitPowerExpression(LMathParser.PowerExpressionContext context) {
            return binary(context.op, context.expr(0), context.expr(1));
        }

        @Override
        public Expr visitUnaryExpression(LMathParser.UnaryExpressionContext context) {
            UnaryOperator operator = switch (context.op.getType()) {
                case LMathParser.MINUS -> UnaryOperator.NEGATE;
                case LMathParser.TILDE -> UnaryOperator.INVERT;
                default -> UnaryOperator.PLUS;
            };
            return new Expr.Unary(position(context.op), operator, expression(context.expr()));
        }

        @Override
        public Expr visitMultiplicativeExpression(LMathParser.MultiplicativeExpressionContext context) {
            return binary(context.op, context.expr(0), context.expr(1));
        }

        @Override
        public Expr visitAdditiveExpression(LMathParser.AdditiveExpressionContext context) {
            return binary(context.op, context.expr(0), context.expr(1));
        }

        /** a < b < c would compare a bool with c: say how to write it instead of failing at run time. */
        @Override
        public Expr visitComparisonExpression(LMathParser.ComparisonExpressionContext context) {
            if (context.expr(0) instanceof LMathParser.ComparisonExpressionContext left) {
                LMathParser.ExprContext middle = left.expr(1);
                if (middle instanceof LMathParser.MaskAndExpressionContext || middle instanceof LMathParser.MaskOrExpressionContext) {
                    // x > 0 & x < 3 is x > (0 & x) < 3, in NumPy too: the comparisons need parentheses
                    String symbol = middle instanceof LMathParser.MaskAndExpressionContext ? "&" : "|";
                    throw error(position(context.op), "'" + symbol + "' binds tighter than comparisons (as in NumPy): write ("
                            + text(left.expr(0)) + " " + left.op.getText() + " " + text(middle.getChild(LMathParser.ExprContext.class, 0))
                            + ") " + symbol + " (" + text(middle.getChild(LMathParser.ExprContext.class, 1)) + " "
                            + context.op.getText() + " " + text(context.expr(1)) + ")");
                }
                throw error(position(context.op), "comparisons do not chain: write " + text(left) + " and "
                        + text(left.expr(1)) + " " + context.op.getText() + " " + text(context.expr(1)));
            }
            return binary(context.op, context.expr(0), context.expr(1));
        }

        private Expr binary(Token operator, LMathParser.ExprContext left, LMathParser.ExprContext right) {
            BinaryOperator op = BinaryOperator.fromSymbol(operator.getText());
            Expr a = expression(left);
            Expr b = expression(right);
            // Arithmetic on two number literals is done once here, as CPython does (0.001 * 2 in a
            // loop body is 0.002 before the loop runs): the same double operation, so the same result.
            if (a instanceof Expr.NumberLiteral x && b instanceof Expr.NumberLiteral y) {
                switch (op) {
                    case ADD: return new Expr.NumberLiteral(x.position(), x.value() + y.value());
                    case SUBTRACT: return new Expr.NumberLiteral(x.position(), x.value() - y.value());
                    case MULTIPLY: return new Expr.NumberLiteral(x.position(), x.value() * y.value());
                    case DIVIDE: return new Expr.NumberLiteral(x.position(), x.value() / y.value());
                    default: break;
                }
            }
            return new Expr.Binary(position(operator), op, a, b);
        }

        @Override
        public Expr visitMaskAndExpression(LMathParser.MaskAndExpressionContext context) {
            return new Expr.Binary(position(context.AMPERSAND()), BinaryOperator.MASK_AND, expression(context.expr(0)),
                    expression(context.expr(1)));
        }

        @Override
        public Expr visitMaskOrExpression(LMathParser.MaskOrExpressionContext context) {
            return new Expr.Binary(position(context.BAR()), BinaryOperator.MASK_OR, expression(context.expr(0)),
                    expression(context.expr(1)));
        }

        @Override
        public Expr visitMembershipExpression(LMathParser.MembershipExpressionContext context) {
            Token operator = context.negation != null ? context.negation : context.IN().getSymbol();
            return new Expr.Membership(position(operator), expression(context.expr(0)), expression(context.expr(1)),
                    context.negation != null);
        }

        @Override
        public Expr visitDictExpression(LMathParser.DictExpressionContext context) {
            if (!context.comprehensionClause().isEmpty()) {
                LMathParser.DictEntryContext entry = context.dictEntry(0);
                return new Expr.Comprehension(position(context), expression(entry.expr(0)), expression(entry.expr(1)),
                        clauses(context.comprehensionClause()));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (LMathParser.DictEntryContext entry : context.dictEntry()) {
                keys.add(expression(entry.expr(0)));
                values.add(expression(entry.expr(1)));
            }
            return new Expr.Dict(position(context), keys, values);
        }

        @Override
        public Expr visitRangeExpression(LMathParser.RangeExpressionContext context) {
            return new Expr.Range(position(context.RANGE()), expression(context.expr(0)), expression(context.expr(1)));
        }

        @Override
        public Expr visitNotExpression(LMathParser.NotExpressionContext context) {
            return new Expr.Not(position(context), expression(context.expr()));
        }

        @Override
        public Expr visitAndExpression(LMathParser.AndExpressionContext context) {
            return new Expr.Logical(position(context.AND()), true, expression(context.expr(0)), expression(context.expr(1)));
        }

        @Override
        public Expr visitOrExpression(LMathParser.OrExpressionContext context) {
            return new Expr.Logical(position(context.OR()), false, expression(context.expr(0)), expression(context.expr(1)));
        }

        @Override
        public Expr visitConditionalExpression(LMathParser.ConditionalExpressionContext context) {
            return new Expr.Conditional(position(context.IF()), expression(context.expr(1)),
                    expression(context.expr(0)), expression(context.expr(2)));
        }

        @Override
        public Expr visitLambdaExpression(LMathParser.LambdaExpressionContext context) {
            List<String> parameters = new ArrayList<>();
            for (TerminalNode name : context.lambdaParameters().NAME()) {
                if (parameters.contains(name.getText())) {
                    throw error(position(name), "parameter '" + name.getText() + "' is named twice");
                }
                parameters.add(name.getText());
            }
            return new Expr.Lambda(position(context), parameters, expression(context.expr()));
        }

        @Override
        public Expr visitNumberLiteral(LMathParser.NumberLiteralContext context) {
            return new Expr.NumberLiteral(position(context), Double.parseDouble(context.getText().replace("_", "")));
        }

        @Override
        public Expr visitStringLiteral(LMathParser.StringLiteralContext context) {
            return new Expr.StringLiteral(position(context), Strings.unquote(context.getText()));
        }

        @Override
        public Expr visitFormattedStringLiteral(LMathParser.FormattedStringLiteralContext context) {
            return FormattedStrings.parse(context.FSTRING().getSymbol(), AstBuilder.this);
        }

        @Override
        public Expr visitBoolLiteral(LMathParser.BoolLiteralContext context) {
            return new Expr.BoolLiteral(position(context), context.getText().equals("true"));
        }

        @Override
        public Expr visitNoneLiteral(LMathParser.NoneLiteralContext context) {
            return new Expr.NoneLiteral(position(context));
        }

        @Override
        public Expr visitNameExpression(LMathParser.NameExpressionContext context) {
            return new Expr.Name(position(context), context.getText());
        }

        @Override
        public Expr visitParenthesizedExpression(LMathParser.ParenthesizedExpressionContext context) {
            if (context.expr().size() == 1 && context.commas.isEmpty()) return expression(context.expr(0));
            return new Expr.Tuple(position(context), expressionsOf(context.expr()));
        }

        @Override
        public Expr visitBracketExpression(LMathParser.BracketExpressionContext context) {
            if (!context.comprehensionClause().isEmpty()) {
                return new Expr.Comprehension(position(context), null, expression(context.expr(0)),
                        clauses(context.comprehensionClause()));
            }
            return new Expr.Bracket(position(context), expressionsOf(context.expr()));
        }
    }

    Source source() {
        return source;
    }
}
