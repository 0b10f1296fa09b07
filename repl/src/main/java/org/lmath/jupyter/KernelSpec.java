package org.lmath.jupyter;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

/**
 * `lmath kernel install`: writes kernels/lmath/kernel.json where Jupyter looks for kernels, with a
 * copy of the running lmath jar beside it, so that the kernel keeps working after the checkout is
 * cleaned or moved (`mvn clean` deletes target/lmath.jar), and the class-data archive of
 * {@link KernelTraining} for a quicker start. The command line names the Java that
 * ran the install, by its full path: Jupyter may start kernels with another PATH than the shell's.
 */
final class KernelSpec {

    static final String JAR = "lmath.jar";

    private KernelSpec() {}

    static int install(List<String> options, PrintStream out, PrintStream err) {
        Path kernels;
        if (options.isEmpty() || options.equals(List.of("--user"))) {
            kernels = userDataFolder().resolve("kernels");
        } else if (options.size() == 2 && options.get(0).equals("--prefix")) {
            kernels = Path.of(options.get(1)).resolve("share").resolve("jupyter").resolve("kernels");
        } else {
            return KernelCommand.problem(err, "lmath kernel install takes --user (the default) or --prefix DIR, not '"
                    + String.join(" ", options) + "'");
        }
        Path folder = kernels.resolve(LMathKernel.NAME).toAbsolutePath();
        try {
            Files.createDirectories(folder);
            List<String> command = new ArrayList<>();
            command.add(javaCommand());
            command.addAll(jvmOptions());
            Path jar = runningJar();
            if (jar != null) {
                Path copy = folder.resolve(JAR), archive = folder.resolve(KernelTraining.archiveName());
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                out.println("preparing the kernel's quick start (a class-data archive; a few seconds)...");
                if (KernelTraining.makeArchive(command.get(0), jvmOptions(), copy, archive)) {
                    command.add(KernelTraining.useArchive(archive));
                }
                command.addAll(List.of("-jar", copy.toString()));
            } else {  // run from Maven's class folders (a test): the same class path
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.lmath.cli.Main"));
            }
            command.addAll(List.of("kernel", "{connection_file}"));
            Files.writeString(folder.resolve("kernel.json"), kernelJson(command), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException error) {
            return KernelCommand.problem(err, "cannot install the kernel into " + folder + ": " + error.getMessage());
        }
        out.println("installed the lmath kernel in " + folder + " (jupyter kernelspec list shows it)");
        return 0;
    }

    /**
     * interrupt_mode "message": Jupyter asks on the control channel, and the kernel stops the cell.
     * The default, a SIGINT, would end the JVM and lose the session.
     */
    static String kernelJson(List<String> command) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", command);
        spec.put("display_name", "lmath");
        spec.put("language", "lmath");
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("file_extension", ".lmath"));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /**
     * The JVM settings of the `lmath` launcher that matter to a kernel (see its comments): one
     * collector thread, ND4J's native cache shared across jar copies (the launcher's folder when
     * it named one), no display, no JVM log lines.
     */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=error:stderr",
                "-XX:PretenureSizeThreshold=1m", "-Dorg.bytedeco.javacpp.cachedir.nosubdir=true", "-Djava.awt.headless=true"));
        if (Runtime.version().feature() >= 24) {
            options.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        }
        // The launcher's native cache folder (one per OpenBLAS version), so that the kernel loads
        // OpenBLAS by path from it as `lmath` does (tensor/ExtractedLibraries).
        String nativeCache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (nativeCache != null) options.add("-Dorg.bytedeco.javacpp.cachedir=" + nativeCache);
        return options;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jar this lmath runs from, or null when it runs from class folders. */
    private static Path runningJar() {
        try {
            Path location = Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | RuntimeException unknown) {
            return null;
        }
    }

    /** Jupyter's per-user data folder (jupyter --data-dir), as jupyter_core computes it. */
    static Path userDataFolder() {
        String configured = System.getenv("JUPYTER_DATA_DIR");
        if (configured != null && !configured.isEmpty()) return Path.of(configured);
        Path home = Path.of(System.getProperty("user.home"));
        String system = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (system.contains("mac")) return home.resolve("Library").resolve("Jupyter");
        if (system.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("jupyter");
    }
}
