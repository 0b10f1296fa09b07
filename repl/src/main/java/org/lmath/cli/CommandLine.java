package org.lmath.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line. Options come before the file; everything after the script's name
 * belongs to the script. (Hand-written: a parsing library would cost more start-up time than
 * the whole of a small script.)
 */
record CommandLine(Mode mode, List<String> files, List<String> scriptArguments, boolean debug, String problem) {

    enum Mode { RUN, TEST, HELP, VERSION, NO_FILE, KERNEL, NOTEBOOK }

    static CommandLine parse(String[] arguments) {
        boolean debug = false;
        int i = 0;
        for (; i < arguments.length && arguments[i].startsWith("-"); i++) {
            switch (arguments[i]) {
                case "--help", "-h" -> { return new CommandLine(Mode.HELP, List.of(), List.of(), debug, null); }
                case "--version", "-V" -> { return new CommandLine(Mode.VERSION, List.of(), List.of(), debug, null); }
                case "--debug" -> debug = true;
                default -> { return problem("unknown option '" + arguments[i] + "'"); }
            }
        }
        if (i == arguments.length) return new CommandLine(Mode.NO_FILE, List.of(), List.of(), debug, null);
        if (arguments[i].equals("test")) {
            List<String> files = new ArrayList<>(List.of(arguments).subList(i + 1, arguments.length));
            if (files.isEmpty()) return problem("lmath test needs at least one file: lmath test FILE.lmath ...");
            return new CommandLine(Mode.TEST, files, List.of(), debug, null);
        }
        List<String> rest = List.of(arguments).subList(i + 1, arguments.length);
        // The Jupyter subcommands take their own words (see org.lmath.jupyter).
        if (arguments[i].equals("kernel")) return new CommandLine(Mode.KERNEL, List.copyOf(rest), List.of(), debug, null);
        if (arguments[i].equals("notebook")) return new CommandLine(Mode.NOTEBOOK, List.copyOf(rest), List.of(), debug, null);
        return new CommandLine(Mode.RUN, List.of(arguments[i]), List.copyOf(rest), debug, null);
    }

    private static CommandLine problem(String message) {
        return new CommandLine(Mode.HELP, List.of(), List.of(), false, message);
    }
}
