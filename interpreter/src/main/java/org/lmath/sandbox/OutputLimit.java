package org.lmath.sandbox;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.lmath.error.LMathError;

/**
 * An output stream that lets through at most a given number of bytes, then stops the program
 * with an error at the print that went past (a submission printing in an endless loop must not
 * fill a grader's disk or memory). Normal runs have no limit; a grader wraps the stream it
 * gives the interpreter: {@code new PrintStream(new OutputLimit(out, 1_000_000), true, UTF_8)}.
 */
public final class OutputLimit extends FilterOutputStream {

    private final long limit;
    private long written;

    public OutputLimit(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        require(1);
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        require(length);
        out.write(bytes, offset, length);
    }

    private void require(long more) {
        if (written + more > limit) {
            throw new LMathError(String.format(Locale.ROOT, "the program printed more than %,d bytes, the output limit here", limit));
        }
        written += more;
    }
}
