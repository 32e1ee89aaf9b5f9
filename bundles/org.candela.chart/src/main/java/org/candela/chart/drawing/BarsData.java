package org.candela.chart.drawing;

import org.candela.chart.data.BarStore;
import org.candela.drawing.api.ChartData;

/**
 * A chart's bars as a drawing tool reads them: the chart's own arrays for the bars it has closed (append-only
 * while a generation of the lane is current) and a copy of the forming bar, which the UI thread keeps changing.
 */
final class BarsData implements ChartData {

    private long[] time;
    private double[] open, high, low, close;
    private int count;
    private long barMillis;
    private int decimals = 2;
    private long fTime;
    private double fOpen, fHigh, fLow, fClose;

    /** Reads {@code bars} as they are now (the thread that owns them calls this). */
    void of(BarStore bars, long barMillis, int decimals) {
        this.decimals = decimals;
        time = bars.timeArray();
        open = bars.openArray();
        high = bars.highArray();
        low = bars.lowArray();
        close = bars.closeArray();
        count = bars.size();
        this.barMillis = barMillis;
        if (count == 0) return;
        int i = count - 1;
        fTime = bars.time(i);
        fOpen = bars.open(i);
        fHigh = bars.high(i);
        fLow = bars.low(i);
        fClose = bars.close(i);
    }

    private boolean forming(int i) {
        if (i < 0 || i >= count) throw new IndexOutOfBoundsException("bar " + i + " of " + count);
        return i == count - 1;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public long time(int i) {
        return forming(i) ? fTime : time[i];
    }

    @Override
    public double open(int i) {
        return forming(i) ? fOpen : open[i];
    }

    @Override
    public double high(int i) {
        return forming(i) ? fHigh : high[i];
    }

    @Override
    public double low(int i) {
        return forming(i) ? fLow : low[i];
    }

    @Override
    public double close(int i) {
        return forming(i) ? fClose : close[i];
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
        if (count == 0 || t < time(0)) return -1;
        if (t >= time(count - 1)) return count - 1;
        int lo = 0, hi = count - 2; // the last closed bar at or before t
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (time[mid] <= t) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
