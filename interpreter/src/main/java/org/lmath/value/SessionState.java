package org.lmath.value;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state a session keeps for its builtins: the random generator, the current figure, the
 * plot settings. One per interpreter and never static, so two sessions (two students being
 * graded, a test beside the REPL) never share a seed or a figure. Keyed by the state's class.
 */
public final class SessionState {

    private final Map<Class<?>, Object> parts = new HashMap<>();

    /** The part of this kind, made by {@code create} the first time it is asked for. */
    public <T> T get(Class<T> kind, Supplier<T> create) {
        return kind.cast(parts.computeIfAbsent(kind, k -> create.get()));
    }

    /** The part of this kind if the session has made one, else null. */
    public <T> T find(Class<T> kind) {
        return kind.cast(parts.get(kind));
    }

    /** Sets (or replaces) the part of this kind, e.g. the plot settings chosen on the command line. */
    public <T> void put(Class<T> kind, T part) {
        parts.put(kind, part);
    }

    /** Forgets every part (the REPL's :reset). */
    public void clear() {
        parts.clear();
    }
}
