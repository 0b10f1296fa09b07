package org.lmath.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lmath.value.Value;

/**
 * One scope of names. A function body (and a module's top level) starts a new function scope;
 * a block inside it is a plain scope. Assignment updates the name where it already exists in
 * this function's scopes, and otherwise creates it in the innermost one: LANGUAGE.md's rule.
 *
 * <p>Names are compared by identity first: the AST interns its names and builtin names are Java
 * literals, so in a running program the first, identity-only pass finds every name. Only when it
 * finds nothing does a second pass compare by equality (a name from elsewhere, or a real miss).
 * Most scopes hold a handful of names, kept in two small arrays scanned linearly, which costs
 * less than hashing in the scalar loop; a scope that grows past {@link #SMALL} names moves them
 * into a hash map.
 */
final class Environment {

    private static final int SMALL = 8;

    private final Environment enclosing;
    private final boolean functionScope;
    private String firstName;        // the first name lives in fields: a loop turn's scope usually
    private Value firstValue;        // holds just the loop variable, and then allocates nothing more
    private String[] names;          // the small form for the names after the first
    private Value[] values;
    private int count;               // names in the arrays (not counting the first)
    private HashMap<String, Value> large;  // the large form, once count passes SMALL

    private boolean captured;        // a closure holds this scope (or one inside it), so it must not be reused

    /** A closure made here keeps this scope and the ones around it alive. */
    void markCaptured() {
        for (Environment scope = this; scope != null && !scope.captured; scope = scope.enclosing) scope.captured = true;
    }

    boolean isCaptured() {
        return captured;
    }

    /** Forgets every name, so a loop can reuse this scope for its next turn when no closure holds it. */
    void clear() {
        firstName = null;
        firstValue = null;
        if (values != null) java.util.Arrays.fill(values, 0, count, null);
        count = 0;
        large = null;
    }

    /** A function's body or a file's (script's, module's) top level, not a block inside one. */
    boolean isFunctionScope() {
        return functionScope;
    }

    Environment(Environment enclosing, boolean functionScope) {
        this.enclosing = enclosing;
        this.functionScope = functionScope;
    }

    /** The value of a name visible from here, or null. */
    Value lookup(String name) {
        for (Environment scope = this; scope != null; scope = scope.enclosing) {
            Value value = scope.own(name, false);
            if (value != null) return value;
        }
        for (Environment scope = this; scope != null; scope = scope.enclosing) {
            Value value = scope.own(name, true);
            if (value != null) return value;
        }
        return null;
    }

    void assign(String name, Value value) {
        for (int pass = 0; pass < 2; pass++) {
            for (Environment scope = this; scope != null; scope = scope.enclosing) {
                if (scope.replace(name, value, pass == 1)) return;
                if (scope.functionScope) break;
            }
        }
        addNew(name, value);
    }

    /** Defines the first name of a scope just made or emptied by {@link #clear}: a loop turn's variable. */
    void defineFirst(String name, Value value) {
        if (firstName != null || large != null) {
            define(name, value);
            return;
        }
        firstName = name;
        firstValue = value;
    }

    void define(String name, Value value) {
        if (replace(name, value, false) || replace(name, value, true)) return;
        addNew(name, value);
    }

    private void addNew(String name, Value value) {
        if (firstName == null) {
            firstName = name;
            firstValue = value;
            return;
        }
        if (large != null) {
            large.put(name, value);
            return;
        }
        if (names == null) {
            names = new String[4];
            values = new Value[4];
        }
        if (count == SMALL) {
            large = new HashMap<>();
            large.put(firstName, firstValue);
            for (int i = 0; i < count; i++) large.put(names[i], values[i]);
            large.put(name, value);
            names = null;
            values = null;
            return;
        }
        if (count == names.length) {
            names = java.util.Arrays.copyOf(names, SMALL);
            values = java.util.Arrays.copyOf(values, SMALL);
        }
        names[count] = name;
        values[count++] = value;
    }

    private Value own(String name, boolean byEquality) {
        if (large != null) return large.get(name);
        if (firstName == name || (byEquality && name.equals(firstName))) return firstValue;
        for (int i = 0; i < count; i++) {
            if (names[i] == name || (byEquality && names[i].equals(name))) return values[i];
        }
        return null;
    }

    /** Sets the name here if it is defined here; says whether it was. */
    private boolean replace(String name, Value value, boolean byEquality) {
        if (large == null && (firstName == name || (byEquality && name.equals(firstName)))) {
            firstValue = value;
            return true;
        }
        if (large != null) {
            if (!large.containsKey(name)) return false;
            large.put(name, value);
            return true;
        }
        for (int i = 0; i < count; i++) {
            if (names[i] == name || (byEquality && names[i].equals(name))) {
                values[i] = value;
                return true;
            }
        }
        return false;
    }

    /** Names defined in this scope only (a module's members), in definition order where known. */
    Map<String, Value> ownValues() {
        if (large != null) return new LinkedHashMap<>(large);
        Map<String, Value> result = new LinkedHashMap<>();
        if (firstName != null) result.put(firstName, firstValue);
        for (int i = 0; i < count; i++) result.put(names[i], values[i]);
        return result;
    }

    /** Every name visible from here, for suggestions. */
    Set<String> visibleNames() {
        Set<String> result = new TreeSet<>();
        for (Environment scope = this; scope != null; scope = scope.enclosing) result.addAll(scope.ownValues().keySet());
        return result;
    }
}
