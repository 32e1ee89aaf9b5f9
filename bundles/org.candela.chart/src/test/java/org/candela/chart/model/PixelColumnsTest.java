package org.candela.chart.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.candela.chart.scale.PriceScale;
import org.candela.chart.scale.TimeScale;
import org.junit.jupiter.api.Test;

/** Pixel columns tile the visible bars: every bar in exactly one column, at most 1/32 px from its own x. */
class PixelColumnsTest {

    private static void assertTiles(int bars, int width) {
        TimeScale time = new TimeScale();
        time.setWidth(width);
        time.setBaseIndex(bars - 1);
        time.fitContent(bars);
        SeriesContext ctx = new SeriesContext(time, new PriceScale(), 0, bars - 1, 0, 500, Theme.DARK);
        PixelColumns columns = new PixelColumns();
        columns.begin(ctx);
        int block = PixelColumns.boundaryBlock(time.barSpacing());
        int expected = 0, count = 0;
        while (columns.next()) {
            assertEquals(expected, columns.from(), "column " + columns.x() + " starts where the previous one ended");
            for (int i : new int[] {columns.from(), columns.to()}) {
                double x = time.indexToX(i);
                assertTrue(x >= columns.x() - 1 / 32.0 && x < columns.x() + 1 + 1 / 32.0,
                        "bar " + i + " at x " + x + " drawn in column " + columns.x());
            }
            if (columns.from() > 0) assertEquals(0, columns.from() % block, "boundaries on whole pyramid blocks");
            expected = columns.to() + 1;
            count++;
        }
        assertEquals(bars, expected, "the last column ends at the last bar");
        assertTrue(count >= width * 0.9, count + " columns for " + width + " px");
    }

    @Test
    void tenMillionBarsSnapToBlocksOf256() {
        assertEquals(256, PixelColumns.boundaryBlock(1900 / 10_000_000.0));
        assertTiles(10_000_000, 1900);
    }

    @Test
    void oneMillionBarsSnapToBlocksOf16() {
        assertEquals(16, PixelColumns.boundaryBlock(1900 / 1_000_000.0));
        assertTiles(1_000_000, 1900);
    }

    @Test
    void fewBarsPerPixelStayExact() {
        assertEquals(1, PixelColumns.boundaryBlock(1900 / 50_000.0));
        assertTiles(50_000, 1900);
        assertTiles(3_000, 1900);
    }
}
