package org.candela.chart.data;

/**
 * A chart's bars as a thread other than the UI thread reads them (an indicator's lane, a drawing tool's): the
 * chart's own arrays for the bars it has closed — append-only while the reader's generation is current, so they
 * are read without a copy — and a copy of the forming bar, which the UI thread keeps changing. Taken on the
 * thread that owns the bars ({@link #of(BarStore)}), handed over under the reader's lock ({@link #of(BarsSnapshot)}).
 */
public final class BarsSnapshot {

    private long[] time;
    private double[] open, high, low, close, volume;
    private int count;
    private long fTime;
    private double fOpen, fHigh, fLow, fClose, fVolume;

    /** Takes {@code bars} as they are now (on the thread that owns them). */
    public void of(BarStore bars) {
        set(bars.timeArray(), bars.openArray(), bars.highArray(), bars.lowArray(), bars.closeArray(), bars.volumeArray(), bars.size());
        if (count == 0) return;
        int i = count - 1;
        fTime = bars.time(i);
        fOpen = bars.open(i);
        fHigh = bars.high(i);
        fLow = bars.low(i);
        fClose = bars.close(i);
        fVolume = bars.volume(i);
    }

    /** The same bars as {@code b}. */
    public void of(BarsSnapshot b) {
        set(b.time, b.open, b.high, b.low, b.close, b.volume, b.count);
        fTime = b.fTime;
        fOpen = b.fOpen;
        fHigh = b.fHigh;
        fLow = b.fLow;
        fClose = b.fClose;
        fVolume = b.fVolume;
    }

    private void set(long[] t, double[] o, double[] h, double[] l, double[] c, double[] v, int n) {
        time = t;
        open = o;
        high = h;
        low = l;
        close = c;
        volume = v;
        count = n;
    }

    /** Lets go of the chart's arrays. */
    public void clear() {
        set(null, null, null, null, null, null, 0);
    }

    public int size() {
        return count;
    }

    private boolean forming(int i) {
        return i == count - 1;
    }

    public long time(int i) {
        return forming(i) ? fTime : time[i];
    }

    public double open(int i) {
        return forming(i) ? fOpen : open[i];
    }

    public double high(int i) {
        return forming(i) ? fHigh : high[i];
    }

    public double low(int i) {
        return forming(i) ? fLow : low[i];
    }

    public double close(int i) {
        return forming(i) ? fClose : close[i];
    }

    public double volume(int i) {
        return forming(i) ? fVolume : volume[i];
    }

    /** The chart's arrays: valid for the closed bars, {@code 0..size()-2}; the forming bar is read through {@link #close(int)}. */
    public long[] timeArray() {
        return time;
    }

    public double[] openArray() {
        return open;
    }

    public double[] highArray() {
        return high;
    }

    public double[] lowArray() {
        return low;
    }

    public double[] closeArray() {
        return close;
    }

    public double[] volumeArray() {
        return volume;
    }
}
