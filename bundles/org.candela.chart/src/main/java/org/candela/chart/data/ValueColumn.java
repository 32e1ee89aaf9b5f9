package org.candela.chart.data;

/**
 * A column of values aligned with bar indexes, NaN where missing: an indicator output
 * ({@link DoubleColumn}) or a view of the bars ({@link BarStore#closes()}).
 */
public interface ValueColumn {

    int size();

    /** The value at {@code i}, NaN when missing or out of range. */
    double get(int i);

    /** The column as a min/max index source. */
    MinMaxIndex.Source source();

    /**
     * The lowest index written since the last call ({@code Integer.MAX_VALUE} if none), then forgets it.
     * Views of the bars report nothing here: their changes arrive through {@code barsChanged}.
     */
    default int takeLowestWrite() {
        return Integer.MAX_VALUE;
    }

    /** Heap bytes the column itself holds (0 for views). */
    default long capacityBytes() {
        return 0;
    }
}
