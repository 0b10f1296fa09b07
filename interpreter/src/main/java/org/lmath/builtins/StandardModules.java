package org.lmath.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The standard modules' names, as listed in lmath/stdlib/modules.txt (one per line). */
public final class StandardModules {

    /** Where the modules' sources live on the class path. */
    public static final String FOLDER = "lmath/stdlib/";

    private StandardModules() {}

    public static List<String> names() {
        try (InputStream stream = StandardModules.class.getClassLoader().getResourceAsStream(FOLDER + "modules.txt")) {
            if (stream == null) return List.of();
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException error) {
            return List.of();
        }
    }
}
