package org.lmath.jupyter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.lmath.plot.Figure;
import org.lmath.plot.FigureDisplay;
import org.lmath.plot.FigureRenderer;

/**
 * Sends finished figures into the notebook as display data: a PNG always, an SVG as well when the
 * notebook asked for it (`:plots png svg`), and a line of text for front ends that show no
 * pictures. Nothing is written to disk.
 */
final class InlineFigures implements FigureDisplay {

    static final Set<String> FORMATS = Set.of("png", "svg");

    private final Consumer<DisplayData> display;
    private volatile Set<String> formats = Set.of("png");

    InlineFigures(Consumer<DisplayData> display) {
        this.display = display;
    }

    @Override
    public void display(Figure figure) {
        DisplayData data = new DisplayData("<lmath figure " + figure.width() + "x" + figure.height() + ">");
        try {
            if (formats.contains("png")) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                FigureRenderer.writePng(figure, png);
                data.putData("image/png", Base64.getEncoder().encodeToString(png.toByteArray()));
            }
            if (formats.contains("svg")) {
                ByteArrayOutputStream svg = new ByteArrayOutputStream();
                FigureRenderer.writeSvg(figure, svg);
                data.putSVG(svg.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);  // the streams are in memory
        }
        display.accept(data);
    }

    /** The formats of the next figures: a non-empty subset of {@link #FORMATS}. */
    void use(Set<String> chosen) {
        formats = Set.copyOf(chosen);
    }

    String describe() {
        return String.join(" ", new TreeSet<>(formats));
    }
}
