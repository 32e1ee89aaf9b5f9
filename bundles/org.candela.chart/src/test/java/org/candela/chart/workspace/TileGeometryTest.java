package org.candela.chart.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TileGeometryTest {

    @Test
    void withoutWeightsTheTilesShareEqually() {
        int[][] r = TileGeometry.rects("2x2", 1004, 604);
        assertArrayEquals(new int[] {0, 0, 500, 300}, r[0]);
        assertArrayEquals(new int[] {504, 0, 500, 300}, r[1]);
        assertArrayEquals(new int[] {0, 304, 500, 300}, r[2]);
        assertArrayEquals(new int[] {504, 304, 500, 300}, r[3]);
        int[][] large = TileGeometry.rects("1+3", 1204, 608);
        assertArrayEquals(new int[] {0, 0, 800, 608}, large[0], "the large tile is two thirds wide");
        assertArrayEquals(new int[] {804, 408, 400, 200}, large[3]);
    }

    @Test
    void draggedSashesAreTheWorkspacesWeights() {
        // 1x2 dragged to three quarters: 1,000 pixels of room between the two
        int[][] r = TileGeometry.rects("1x2", 1004, 500, List.of(750, 250));
        assertArrayEquals(new int[] {0, 0, 750, 500}, r[0]);
        assertArrayEquals(new int[] {754, 0, 250, 500}, r[1]);
        // 2x2: rows 1:3, the top row 1:1, the bottom row 1:4
        int[][] q = TileGeometry.rects("2x2", 1004, 404, List.of(1, 3, 1, 1, 1, 4));
        assertEquals(100, q[0][3], "the top row is a quarter high");
        assertEquals(104, q[2][1]);
        assertEquals(300, q[2][3]);
        assertEquals(200, q[2][2], "bottom left: a fifth of the width");
        assertEquals(204, q[3][0]);
        assertEquals(800, q[3][2]);
    }

    @Test
    void weightsThatDoNotFitTheLayoutAreIgnored() {
        int[][] plain = TileGeometry.rects("2x2", 1004, 604);
        for (List<Integer> bad : List.of(List.of(1), List.of(0, 1, 1, 1, 1, 1), List.<Integer>of())) {
            int[][] r = TileGeometry.rects("2x2", 1004, 604, bad);
            for (int i = 0; i < 4; i++) assertArrayEquals(plain[i], r[i], bad + " tile " + i);
        }
    }
}
