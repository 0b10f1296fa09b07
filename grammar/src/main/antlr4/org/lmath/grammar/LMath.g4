// The grammar of lmath (see LANGUAGE.md for the contract).
// Parser rules first, lexer rules last. One left-recursive `expr` rule lists the operators
// from the tightest binding to the loosest, which is how ANTLR assigns precedence.
grammar LMath;

@lexer::members {
    // Brackets still open at this point of the input, innermost last. A newline inside
    // ( ) or [ ] does not end a statement; inside { } it separates the block's statements.
    private final java.util.ArrayDeque<Character> openBrackets = new java.util.ArrayDeque<>();

    private void open(char bracket) { openBrackets.push(bracket); }

    private void close() { if (!openBrackets.isEmpty()) openBrackets.pop(); }

    private boolean insideParenthesesOrBrackets() {
        return !openBrackets.isEmpty() && openBrackets.peek() != '{';
    }

    /**
     * Whether the '.' just read ends a number (2., 1.e-3): not when another '.' follows (2..5 is a
     * range), nor a name (5.add(3) is the method sugar), except an exponent (1.e-3).
     */
    private boolean dotEndsNumber() {
        int next = _input.LA(1);
        if (next == '.' || next == '_') return false;
        if (next == 'e' || next == 'E') {
            int after = _input.LA(2);
            if (after == '+' || after == '-') after = _input.LA(3);
            return after >= '0' && after <= '9';
        }
        return !Character.isLetter(next);
    }

    /** True when the input ended with a bracket still open (the REPL then asks for more). */
    public boolean hasOpenBrackets() { return !openBrackets.isEmpty(); }
}

// ---------------------------------------------------------------- programs and blocks

program
    : statementList EOF
    ;

// A single expression (used for the expressions inside f-string braces).
standaloneExpression
    : NEWLINE* expr NEWLINE* EOF
    ;

statementList
    : separator* (statement (separator+ statement)* separator*)?
    ;

separator
    : NEWLINE
    | ';'
    ;

block
    : '{' statementList '}'
    ;

// ---------------------------------------------------------------- statements

statement
    : 'def' NAME '(' parameterList? ')' block                         # DefStatement
    | ifStatement                                                     # IfStatementAlternative
    | 'while' expr block                                              # WhileStatement
    | 'for' forTargets 'in' expr block                                # ForStatement
    | 'break'                                                         # BreakStatement
    | 'continue'                                                      # ContinueStatement
    | 'return' expressionList?                                        # ReturnStatement
    | 'import' (NAME | STRING)                                        # ImportStatement
    | 'assert' expr (',' expr)?                                       # AssertStatement
    | NAME STRING testOptions? block                                  # TestStatement
    // One alternative for the three statements that start with an expression, decided by the
    // token after it: the parser never has to look ahead across a whole expression for a '='.
    | expressionList (op=('=' | '+=' | '-=' | '*=' | '/=') expressionList)?   # SimpleStatement
    ;

// test "name" (points=2, hint="...") { ... }: the options of a graded test (docs/exercises.md).
testOptions
    : '(' argumentList? ')'
    ;

ifStatement
    : 'if' expr block (NEWLINE* 'else' (ifStatement | block))?
    ;

// Targets may nest, as Python's: for i, (word, p) in enumerate(zip(words, probs)).
forTargets
    : forTarget (',' forTarget)*
    ;

forTarget
    : NAME
    | '(' forTarget (',' forTarget)* ')'
    ;

// The clauses after a comprehension's first expression: for ... in ... and if filters, outer first.
comprehensionClause
    : 'for' forTargets 'in' expr                                      # ComprehensionFor
    | 'if' expr                                                       # ComprehensionIf
    ;

// A dict entry: key: value. Newlines between entries are allowed (braces do not skip them).
dictEntry
    : expr ':' NEWLINE* expr
    ;

parameterList
    : parameter (',' parameter)* ','?
    ;

parameter
    : NAME ('=' expr)?
    ;

// `a, b` without parentheses is a tuple (in assignments, returns and expression statements).
expressionList
    : expr (',' expr)* ','?
    ;

// ---------------------------------------------------------------- expressions

expr
    : expr '(' argumentList? ')'                                      # CallExpression
    | expr '[' subscriptList ']'                                      # IndexExpression
    | expr '.' NAME                                                   # MemberExpression
    | <assoc=right> expr op=('**' | '^') expr                         # PowerExpression
    | op=('-' | '+' | '~') expr                                       # UnaryExpression
    | expr op=('*' | '/' | '%' | '@') expr                            # MultiplicativeExpression
    | expr op=('+' | '-') expr                                        # AdditiveExpression
    | expr '&' expr                                                   # MaskAndExpression
    | expr '|' expr                                                   # MaskOrExpression
    | expr '..' expr                                                  # RangeExpression
    | expr op=('==' | '!=' | '<' | '<=' | '>' | '>=') expr            # ComparisonExpression
    | expr negation='not'? 'in' expr                                  # MembershipExpression
    | 'not' expr                                                      # NotExpression
    | expr 'and' expr                                                 # AndExpression
    | expr 'or' expr                                                  # OrExpression
    | <assoc=right> expr 'if' expr 'else' expr                        # ConditionalExpression
    | lambdaParameters '->' expr                                      # LambdaExpression
    | NUMBER                                                          # NumberLiteral
    | STRING                                                          # StringLiteral
    | FSTRING                                                         # FormattedStringLiteral
    | ('true' | 'false')                                              # BoolLiteral
    | 'none'                                                          # NoneLiteral
    | NAME                                                            # NameExpression
    // `(x)` and the tuples `()`, `(x,)`, `(x, y)` in one alternative, told apart by the AstBuilder
    // from the commas: as two alternatives the parser had to look ahead to the closing ')' at every
    // level of nesting, which made deep nesting take cubic time (16,000 levels: 50 s). Brackets and
    // braces likewise keep a literal and a comprehension in one alternative each, decided by the
    // token after the first element ('for' or not).
    | '(' (expr (commas+=',' expr)* commas+=','?)? ')'                # ParenthesizedExpression
    | '[' (expr (comprehensionClause+ | (',' expr)* ','?))? ']'       # BracketExpression
    | '{' NEWLINE* (dictEntry (comprehensionClause+ | (',' NEWLINE* dictEntry)* ','?) NEWLINE*)? '}'   # DictExpression
    ;

lambdaParameters
    : NAME
    | '(' (NAME (',' NAME)*)? ')'
    ;

argumentList
    : argument (',' argument)* ','?
    ;

argument
    : NAME '=' expr                                                   # KeywordArgument
    | expr comprehensionClause+                                       # GeneratorArgument
    | expr                                                            # PositionalArgument
    ;

subscriptList
    : subscript (',' subscript)* ','?
    ;

// Decided by the first token (an expression or ':'), never by looking past a whole expression
// for a ':', which made nested subscripts take quadratic time.
subscript
    : '...'                                                           # EllipsisSubscript
    | start=expr (colon=':' stop=expr? (':' step=expr?)?)?            # StartedSubscript
    | ':' stop=expr? (':' step=expr?)?                                # SliceSubscript
    ;

// ---------------------------------------------------------------- lexer

DEF      : 'def';
IF       : 'if';
ELSE     : 'else';
WHILE    : 'while';
FOR      : 'for';
IN       : 'in';
BREAK    : 'break';
CONTINUE : 'continue';
RETURN   : 'return';
IMPORT   : 'import';
ASSERT   : 'assert';
AND      : 'and';
OR       : 'or';
NOT      : 'not';
TRUE     : 'true';
FALSE    : 'false';
NONE     : 'none';

LPAREN   : '(' { open('('); };
RPAREN   : ')' { close(); };
LBRACKET : '[' { open('['); };
RBRACKET : ']' { close(); };
LBRACE   : '{' { open('{'); };
RBRACE   : '}' { close(); };

ARROW        : '->';
POWER        : '**';
CARET        : '^';
PLUS_ASSIGN  : '+=';
MINUS_ASSIGN : '-=';
TIMES_ASSIGN : '*=';
DIVIDE_ASSIGN: '/=';
EQUAL        : '==';
NOT_EQUAL    : '!=';
LESS_EQUAL   : '<=';
GREATER_EQUAL: '>=';
LESS         : '<';
GREATER      : '>';
ASSIGN       : '=';
PLUS         : '+';
MINUS        : '-';
STAR         : '*';
SLASH        : '/';
PERCENT      : '%';
AT           : '@';
AMPERSAND    : '&';
BAR          : '|';
TILDE        : '~';
ELLIPSIS     : '...';
RANGE        : '..';
DOT          : '.';
COMMA        : ',';
COLON        : ':';
SEMICOLON    : ';';

// 2. and 1.e-3 are numbers, as in Python; but 2..5 is the range from 2 to 5 and 5.add(3) the
// method sugar, so a '.' before another '.' or a name is not part of the number.
NUMBER
    : DIGITS ('.' DIGITS)? EXPONENT?
    | DIGITS '.' {dotEndsNumber()}? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;

// An f-string: the expression inside a {field} may hold string literals of its own, with the
// same double quotes (f"{"yes" if ok else "no"}"), as in Python 3.12.
FSTRING : 'f"' ('{{' | FSTRING_FIELD | FSTRING_CHARACTER)* '"';
// An f-string whose braces the rule above cannot read (a '{' that is never closed) is still one
// f-string token, so that the parser facade can say what is wrong with its braces.
UNREADABLE_FSTRING : 'f"' ('{' | FSTRING_CHARACTER)* '"' -> type(FSTRING);
STRING  : '"' STRING_CHARACTER* '"';

// A string that reaches the end of its line without a closing quote; the parser facade
// reports it in plain words (and the REPL never waits for more input on it).
UNTERMINATED_STRING : 'f'? '"' STRING_CHARACTER*;

NAME : [a-zA-Z_] [a-zA-Z_0-9]*;

NEWLINE : '\r'? '\n' { if (insideParenthesesOrBrackets()) skip(); };
COMMENT : '#' ~[\r\n]* -> skip;
WHITESPACE : [ \t\f]+ -> skip;
// Inside brackets a backslash at the end of a line is not needed; outside, it joins lines.
LINE_JOIN : '\\' '\r'? '\n' -> skip;

// Anything else is a single stray character: the parser reports it cleanly.
STRAY : .;

// 1_000: an underscore may separate digits, as in Python.
fragment DIGITS : [0-9] ('_'? [0-9])*;
fragment EXPONENT : [eE] [+-]? DIGITS;
fragment STRING_CHARACTER : '\\' ~[\r\n] | ~["\\\r\n];
fragment FSTRING_CHARACTER : '\\' ~[\r\n] | ~["{\\\r\n];
fragment FSTRING_FIELD : '{' (STRING | FIELD_CHARACTER)* '}';
fragment FIELD_CHARACTER : '\\' ~[\r\n] | ~["{}\\\r\n];
