package org.lmath.eval;

import org.lmath.value.Value;

/**
 * break, continue and return unwind the Java stack to the loop or call that handles them.
 * They carry no stack trace: they are control flow, not errors.
 */
abstract class ControlSignal extends RuntimeException {

    private ControlSignal() {
        super(null, null, false, false);
    }

    static final class Break extends ControlSignal {
        static final Break INSTANCE = new Break();
    }

    static final class Continue extends ControlSignal {
        static final Continue INSTANCE = new Continue();
    }

    static final class Return extends ControlSignal {
        final Value value;

        Return(Value value) {
            this.value = value;
        }
    }
}
