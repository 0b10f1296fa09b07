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
    | NAME STRING block                                               # TestStatement
    // One alternative for the three statements that start with an expression, decided by the
    // token after it: the parser never has to look ahead across a whole expression for a '='.
    | expressionList (op=('=' | '+=' | '-=' | '*=' | '/=') expressionList)?   # SimpleStatement
    ;

ifStatement
    : 'if' expr block (NEWLINE* 'else' (ifStatement | block))?
    ;

forTargets
    : NAME (',' NAME)*
    | '(' NAME (',' NAME)* ')'
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
    | op=('-' | '+') expr                                             # UnaryExpression
    | expr op=('*' | '/' | '%' | '@') expr                            # MultiplicativeExpression
    | expr op=('+' | '-') expr                                        # AdditiveExpression
    | expr '..' expr                                                  # RangeExpression
    | expr op=('==' | '!=' | '<' | '<=' | '>' | '>=') expr            # ComparisonExpression
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
    // level of nesting, which made deep nesting take cubic time (16,000 levels: 50 s).
    | '(' (expr (commas+=',' expr)* commas+=','?)? ')'                # ParenthesizedExpression
    | '[' (expr (',' expr)* ','?)? ']'                                # BracketExpression
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
    | expr                                                            # PositionalArgument
    ;

subscriptList
    : subscript (',' subscript)* ','?
    ;

// Decided by the first token (an expression or ':'), never by looking past a whole expression
// for a ':', which made nested subscripts take quadratic time.
subscript
    : start=expr (colon=':' stop=expr? (':' step=expr?)?)?            # StartedSubscript
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
RANGE        : '..';
DOT          : '.';
COMMA        : ',';
COLON        : ':';
SEMICOLON    : ';';

NUMBER
    : DIGITS ('.' DIGITS)? EXPONENT?
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

fragment DIGITS : [0-9]+;
fragment EXPONENT : [eE] [+-]? DIGITS;
fragment STRING_CHARACTER : '\\' ~[\r\n] | ~["\\\r\n];
fragment FSTRING_CHARACTER : '\\' ~[\r\n] | ~["{\\\r\n];
fragment FSTRING_FIELD : '{' (STRING | FIELD_CHARACTER)* '}';
fragment FIELD_CHARACTER : '\\' ~[\r\n] | ~["{}\\\r\n];
