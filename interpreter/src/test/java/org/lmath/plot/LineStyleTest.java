package org.lmath.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;

import org.junit.jupiter.api.Test;
import org.lmath.error.LMathError;

/** matplotlib's short style strings, read as matplotlib reads them. */
class LineStyleTest {

    @Test
    void colourLineAndMarkerInAnyOrder() {
        assertEquals(new LineStyle(new Color(255, 0, 0), LineStyle.Line.DASHED, null), LineStyle.parse("r--", "plot"));
        assertEquals(new LineStyle(null, LineStyle.Line.SOLID, LineStyle.Marker.CIRCLE), LineStyle.parse("o-", "plot"));
        assertEquals(new LineStyle(new Color(0, 0, 255), LineStyle.Line.DOTTED, null), LineStyle.parse("b:", "plot"));
        assertEquals(new LineStyle(new Color(0, 128, 0), LineStyle.Line.DASH_DOT, LineStyle.Marker.SQUARE), LineStyle.parse("s-.g", "plot"));
        assertEquals(new LineStyle(Color.BLACK, LineStyle.Line.SOLID, null), LineStyle.parse("k", "plot"));
        assertEquals(new LineStyle(Palette.CYCLE[3], LineStyle.Line.SOLID, null), LineStyle.parse("C3", "plot"));
    }

    @Test
    void aMarkerAloneMeansNoLine() {
        LineStyle style = LineStyle.parse("g^", "plot");
        assertNull(style.line());
        assertEquals(LineStyle.Marker.TRIANGLE_UP, style.marker());
    }

    @Test
    void unknownCharactersAndRepeatsAreErrors() {
        assertEquals("plot(): unknown style \"r-?\": '?' is not a colour (b g r c m y k w C0-C9), a line (- -- : -.) or a marker (. o s ^ v D + x)",
                assertThrows(LMathError.class, () -> LineStyle.parse("r-?", "plot")).getMessage());
        assertEquals("scatter(): unknown style \"o^\": it gives the marker twice",
                assertThrows(LMathError.class, () -> LineStyle.parse("o^", "scatter")).getMessage());
        assertEquals("plot(): unknown style \"--:\": it gives the line twice",
                assertThrows(LMathError.class, () -> LineStyle.parse("--:", "plot")).getMessage());
    }
}
