package org.lmath.tensor;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Inflater;

/**
 * Loads native libraries that JavaCPP has already extracted into lmath's own cache folder,
 * straight from there, without JavaCPP's search for them.
 * <p>
 * Why: before JavaCPP loads its first library it searches the class path and the JDK's modules
 * for every name the library might have, reads its classes' annotations, and checks the cached
 * copies against the jar: 150-250 ms of a cold JVM, most of B5's first product. Loading the same
 * files by path takes 60-90 ms, most of it the dynamic linker's (docs/performance.md).
 * <p>
 * When: only in the folder the launcher names ({@code org.bytedeco.javacpp.cachedir}, one folder
 * per OpenBLAS version, with {@code cachedir.nosubdir}), only once every file is there, and only
 * while no other process is extracting into it (JavaCPP holds the folder's {@code .lock} file while
 * it writes; it is held here while the files are checked and loaded). Otherwise, on a fresh
 * machine the first time, nothing is loaded here and JavaCPP loads (and extracts) as always.
 * <p>
 * How: JavaCPP's generated classes load their libraries in their static initialisers, unless the
 * property {@code org.bytedeco.javacpp.loadlibraries} is false, which JavaCPP reads on each load.
 * It is false only while the files are loaded and the classes given are initialised, and only
 * inside {@link NativeStart}'s lock, which every load that lmath starts goes through.
 */
final class ExtractedLibraries {

    private static final List<String> SWITCHES = List.of("org.bytedeco.javacpp.loadlibraries", "org.bytedeco.javacpp.loadLibraries");

    /** JavaCPP's own library, whose start initialises {@code Pointer}. */
    static final List<String> JAVACPP = List.of("libjnijavacpp.so");
    /** OpenBLAS without LAPACK and its bindings, in the order their dependencies need. */
    static final List<String> OPENBLAS = List.of("libgcc_s.so.1", "libquadmath.so.0", "libgfortran.so.5",
            "libopenblas_nolapack.so.0", "libjniopenblas_nolapack.so");

    private ExtractedLibraries() {}

    /**
     * Loads the files given from lmath's cache folder and then initialises the classes named, with
     * JavaCPP's own loading turned off; returns whether it did. False (and nothing changed) when the
     * folder is not lmath's, a file is missing, or another process is extracting; false also when a
     * file fails to load, after which JavaCPP's own loading, tried next, finds what is missing.
     */
    static boolean load(List<String> files, String... classes) {
        Path folder = folder();
        if (folder == null) return false;
        try (FileChannel lockFile = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.WRITE);
             FileLock extraction = lockFile.tryLock()) {
            if (extraction == null) return false;  // another process is writing the files
            for (String file : files) {
                if (!Files.isRegularFile(folder.resolve(file))) return false;
            }
            // Java 17 holds one lock for all native libraries while a library starts, and a library
            // start that loads classes (JavaCPP's does) reads the class path. A thread reading a jar
            // of the class path may meanwhile need that lock to start a zip class (Inflater, CRC32),
            // whose initialisation loads the JDK's zip library: the two waited for each other
            // (NativeStartRaceTest, Java 17). Those classes are started here first.
            new Inflater().end();
            new CRC32().update(0);
            new Adler32().update(0);
            new CRC32C().update(0);
            String[] before = new String[SWITCHES.size()];
            for (int i = 0; i < before.length; i++) before[i] = System.setProperty(SWITCHES.get(i), "false");
            try {
                for (String file : files) System.load(folder.resolve(file).toString());
                for (String name : classes) Class.forName(name, true, ExtractedLibraries.class.getClassLoader());
                return true;
            } finally {
                for (int i = 0; i < before.length; i++) {
                    if (before[i] == null) System.clearProperty(SWITCHES.get(i));
                    else System.setProperty(SWITCHES.get(i), before[i]);
                }
            }
        } catch (IOException | OverlappingFileLockException | UnsatisfiedLinkError | ClassNotFoundException failed) {
            return false;
        }
    }

    /** The launcher's cache folder (one per OpenBLAS version, no subfolders), or null when it is not set. */
    private static Path folder() {
        String folder = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (folder == null || !Boolean.getBoolean("org.bytedeco.javacpp.cachedir.nosubdir")) return null;
        if (!Path.of(folder).getFileName().toString().startsWith("lmath-openblas-")) return null;
        return Path.of(folder);
    }
}
