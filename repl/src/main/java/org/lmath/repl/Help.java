package org.lmath.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.lmath.builtins.Builtin;
import org.lmath.builtins.HelpText;
import org.lmath.error.Suggestions;
import org.lmath.eval.Interpreter;
import org.lmath.value.ModuleValue;
import org.lmath.value.Value;

/** The text of :help (an overview) and :help name (one builtin, command or name of the session). */
final class Help {

    private static final int WIDTH = 92;

    static final List<String> KEYWORDS = List.of("def", "if", "else", "while", "for", "in", "break", "continue", "return",
            "import", "assert", "and", "or", "not", "true", "false", "none");

    private Help() {}

    static String overview(Interpreter interpreter) {
        StringBuilder text = new StringBuilder();
        text.append("Type an expression to see its value, or a statement to run it; names stay from entry to entry.\n");
        text.append("An entry with an open bracket or block goes on over the next lines (the ... prompt).\n\n");
        text.append("Commands:\n");
        int width = Commands.ALL.stream().mapToInt(command -> command.usage().length()).max().orElse(0);
        for (Commands.Command command : Commands.ALL) {
            text.append(String.format("  %-" + width + "s   %s%n", command.usage(), command.description()));
        }
        text.append("\nKeys: Tab completes names; Up and Down walk the history, Ctrl-R searches it;\n");
        text.append("Ctrl-C stops a running entry or clears the line; Ctrl-D leaves.\n\n");
        text.append("Builtins by topic (:help name shows one):\n");
        for (Map.Entry<String, List<String>> topic : HelpText.byTopic(interpreter.builtins()).entrySet()) {
            text.append(wrap("  " + topic.getKey() + ": ", String.join(", ", topic.getValue()))).append('\n');
        }
        text.append("\nThe language: docs/language.md. The REPL: docs/repl.md.");
        return text.toString();
    }

    static String about(Interpreter interpreter, String name) {
        for (Commands.Command command : Commands.ALL) {
            if (command.name().equals(name) || command.name().equals(":" + name)) return command.usage() + "\n    " + command.description();
        }
        Builtin builtin = interpreter.builtins().get(name);
        if (builtin != null) return HelpText.describe(builtin);
        Value value = interpreter.sessionNames().get(name);
        if (value instanceof ModuleValue module) {
            return "module " + module.name() + ": " + String.join(", ", new TreeSet<>(module.members().keySet()));
        }
        if (value != null) return name + ": " + value.typeName() + ", " + Describe.detail(value) + " (defined in this session)";
        if (KEYWORDS.contains(name)) return "'" + name + "' is a keyword of the language: see docs/language.md";
        List<String> known = new ArrayList<>(interpreter.builtins().all().keySet());
        known.addAll(interpreter.sessionNames().keySet());
        return "no builtin, command or name '" + name + "'" + Suggestions.didYouMean(name, known);
    }

    /** "  topic: a, b, c" folded at the page width, the next lines indented under the first item. */
    private static String wrap(String head, String items) {
        StringBuilder text = new StringBuilder(head);
        int column = head.length();
        String indent = " ".repeat(head.length());
        for (String item : items.split(" ")) {
            if (column + item.length() + 1 > WIDTH && column > head.length()) {
                text.setLength(text.length() - (text.charAt(text.length() - 1) == ' ' ? 1 : 0));
                text.append('\n').append(indent);
                column = indent.length();
            }
            text.append(item).append(' ');
            column += item.length() + 1;
        }
        return text.toString().stripTrailing();
    }
}
