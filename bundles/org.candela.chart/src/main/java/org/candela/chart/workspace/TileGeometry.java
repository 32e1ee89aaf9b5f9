package org.candela.chart.workspace;

import java.util.List;

/**
 * Where each tile of a layout goes in a window of a given size, as the workbench's sashes place them: each
 * split shares its length by the workspace's weights (equal parts, and the large tile of {@code 1+3} two
 * thirds wide, when it has none), {@link #GAP} pixels between tiles. Used to draw a whole workspace offscreen
 * ({@code --workspace FILE --snapshot OUT.png}).
 */
public final class TileGeometry {

    /** Pixels between two tiles (the sash). */
    public static final int GAP = 4;

    private TileGeometry() {
    }

    /** The tiles of {@code layout} in a {@code width}×{@code height} window at the first proportions. */
    public static int[][] rects(String layout, int width, int height) {
        return rects(layout, width, height, List.of());
    }

    /**
     * The tiles of {@code layout} in a {@code width}×{@code height} window: {x, y, w, h} each, in tile order.
     * {@code weights} are the splits' weights as {@link Workspace#tileWeights} keeps them (outer split first);
     * ones that do not fit the layout are ignored.
     */
    public static int[][] rects(String layout, int width, int height, List<Integer> weights) {
        Weights w = new Weights(weights);
        return switch (layout) {
            case "1" -> new int[][] {{0, 0, width, height}};
            case "1x2" -> {
                int[][] c = split(0, width, w.next(2, 1, 1));
                yield new int[][] {{c[0][0], 0, c[0][1], height}, {c[1][0], 0, c[1][1], height}};
            }
            case "2x1" -> {
                int[][] r = split(0, height, w.next(2, 1, 1));
                yield new int[][] {{0, r[0][0], width, r[0][1]}, {0, r[1][0], width, r[1][1]}};
            }
            case "2x2" -> {
                int[][] rows = split(0, height, w.next(2, 1, 1));
                int[][] top = split(0, width, w.next(2, 1, 1)), bottom = split(0, width, w.next(2, 1, 1));
                yield new int[][] {{top[0][0], rows[0][0], top[0][1], rows[0][1]}, {top[1][0], rows[0][0], top[1][1], rows[0][1]},
                    {bottom[0][0], rows[1][0], bottom[0][1], rows[1][1]}, {bottom[1][0], rows[1][0], bottom[1][1], rows[1][1]}};
            }
            case "1+3" -> {
                int[][] cols = split(0, width, w.next(2, 2, 1));
                int[][] right = split(0, height, w.next(3, 1, 1, 1));
                yield new int[][] {{cols[0][0], 0, cols[0][1], height}, {cols[1][0], right[0][0], cols[1][1], right[0][1]},
                    {cols[1][0], right[1][0], cols[1][1], right[1][1]}, {cols[1][0], right[2][0], cols[1][1], right[2][1]}};
            }
            default -> throw new IllegalArgumentException("not a layout: '" + layout + "' (1, 1x2, 2x1, 2x2, 1+3)");
        };
    }

    /** {@code length} pixels from {@code start} shared by {@code weights}, GAP between: {start, size} each; the last takes the rest. */
    static int[][] split(int start, int length, int[] weights) {
        long sum = 0;
        for (int w : weights) sum += w;
        int room = length - GAP * (weights.length - 1), at = start;
        int[][] out = new int[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            int size = i == weights.length - 1 ? start + length - at : (int) (room * weights[i] / sum);
            out[i] = new int[] {at, size};
            at += size + GAP;
        }
        return out;
    }

    /** The workspace's weights, split by split; a split they do not cover (or a bad one) takes its defaults. */
    private static final class Weights {
        private final List<Integer> all;
        private int at;
        private boolean fits = true;

        Weights(List<Integer> all) {
            this.all = all;
        }

        int[] next(int n, int... defaults) {
            int[] out = defaults.clone();
            if (fits && at + n <= all.size()) {
                for (int i = 0; i < n; i++) fits &= all.get(at + i) != null && all.get(at + i) > 0;
                if (fits) for (int i = 0; i < n; i++) out[i] = all.get(at + i);
            } else {
                fits = false;
            }
            at += n;
            return fits ? out : defaults.clone();
        }
    }
}
