package org.lmath.grade;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a graded submission prints: kept up to a limit and counted beyond it, so a student
 * printing in an endless loop costs time (which the time limit stops) but never memory.
 */
final class CapturedOutput extends OutputStream {

    private final int limit;
    private final byte[] kept;
    private int size;
    private long dropped;

    CapturedOutput(int limit) {
        this.limit = limit;
        this.kept = new byte[limit];
    }

    @Override
    public synchronized void write(int b) {
        if (size < limit) kept[size++] = (byte) b;
        else dropped++;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int room = Math.min(length, limit - size);
        System.arraycopy(bytes, offset, kept, size, room);
        size += room;
        dropped += length - room;
    }

    /** The text kept so far, with a note of how much was cut. */
    synchronized String text() {
        String text = new String(kept, 0, size, StandardCharsets.UTF_8);
        return dropped == 0 ? text : text + "\n... (" + dropped + " more bytes of output cut)";
    }
}
