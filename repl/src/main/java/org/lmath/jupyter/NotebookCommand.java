package org.lmath.jupyter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * `lmath notebook FILE.lmath` (the notebook on standard output), `lmath notebook --lessons DIR`
 * and `lmath notebook --exercises DIR` (every bundled lesson or exercise, as DIR/NAME.ipynb).
 */
public final class NotebookCommand {

    private static final String USAGE = "lmath notebook FILE.lmath > FILE.ipynb, lmath notebook --lessons DIR, lmath notebook --exercises DIR";

    private NotebookCommand() {}

    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() == 2 && arguments.get(0).equals("--lessons")) return writeAll("lessons", Path.of(arguments.get(1)), out, err);
        if (arguments.size() == 2 && arguments.get(0).equals("--exercises")) return writeAll("exercises", Path.of(arguments.get(1)), out, err);
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            return KernelCommand.problem(err, "lmath notebook takes one script or a folder option: " + USAGE);
        }
        String file = arguments.get(0);
        try {
            out.print(ScriptNotebook.convert(Files.readString(Path.of(file), StandardCharsets.UTF_8)));
            return 0;
        } catch (IOException error) {
            err.println("lmath: cannot read " + file + ": " + (error instanceof NoSuchFileException ? "no such file" : error.getMessage()));
            return 1;
        }
    }

    /** Every bundled script of a kind, each as a notebook under folder (made when missing). */
    private static int writeAll(String kind, Path folder, PrintStream out, PrintStream err) {
        Map<String, String> scripts = BundledScripts.under("lmath/" + kind + "/");
        if (scripts.isEmpty()) {
            out.println("there are no " + kind + " in this build: no notebooks written");
            return 0;
        }
        try {
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                String name = script.getKey();
                Path notebook = folder.resolve(name.substring(0, name.length() - ".lmath".length()) + ".ipynb");
                Files.createDirectories(notebook.toAbsolutePath().getParent());
                Files.writeString(notebook, ScriptNotebook.convert(script.getValue()), StandardCharsets.UTF_8);
            }
        } catch (IOException error) {
            err.println("lmath: cannot write the notebooks into " + folder + ": " + error.getMessage());
            return 1;
        }
        out.println("wrote " + scripts.size() + " notebooks of the " + kind + " into " + folder);
        return 0;
    }
}
