package org.lmath.repl;

import java.util.List;
import java.util.Map;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.completer.FileNameCompleter;
import org.lmath.builtins.Builtin;
import org.lmath.eval.Interpreter;
import org.lmath.value.ModuleValue;
import org.lmath.value.Value;

/**
 * Tab completion: the session's names, the builtins (their signature as the description), the
 * keywords, a module's members after `module.`, and on a `:` line the commands, builtin names
 * after :help, lesson numbers after :lesson and file names after :load.
 */
final class Completion implements Completer {

    private final Session session;
    private final FileNameCompleter files = new FileNameCompleter();

    Completion(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        Interpreter interpreter = session.interpreter();
        if (Entries.isCommand(line.line())) {
            commandLine(reader, line, candidates, interpreter);
            return;
        }
        String word = line.word();
        int dot = word.lastIndexOf('.');
        if (dot >= 0) {
            members(word.substring(0, dot), interpreter, candidates);
            return;
        }
        for (Map.Entry<String, Value> name : interpreter.sessionNames().entrySet()) {
            candidates.add(candidate(name.getKey(), "names", Describe.forCompletion(name.getValue()), false));
        }
        for (Builtin builtin : interpreter.builtins().all().values()) {
            candidates.add(candidate(builtin.signature().name(), "builtins", Describe.parameters(builtin), false));
        }
        for (String name : interpreter.visibleNames()) {  // what is left: the constants pi, e, inf, nan
            if (!interpreter.sessionNames().containsKey(name) && !interpreter.builtins().all().containsKey(name)) {
                candidates.add(candidate(name, "builtins", "constant", false));
            }
        }
        for (String keyword : Help.KEYWORDS) candidates.add(candidate(keyword, "keywords", null, true));
    }

    /**
     * After `optim.`: the module's members; after `x.` for a value x: what the method sugar can
     * call on it (x.f() is f(x)): the string functions for a string, the dict functions for a dict,
     * the properties and the tensor builtins otherwise, and the session's own functions.
     * Candidates are written with the prefix so that they match the word.
     */
    private static void members(String prefix, Interpreter interpreter, List<Candidate> candidates) {
        Value value = interpreter.sessionNames().get(prefix);
        if (value != null && !(value instanceof ModuleValue)) {
            methods(prefix, value, interpreter, candidates);
            return;
        }
        if (!(value instanceof ModuleValue module)) return;
        for (Map.Entry<String, Value> member : module.members().entrySet()) {
            candidates.add(new Candidate(prefix + "." + member.getKey(), member.getKey(), module.name(),
                    Describe.forCompletion(member.getValue()), null, null, false));
        }
    }

    private static void methods(String prefix, Value value, Interpreter interpreter, List<Candidate> candidates) {
        String topic = value instanceof org.lmath.value.Str ? "strings" : value instanceof org.lmath.value.DictValue ? "dicts" : null;
        for (Builtin builtin : interpreter.builtins().all().values()) {
            String name = builtin.signature().name();
            boolean fits = topic != null ? builtin.topic().equals(topic) || name.equals("len") || (topic.equals("strings") && name.equals("split"))
                    : !builtin.topic().equals("strings") && !builtin.topic().equals("dicts") && !builtin.topic().equals("plots");
            if (fits) candidates.add(method(prefix, builtin.signature().name(), Describe.parameters(builtin)));
        }
        if (topic == null) {
            for (String property : List.of("T", "shape", "ndim", "size")) candidates.add(method(prefix, property, "property"));
        }
        for (Map.Entry<String, Value> name : interpreter.sessionNames().entrySet()) {
            if (name.getValue() instanceof org.lmath.value.FunctionValue) {
                candidates.add(method(prefix, name.getKey(), Describe.forCompletion(name.getValue())));
            }
        }
    }

    private static Candidate method(String prefix, String name, String description) {
        return new Candidate(prefix + "." + name, name, null, description, null, null, false);
    }

    private void commandLine(LineReader reader, ParsedLine line, List<Candidate> candidates, Interpreter interpreter) {
        if (line.wordIndex() == 0) {
            for (Commands.Command command : Commands.ALL) candidates.add(candidate(command.name(), null, command.description(), true));
            return;
        }
        if (line.wordIndex() != 1) return;
        switch (line.words().get(0)) {
            case ":help" -> {
                for (Builtin builtin : interpreter.builtins().all().values()) {
                    candidates.add(candidate(builtin.signature().name(), null, Describe.parameters(builtin), true));
                }
                for (String name : interpreter.sessionNames().keySet()) candidates.add(candidate(name, null, null, true));
            }
            case ":lesson" -> {
                for (Lessons.Lesson lesson : Lessons.all()) {
                    candidates.add(candidate(String.valueOf(lesson.number()), null, lesson.title(), true));
                }
            }
            case ":load" -> files.complete(reader, line, candidates);
            default -> { }
        }
    }

    private static Candidate candidate(String value, String group, String description, boolean complete) {
        return new Candidate(value, value, group, description, null, null, complete);
    }
}
