package org.candela.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.candela.chart.draw.DrawList;
import org.junit.jupiter.api.Test;

/**
 * A sloped segment drawn by the renderer, checked pixel by pixel: a dashed one is one primitive whose pattern
 * the shader cuts by the distance along it (drawn where the pattern is on, background where it is off, from the
 * phase it is given), and a solid one's anti-aliased edge fades within half a pixel past its width.
 */
class SegmentPixelsTest extends OffscreenTest {

    private static final int BACKGROUND = 0xFF000000, WHITE = 0xFFFFFFFF;

    /** Brightness of the green channel at (x, y): 0 background, 255 the line's full colour. */
    private static int green(int x, int y) {
        return (canvas.argb(x, y) >> 8) & 255;
    }

    @Test
    void aDashedSegmentIsDrawnWhereItsPatternIsOnAndNowhereElse() {
        // from (100, 100) along (3, 4)/5: 200 px long, 8 on, 12 off, starting 5 px into the period
        float x0 = 100, y0 = 100, ux = 0.6f, uy = 0.8f, on = 8, off = 12, phase = 5;
        DrawList list = new DrawList();
        list.begin(W, H, BACKGROUND);
        list.nextLayer().segments.addDashed(x0, y0, x0 + 200 * ux, y0 + 200 * uy, 3, WHITE, on, off, phase);
        assertEquals(1, list.primitiveCount(), "one primitive for the whole dashed line");
        canvas.render(list);
        int drawn = 0, gaps = 0;
        for (float d = 2; d < 198; d += 0.5f) {
            float inPeriod = (d + phase) % (on + off);
            if (Math.abs(inPeriod - on) < 1.5 || inPeriod < 1.5 || inPeriod > on + off - 1.5) continue; // near an end of a dash
            int x = (int) (x0 + ux * d), y = (int) (y0 + uy * d);
            int g = green(x, y);
            if (inPeriod < on) {
                assertTrue(g > 200, "on the dash " + d + " px along: " + g);
                drawn++;
            } else {
                assertTrue(g < 10, "in the gap " + d + " px along: " + g);
                gaps++;
            }
        }
        assertTrue(drawn > 50 && gaps > 100, drawn + " on, " + gaps + " off");
    }

    @Test
    void aSolidSegmentsEdgeFadesWithinHalfAPixelPastItsWidth() {
        DrawList list = new DrawList();
        list.begin(W, H, BACKGROUND);
        list.nextLayer().segments.add(100, 100, 400, 300, 1, WHITE); // slope 2/3, 1 px wide
        canvas.render(list);
        double len = Math.hypot(300, 200);
        int lit = 0;
        for (int y = 110; y < 290; y++) {
            for (int x = 110; x < 390; x++) {
                double distance = Math.abs((x + 0.5 - 100) * 200 - (y + 0.5 - 100) * 300) / len; // pixel centre to the line
                int g = green(x, y);
                if (distance > 1.0) assertTrue(g < 3, "no coverage " + distance + " px off the line at " + x + "," + y + ": " + g);
                if (distance < 0.2) assertTrue(g > 180, "full on the line at " + x + "," + y + ": " + g);
                if (g > 0) lit++;
            }
        }
        assertTrue(lit > 300, "the line is drawn: " + lit + " pixels");
    }
}
