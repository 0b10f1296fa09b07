package org.lmath.jupyter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The .lmath files the standard library bundles under a folder of the class path (lessons,
 * exercises), found by listing the folder rather than by an index, so that whatever files are
 * there are converted. Works from the runnable jar and from Maven's class folders.
 */
final class BundledScripts {

    private BundledScripts() {}

    /** Each .lmath file under folder ("lmath/lessons/"), by its path inside the folder, in name order; empty when there is none. */
    static Map<String, String> under(String folder) {
        Map<String, String> scripts = new TreeMap<>();
        try {
            Enumeration<URL> places = BundledScripts.class.getClassLoader().getResources(folder);
            while (places.hasMoreElements()) {
                URL place = places.nextElement();
                if (place.getProtocol().equals("jar")) fromJar(place, folder, scripts);
                else if (place.getProtocol().equals("file")) fromFolder(Path.of(place.toURI()), scripts);
            }
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        } catch (URISyntaxException error) {
            throw new IllegalStateException(error);
        }
        return scripts;
    }

    private static void fromJar(URL place, String folder, Map<String, String> scripts) throws IOException {
        JarURLConnection connection = (JarURLConnection) place.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(folder) && name.endsWith(".lmath")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        scripts.putIfAbsent(name.substring(folder.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    private static void fromFolder(Path root, Map<String, String> scripts) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> Files.isRegularFile(path) && path.toString().endsWith(".lmath")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                scripts.putIfAbsent(name, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }
}
