package org.lmath.jupyter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/** `lmath kernel CONNECTION_FILE` (what Jupyter starts) and `lmath kernel install [--user | --prefix P]`. */
public final class KernelCommand {

    private static final String USAGE = "lmath kernel CONNECTION_FILE, or lmath kernel install [--user | --prefix DIR]";

    private KernelCommand() {}

    /** Runs the subcommand with the words after `kernel`; returns the exit status. */
    public static int run(List<String> arguments, String version, PrintStream out, PrintStream err) {
        if (arguments.isEmpty()) return problem(err, "lmath kernel needs a connection file (Jupyter gives one): " + USAGE);
        if (arguments.get(0).equals("install")) return KernelSpec.install(arguments.subList(1, arguments.size()), out, err);
        if (arguments.equals(List.of(KernelTraining.ARGUMENT))) return train(version, err);
        if (arguments.size() > 1) return problem(err, "lmath kernel takes one connection file: " + USAGE);
        return serve(Path.of(arguments.get(0)), version, err);
    }

    /** Answers Jupyter on the ports the connection file names until Jupyter shuts the kernel down. */
    private static int serve(Path connectionFile, String version, PrintStream err) {
        System.setProperty("java.awt.headless", "true");  // figures are drawn into PNGs, never onto a screen
        String connection;
        try {
            connection = Files.readString(connectionFile, StandardCharsets.UTF_8);
        } catch (IOException error) {
            return problem(err, "cannot read the connection file " + connectionFile + ": "
                    + (error instanceof NoSuchFileException ? "no such file" : error.getMessage()));
        }
        LMathKernel kernel = new LMathKernel(version);
        JupyterConnection sockets;
        try {
            sockets = new JupyterConnection(KernelConnectionProperties.parse(connection));
        } catch (RuntimeException | java.security.GeneralSecurityException error) {
            return problem(err, "the connection file " + connectionFile + " is not one Jupyter wrote: " + error.getMessage());
        }
        kernel.onStartup();
        kernel.becomeHandlerForConnection(sockets);
        sockets.connect();
        sockets.waitUntilClose();
        return 0;
    }

    private static int train(String version, PrintStream err) {
        try {
            return KernelTraining.run(version);
        } catch (Exception failed) {
            return problem(err, "the kernel's training run failed: " + failed);
        }
    }

    static int problem(PrintStream err, String message) {
        err.println("lmath: " + message);
        return 2;
    }
}
