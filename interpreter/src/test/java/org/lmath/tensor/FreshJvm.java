package org.lmath.tensor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test class's main method in a fresh JVM on this test's classpath, for what happens once
 * per JVM (loading native libraries), and returns the last line it printed.
 */
final class FreshJvm {

    private FreshJvm() {}

    /** Whether this JVM has mapped a native library whose file name is given (from /proc/self/maps). */
    static boolean mapped(String libraryFile) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(Path.of("/proc/self/maps")).stream().anyMatch(line -> line.endsWith("/" + libraryFile));
    }

    /** The last line the main class printed, or a sentence saying it was still running after the seconds given. */
    static String lastLine(Class<?> mainClass, int timeoutSeconds, String... arguments) throws Exception {
        return lastLine(List.of(), mainClass, timeoutSeconds, arguments);
    }

    /** The same, with the JVM options given besides the test's own. */
    static String lastLine(List<String> jvmOptions, Class<?> mainClass, int timeoutSeconds, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.bytedeco.javacpp.cachedir.nosubdir=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "still running after " + timeoutSeconds + " s";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return output.substring(output.lastIndexOf('\n') + 1);
    }
}
