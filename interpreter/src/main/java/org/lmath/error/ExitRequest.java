package org.lmath.error;

/**
 * exit() or quit(): the program asks to stop here, as Python's sys.exit. Not an error: the
 * command line ends the script with the status, the REPL ends the session.
 */
public final class ExitRequest extends RuntimeException {

    private final int status;

    public ExitRequest(int status) {
        super("exit(" + status + ")", null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
