package org.candela.chart.workspace;

/**
 * Where each tile of a layout goes in a window of a given size, as the workbench's sashes place them at
 * first: equal parts, the large tile of {@code 1+3} two thirds wide, {@link #GAP} pixels between tiles.
 * Used to draw a whole workspace offscreen ({@code --workspace FILE --snapshot OUT.png}).
 */
public final class TileGeometry {

    /** Pixels between two tiles (the sash). */
    public static final int GAP = 4;

    private TileGeometry() {
    }

    /** The tiles of {@code layout} in a {@code width}×{@code height} window: {x, y, w, h} each, in tile order. */
    public static int[][] rects(String layout, int width, int height) {
        int halfW = (width - GAP) / 2, halfH = (height - GAP) / 2;
        return switch (layout) {
            case "1" -> new int[][] {{0, 0, width, height}};
            case "1x2" -> new int[][] {{0, 0, halfW, height}, {halfW + GAP, 0, width - halfW - GAP, height}};
            case "2x1" -> new int[][] {{0, 0, width, halfH}, {0, halfH + GAP, width, height - halfH - GAP}};
            case "2x2" -> new int[][] {{0, 0, halfW, halfH}, {halfW + GAP, 0, width - halfW - GAP, halfH},
                {0, halfH + GAP, halfW, height - halfH - GAP}, {halfW + GAP, halfH + GAP, width - halfW - GAP, height - halfH - GAP}};
            case "1+3" -> {
                int large = (width - GAP) * 2 / 3, right = width - large - GAP, third = (height - 2 * GAP) / 3;
                yield new int[][] {{0, 0, large, height}, {large + GAP, 0, right, third}, {large + GAP, third + GAP, right, third},
                    {large + GAP, 2 * (third + GAP), right, height - 2 * (third + GAP)}};
            }
            default -> throw new IllegalArgumentException("not a layout: '" + layout + "' (1, 1x2, 2x1, 2x2, 1+3)");
        };
    }
}
