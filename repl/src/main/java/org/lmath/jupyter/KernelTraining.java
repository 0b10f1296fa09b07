package org.lmath.jupyter;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * The kernel's quick start. `lmath kernel install` runs a kernel once with a few typical cells
 * and records the classes it loaded into a class-data archive (CDS; an AOT cache from Java 24 on)
 * beside the jar; the kernels
 * Jupyter starts then map those classes instead of loading them. Measured with jupyter_client on
 * the 2-CPU build machine under a load average of 16-19 (other builds), alternating runs: the
 * first result came 3.7 / 4.6 / 6.0 / 8.7 s after the start with the archive, 5.3 / 5.9 / 7.5 /
 * 7.6 s without; the first figure too came sooner. The archive must match the Java and the jar
 * exactly, which the install fixes both; if the training run fails, the kernel starts without it.
 */
final class KernelTraining {

    /** The hidden argument of `lmath kernel` that makes the training run. */
    static final String ARGUMENT = "--training-run";

    /** Cells that load what notebooks use first: the printer, tensors through ND4J, a figure, an error report. */
    private static final List<String> CELLS = List.of(
            "x = [1, 2, 3]\nprint(x @ x)\nx / 2",
            "A = ones(40, 40)\nsum(A @ A) + mean(softmax(randn(5)))",
            "plot([0, 1, 2], [1, 0, 1], label=\"a\")\nlegend()\nshow()",
            "undefined_name + 1");

    private KernelTraining() {}

    /**
     * The archive's file name and the option that makes the kernel use it. From Java 24 on, an
     * AOT cache, as the lmath launcher makes: a class-data archive there has a Java 24+ kernel
     * that allows native access print a CDS error at every start (its base archive was made
     * without that setting).
     */
    static String archiveName() {
        return AOT ? "lmath.aot" : "lmath.jsa";
    }

    static String useArchive(Path archive) {
        return (AOT ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive;
    }

    private static final boolean AOT = Runtime.version().feature() >= 24;

    /** Runs the training JVM (java, options, jar); true when it made the archive. */
    static boolean makeArchive(String java, List<String> options, Path jar, Path archive) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.add((AOT ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
        command.addAll(List.of("-jar", jar.toString(), "kernel", ARGUMENT));
        try {
            Files.deleteIfExists(archive);
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
            boolean made = process.exitValue() == 0 && Files.isRegularFile(archive);
            if (!made) Files.deleteIfExists(archive);
            return made;
        } catch (IOException | InterruptedException | RuntimeException failed) {
            return false;
        }
    }

    /** The training run itself: a kernel on local sockets nobody connects to, the cells, then exit. */
    static int run(String version) throws Exception {
        System.setProperty("java.awt.headless", "true");
        LMathKernel kernel = new LMathKernel(version);
        JupyterConnection sockets = new JupyterConnection(new KernelConnectionProperties("127.0.0.1",
                freePort(), freePort(), freePort(), freePort(), freePort(), "tcp", "hmac-sha256", "training"));
        kernel.onStartup();
        kernel.becomeHandlerForConnection(sockets);
        sockets.connect();
        for (String cell : CELLS) {
            try {
                kernel.eval(cell);
            } catch (CellError expected) {
                kernel.formatError(expected);
            }
        }
        kernel.onShutdown(false);
        sockets.close();
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
