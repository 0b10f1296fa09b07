package org.lmath.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lmath.error.LMathError;
import org.lmath.error.Suggestions;

/**
 * A dict: keys (strings, numbers, bools, tuples of them) to values, in insertion order, as
 * Python's. Keys are checked and normalised by {@link #key} so that equal keys are one entry
 * (-0 and 0 are the same number, as in Python).
 */
public record DictValue(LinkedHashMap<Value, Value> entries) implements Value {

    public DictValue() {
        this(new LinkedHashMap<>());
    }

    public String typeName() { return "dict"; }

    /** A value as a key, or an error when it cannot be one (a tensor, a list, a function). */
    public static Value key(Value value) {
        value = Traced.strip(value);
        if (value instanceof Num number) return number.value() == 0 ? Num.ZERO : number;
        if (value instanceof Str || value instanceof Bool || value instanceof NoneValue) return value;
        if (value instanceof TupleValue tuple) {
            List<Value> items = new ArrayList<>(tuple.items().size());
            for (Value item : tuple.items()) items.add(key(item));
            return new TupleValue(List.copyOf(items));
        }
        throw new LMathError("a dict key must be a string, a number, a bool or a tuple of them, not " + Values.describe(value)
                + (value instanceof ListValue ? " (write a tuple: (a, b) instead of [a, b])" : ""));
    }

    public Value get(Value key) {
        Value value = entries.get(key(key));
        if (value == null) throw missing(key(key));
        return value;
    }

    public void put(Value key, Value value) {
        entries.put(key(key), value);
    }

    public boolean containsKey(Value key) {
        return entries.containsKey(key(key));
    }

    public List<Value> keys() {
        return new ArrayList<>(entries.keySet());
    }

    /** The contract: a missing key is an error naming the key and the nearest present one. */
    private LMathError missing(Value key) {
        String shown = org.lmath.print.Printer.repr(key);
        if (entries.isEmpty()) return new LMathError("key " + shown + " is not in the dict: the dict is empty");
        Value nearest = nearestKey(key);
        return new LMathError("key " + shown + " is not in the dict; the nearest key is " + org.lmath.print.Printer.repr(nearest)
                + " (use k in d to ask first, or get(d, k, default))");
    }

    /** A string's nearest string key by spelling, a number's nearest number key; else the first key. */
    private Value nearestKey(Value key) {
        Value best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Value candidate : entries.keySet()) {
            double distance = Double.POSITIVE_INFINITY;
            if (key instanceof Str a && candidate instanceof Str b) distance = Suggestions.distance(a.value(), b.value());
            if (key instanceof Num a && candidate instanceof Num b) distance = Math.abs(a.value() - b.value());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null ? best : entries.keySet().iterator().next();
    }

    /** A new dict with the same entries (the values themselves are shared, as Python's dict.copy). */
    public DictValue copy() {
        return new DictValue(new LinkedHashMap<>(entries));
    }

    public Map<Value, Value> view() {
        return java.util.Collections.unmodifiableMap(entries);
    }
}
