package org.lmath.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lmath.value.Value;

/**
 * One scope of names. A function body (and a module's top level) starts a new function scope;
 * a block inside it is a plain scope. Assignment updates the name where it already exists in
 * this function's scopes, and otherwise creates it in the innermost one: LANGUAGE.md's rule.
 */
final class Environment {

    private final Environment enclosing;
    private final boolean functionScope;
    private Map<String, Value> values;  // created on first definition: most blocks define nothing

    Environment(Environment enclosing, boolean functionScope) {
        this.enclosing = enclosing;
        this.functionScope = functionScope;
    }

    /** The value of a name visible from here, or null. */
    Value lookup(String name) {
        for (Environment scope = this; scope != null; scope = scope.enclosing) {
            if (scope.values != null) {
                Value value = scope.values.get(name);
                if (value != null) return value;
            }
        }
        return null;
    }

    void assign(String name, Value value) {
        for (Environment scope = this; scope != null; scope = scope.enclosing) {
            if (scope.values != null && scope.values.containsKey(name)) {
                scope.values.put(name, value);
                return;
            }
            if (scope.functionScope) break;
        }
        define(name, value);
    }

    void define(String name, Value value) {
        if (values == null) values = new HashMap<>();
        values.put(name, value);
    }

    /** Names defined in this scope only (a module's members). */
    Map<String, Value> ownValues() {
        return values == null ? Map.of() : values;
    }

    /** Every name visible from here, for suggestions. */
    Set<String> visibleNames() {
        Set<String> names = new TreeSet<>();
        for (Environment scope = this; scope != null; scope = scope.enclosing) {
            if (scope.values != null) names.addAll(scope.values.keySet());
        }
        return names;
    }
}
