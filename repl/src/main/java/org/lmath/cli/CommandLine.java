package org.lmath.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line. Options come before the file; everything after the script's name
 * belongs to the script. (Hand-written: a parsing library would cost more start-up time than
 * the whole of a small script.)
 */
record CommandLine(Mode mode, List<String> files, List<String> scriptArguments, boolean debug, boolean sandbox, String problem) {

    /** RUN runs a script; the subcommands after TEST get every word after their name in files. */
    enum Mode { RUN, HELP, VERSION, NO_FILE, TEST, GRADE, EXERCISES, EXERCISE, LESSONS, LESSON, KERNEL, NOTEBOOK }

    CommandLine(Mode mode, List<String> files, List<String> scriptArguments, boolean debug, String problem) {
        this(mode, files, scriptArguments, debug, false, problem);
    }

    static CommandLine parse(String[] arguments) {
        boolean debug = false, sandbox = false;
        int i = 0;
        for (; i < arguments.length && arguments[i].startsWith("-"); i++) {
            switch (arguments[i]) {
                case "--help", "-h" -> { return new CommandLine(Mode.HELP, List.of(), List.of(), debug, null); }
                case "--version", "-V" -> { return new CommandLine(Mode.VERSION, List.of(), List.of(), debug, null); }
                case "--debug" -> debug = true;
                case "--sandbox" -> sandbox = true;
                default -> { return problem("unknown option '" + arguments[i] + "'"); }
            }
        }
        if (i == arguments.length) return new CommandLine(Mode.NO_FILE, List.of(), List.of(), debug, null);
        List<String> rest = List.of(arguments).subList(i + 1, arguments.length);
        for (Mode subcommand : List.of(Mode.TEST, Mode.GRADE, Mode.EXERCISES, Mode.EXERCISE, Mode.LESSONS, Mode.LESSON, Mode.KERNEL, Mode.NOTEBOOK)) {
            if (arguments[i].equals(subcommand.name().toLowerCase(java.util.Locale.ROOT))) {
                return new CommandLine(subcommand, new ArrayList<>(rest), List.of(), debug, sandbox, null);
            }
        }
        return new CommandLine(Mode.RUN, List.of(arguments[i]), List.copyOf(rest), debug, sandbox, null);
    }

    private static CommandLine problem(String message) {
        return new CommandLine(Mode.HELP, List.of(), List.of(), false, message);
    }
}
