package org.lmath.eval;

import java.util.ArrayList;
import java.util.List;

import org.lmath.ast.Position;
import org.lmath.error.Habits;
import org.lmath.error.LMathError;
import org.lmath.error.Suggestions;
import org.lmath.print.Printer;
import org.lmath.value.Parameter;
import org.lmath.value.Signature;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;

/**
 * Matches a call's arguments to a function's parameters, for builtins and user functions alike:
 * positional arguments in order (a variadic parameter takes the rest), then keyword arguments by
 * name, then defaults. Every mismatch is an error that shows the function's parameters.
 */
final class ArgumentBinder {

    private ArgumentBinder() {}

    record Keyword(String name, Value value, Position position) {}

    static Value[] bind(Signature signature, List<Value> positional, List<Keyword> keywords, Position call) {
        List<Parameter> parameters = signature.parameters();
        if (keywords.isEmpty() && positional.size() <= parameters.size() && !anyVariadic(parameters)) {
            // The commonest calls, f(a, b) and mean(x): arguments in order, then defaults; nothing to match.
            Value[] bound = new Value[parameters.size()];
            for (int i = 0; i < positional.size(); i++) bound[i] = positional.get(i);
            return withDefaults(signature, bound, call);
        }
        Value[] bound = new Value[parameters.size()];
        int next = 0;
        List<Value> extra = new ArrayList<>();
        for (Value argument : positional) {
            if (next < parameters.size() && parameters.get(next).variadic()) {
                extra.add(argument);
            } else if (next < parameters.size()) {
                bound[next++] = argument;
            } else {
                throw tooMany(signature, positional.size(), call);
            }
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).variadic()) bound[i] = new TupleValue(List.copyOf(extra));
        }
        for (Keyword keyword : keywords) {
            int index = signature.indexOf(keyword.name());
            if (index < 0 || parameters.get(index).variadic()) {
                List<String> names = parameters.stream().map(Parameter::name).toList();
                String habit = Habits.forKeyword(keyword.name(), names);
                if (habit != null) {
                    throw new LMathError(keyword.position(), signature.name() + "() has no parameter named '" + keyword.name() + "'" + habit);
                }
                throw new LMathError(keyword.position(), signature.name() + "() has no parameter named '" + keyword.name() + "'"
                        + orFullStop(Suggestions.didYouMean(keyword.name(), names)) + " Its parameters: " + describe(signature));
            }
            if (bound[index] != null) {
                throw new LMathError(keyword.position(), signature.name() + "() got the argument '" + keyword.name()
                        + "' twice (by position and by name)");
            }
            bound[index] = keyword.value();
        }
        return withDefaults(signature, bound, call);
    }

    /** bound with each parameter no argument was given for set to its default, or an error for a required one. */
    private static Value[] withDefaults(Signature signature, Value[] bound, Position call) {
        List<Parameter> parameters = signature.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            if (bound[i] != null) continue;
            Parameter parameter = parameters.get(i);
            if (parameter.isRequired()) {
                throw new LMathError(call, signature.name() + "() is missing the argument '" + parameter.name()
                        + "'. Its parameters: " + describe(signature));
            }
            bound[i] = parameter.defaultValue();
        }
        return bound;
    }

    private static boolean anyVariadic(List<Parameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).variadic()) return true;
        }
        return false;
    }

    private static LMathError tooMany(Signature signature, int given, Position call) {
        long accepted = signature.parameters().stream().filter(p -> !p.variadic()).count();
        return new LMathError(call, signature.name() + "() takes " + (accepted == 1 ? "1 argument" : accepted + " arguments")
                + " but " + given + (given == 1 ? " was" : " were") + " given. Its parameters: " + describe(signature));
    }

    private static String orFullStop(String suggestion) {
        return suggestion.isEmpty() ? "." : suggestion;
    }

    private static String describe(Signature signature) {
        return signature.name() + "(" + Printer.parameters(signature.parameters()) + ")";
    }
}
