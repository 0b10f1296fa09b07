package org.lmath.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.lmath.ast.Source;
import org.lmath.eval.Interpreter;

/** Runs lmath code in a fresh session whose pictures go to a given folder, and keeps what it printed. */
final class PlotRun {

    final Interpreter interpreter;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    PlotRun(Path folder) {
        interpreter = new Interpreter(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        interpreter.session().put(PlotSettings.class, PlotSettings.defaults().withStem("test").withFolder(folder));
    }

    PlotRun run(String code) {
        interpreter.run(new Source("test.lmath", code));
        return this;
    }

    String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Runs code in a fresh session, saves its figure as folder/picture.png and reads the picture back. */
    static BufferedImage png(Path folder, String code) throws IOException {
        Path file = folder.resolve("picture.png");
        new PlotRun(folder).run(code + "\n" + savefig(file));
        return ImageIO.read(file.toFile());
    }

    /** Writes code's figure to folder/name with savefig (a path in lmath string syntax). */
    static String savefig(Path file) {
        return "savefig(\"" + file.toString().replace("\\", "/") + "\")\n";
    }
}
