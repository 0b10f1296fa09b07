package org.lmath.ast;

/** Where a node starts: the source, a 1-based line and a 1-based column. */
public record Position(Source source, int line, int column) {

    @Override
    public String toString() {
        return source.name() + ":" + line + ":" + column;
    }
}
