package org.candela.chart.drawing;

import org.candela.chart.data.BarStore;
import org.candela.chart.data.BarsSnapshot;
import org.candela.drawing.api.ChartData;

/**
 * A chart's bars as a drawing tool reads them ({@link ChartData}): a {@link BarsSnapshot} — the chart's own
 * arrays for the bars it has closed and a copy of the forming bar — with the chart's bar length and decimals. An
 * index outside the bars is an error the tool sees, never a read of the arrays' spare capacity.
 */
final class BarsData implements ChartData {

    private final BarsSnapshot bars = new BarsSnapshot();
    private long barMillis;
    private int decimals = 2;

    /** Reads {@code chart} as it is now (the thread that owns it calls this). */
    void of(BarStore chart, long barMillis, int decimals) {
        bars.of(chart);
        this.barMillis = barMillis;
        this.decimals = decimals;
    }

    private int checked(int i) {
        if (i < 0 || i >= bars.size()) throw new IndexOutOfBoundsException("bar " + i + " of " + bars.size());
        return i;
    }

    @Override
    public int size() {
        return bars.size();
    }

    @Override
    public long time(int i) {
        return bars.time(checked(i));
    }

    @Override
    public double open(int i) {
        return bars.open(checked(i));
    }

    @Override
    public double high(int i) {
        return bars.high(checked(i));
    }

    @Override
    public double low(int i) {
        return bars.low(checked(i));
    }

    @Override
    public double close(int i) {
        return bars.close(checked(i));
    }

    @Override
    public int priceDecimals() {
        return decimals;
    }

    @Override
    public long barMillis() {
        return barMillis;
    }

    @Override
    public int indexAt(long t) {
        int count = bars.size();
        if (count == 0 || t < time(0)) return -1;
        if (t >= time(count - 1)) return count - 1;
        long[] time = bars.timeArray();
        int lo = 0, hi = count - 2; // the last closed bar at or before t
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (time[mid] <= t) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
