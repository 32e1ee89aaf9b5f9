package org.candela.chart.drawing;

import java.util.Arrays;
import org.candela.chart.data.BarStore;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.ShapeSink;

/**
 * The shapes of one drawing as its tool made them, in chart coordinates (times, prices), in primitive arrays:
 * what the view turns into pixels at every frame and what a click is tested against. Written by one thread
 * (the drawing lane), then published and only read.
 */
public final class Shapes implements ShapeSink {

    /**
     * Line flags: extended to the left or right; straight in price or in log price whatever scale shows it (an
     * alert's line: where it fires). A line with neither is straight on the screen in every scale, as a drawing.
     */
    public static final int EXTEND_LEFT = 1, EXTEND_RIGHT = 2, IN_PRICE = 4, IN_LOG_PRICE = 8;

    private int lines;
    private long[] lineTimes = new long[8];
    private double[] linePrices = new double[8];
    private int[] lineColors = new int[4], lineWidths = new int[4], lineFlags = new int[4];
    private LineStyle[] lineStyles = new LineStyle[4];

    private int verticals;
    private long[] verticalTimes = new long[2];
    private int[] verticalColors = new int[2], verticalWidths = new int[2];
    private LineStyle[] verticalStyles = new LineStyle[2];

    private int bands;
    private long[] bandTimes = new long[4];
    private double[] bandPrices = new double[8];
    private int[] bandColors = new int[2];

    private int texts;
    private long[] textTimes = new long[2];
    private double[] textPrices = new double[2];
    private String[] textStrings = new String[2];
    private int[] textColors = new int[2];
    private Align[] textAligns = new Align[2];

    /**
     * The extent of the shapes in time and price, for the view to skip a drawing that is nowhere near it. A line
     * extended left or right reaches any earlier or later time (and, sloped, any price); a horizontal one keeps
     * its price; a vertical line reaches any price at its time.
     */
    private long minTime = Long.MAX_VALUE, maxTime = Long.MIN_VALUE;
    private double minPrice = Double.POSITIVE_INFINITY, maxPrice = Double.NEGATIVE_INFINITY;

    private void extent(long t, double p) {
        minTime = Math.min(minTime, t);
        maxTime = Math.max(maxTime, t);
        minPrice = Math.min(minPrice, p);
        maxPrice = Math.max(maxPrice, p);
    }

    /**
     * Whether any shape may show in the times {@code from..to} and prices {@code low..high}: false only when all
     * of them lie outside (a line extended to the edge, or a vertical line, may reach anywhere).
     */
    public boolean mayShow(long from, long to, double low, double high) {
        if (minTime > maxTime) return false; // no shape
        return maxTime >= from && minTime <= to && maxPrice >= low && minPrice <= high;
    }

    @Override
    public void line(long t1, double p1, long t2, double p2, int argb, int width, LineStyle style, boolean extendLeft, boolean extendRight) {
        line(t1, p1, t2, p2, argb, width, style, extendLeft, extendRight, 0);
    }

    /**
     * A line straight in price, or with {@code log} (prices above 0) in log price, in every scale: an alert's
     * line, shown where the alert fires — a log scale shows a line straight in price as a curve, and a linear one
     * a line straight in log price.
     */
    public void priceLine(long t1, double p1, long t2, double p2, int argb, int width, LineStyle style, boolean log) {
        line(t1, p1, t2, p2, argb, width, style, true, true, log && p1 > 0 && p2 > 0 ? IN_LOG_PRICE : IN_PRICE);
    }

    private void line(long t1, double p1, long t2, double p2, int argb, int width, LineStyle style, boolean extendLeft, boolean extendRight,
            int path) {
        extent(t1, p1);
        extent(t2, p2);
        if (extendLeft) minTime = Long.MIN_VALUE;
        if (extendRight) maxTime = Long.MAX_VALUE;
        if ((extendLeft || extendRight) && p1 != p2) { // sloped, it reaches any price
            minPrice = Double.NEGATIVE_INFINITY;
            maxPrice = Double.POSITIVE_INFINITY;
        }
        if (lines == lineColors.length) {
            int n = lines * 2;
            lineTimes = Arrays.copyOf(lineTimes, 2 * n);
            linePrices = Arrays.copyOf(linePrices, 2 * n);
            lineColors = Arrays.copyOf(lineColors, n);
            lineWidths = Arrays.copyOf(lineWidths, n);
            lineFlags = Arrays.copyOf(lineFlags, n);
            lineStyles = Arrays.copyOf(lineStyles, n);
        }
        lineTimes[2 * lines] = t1;
        lineTimes[2 * lines + 1] = t2;
        linePrices[2 * lines] = finite(p1);
        linePrices[2 * lines + 1] = finite(p2);
        lineColors[lines] = argb;
        lineWidths[lines] = Math.max(1, Math.min(10, width));
        lineStyles[lines] = style == null ? LineStyle.SOLID : style;
        lineFlags[lines] = (extendLeft ? EXTEND_LEFT : 0) | (extendRight ? EXTEND_RIGHT : 0) | path;
        lines++;
    }

    @Override
    public void vertical(long time, int argb, int width, LineStyle style) {
        minTime = Math.min(minTime, time);
        maxTime = Math.max(maxTime, time);
        minPrice = Double.NEGATIVE_INFINITY;
        maxPrice = Double.POSITIVE_INFINITY;
        if (verticals == verticalTimes.length) {
            int n = verticals * 2;
            verticalTimes = Arrays.copyOf(verticalTimes, n);
            verticalColors = Arrays.copyOf(verticalColors, n);
            verticalWidths = Arrays.copyOf(verticalWidths, n);
            verticalStyles = Arrays.copyOf(verticalStyles, n);
        }
        verticalTimes[verticals] = time;
        verticalColors[verticals] = argb;
        verticalWidths[verticals] = Math.max(1, Math.min(10, width));
        verticalStyles[verticals] = style == null ? LineStyle.SOLID : style;
        verticals++;
    }

    @Override
    public void band(long t1, double top1, double bottom1, long t2, double top2, double bottom2, int argb) {
        extent(t1, top1);
        extent(t1, bottom1);
        extent(t2, top2);
        extent(t2, bottom2);
        if (bands == bandColors.length) {
            int n = bands * 2;
            bandTimes = Arrays.copyOf(bandTimes, 2 * n);
            bandPrices = Arrays.copyOf(bandPrices, 4 * n);
            bandColors = Arrays.copyOf(bandColors, n);
        }
        bandTimes[2 * bands] = t1;
        bandTimes[2 * bands + 1] = t2;
        bandPrices[4 * bands] = finite(top1);
        bandPrices[4 * bands + 1] = finite(bottom1);
        bandPrices[4 * bands + 2] = finite(top2);
        bandPrices[4 * bands + 3] = finite(bottom2);
        bandColors[bands] = argb;
        bands++;
    }

    @Override
    public void text(long time, double price, String text, int argb, Align align) {
        extent(time, price);
        if (texts == textTimes.length) {
            int n = texts * 2;
            textTimes = Arrays.copyOf(textTimes, n);
            textPrices = Arrays.copyOf(textPrices, n);
            textStrings = Arrays.copyOf(textStrings, n);
            textColors = Arrays.copyOf(textColors, n);
            textAligns = Arrays.copyOf(textAligns, n);
        }
        textTimes[texts] = time;
        textPrices[texts] = finite(price);
        textStrings[texts] = text == null ? "" : text;
        textColors[texts] = argb;
        textAligns[texts] = align == null ? Align.CENTER : align;
        texts++;
    }

    public int lines() {
        return lines;
    }

    /** The time of line {@code i}'s point {@code k} (0 or 1). */
    public long lineTime(int i, int k) {
        return lineTimes[2 * i + k];
    }

    public double linePrice(int i, int k) {
        return linePrices[2 * i + k];
    }

    public int lineColor(int i) {
        return lineColors[i];
    }

    public int lineWidth(int i) {
        return lineWidths[i];
    }

    public LineStyle lineStyle(int i) {
        return lineStyles[i];
    }

    /** {@link #EXTEND_LEFT}, {@link #EXTEND_RIGHT}, {@link #IN_PRICE} and {@link #IN_LOG_PRICE}. */
    public int lineFlags(int i) {
        return lineFlags[i];
    }

    public int verticals() {
        return verticals;
    }

    public long verticalTime(int i) {
        return verticalTimes[i];
    }

    public int verticalColor(int i) {
        return verticalColors[i];
    }

    public int verticalWidth(int i) {
        return verticalWidths[i];
    }

    public LineStyle verticalStyle(int i) {
        return verticalStyles[i];
    }

    public int bands() {
        return bands;
    }

    /** The time of band {@code i}'s side {@code k} (0 or 1). */
    public long bandTime(int i, int k) {
        return bandTimes[2 * i + k];
    }

    /** Band {@code i}'s prices: 0 top and 1 bottom at its first time, 2 top and 3 bottom at its second. */
    public double bandPrice(int i, int k) {
        return bandPrices[4 * i + k];
    }

    public int bandColor(int i) {
        return bandColors[i];
    }

    public int texts() {
        return texts;
    }

    public long textTime(int i) {
        return textTimes[i];
    }

    public double textPrice(int i) {
        return textPrices[i];
    }

    public String textString(int i) {
        return textStrings[i];
    }

    public int textColor(int i) {
        return textColors[i];
    }

    public Align textAlign(int i) {
        return textAligns[i];
    }

    /**
     * Where the shapes' times stand among the bars, as {@link BarStore#position} gives them: lines' points, then
     * bands' sides, verticals and texts. Worked out by {@link #place} on the UI thread and kept while the bars'
     * times hold, so a frame finds a time's x without a search.
     */
    private double[] positions = new double[0];
    private BarStore placedOn;
    private long placedAt, placedMillis;

    /**
     * Works out where every time of these shapes stands among {@code bars}, unless it did already for these bars
     * as they are now (their {@link BarStore#timesChanged} count); then {@link #linePosition} and the like answer
     * without a search. For the view, on the thread that changes the bars (the UI thread); the bars must not be
     * empty.
     */
    public void place(BarStore bars, long barMillis) {
        if (bars == placedOn && bars.timesChanged() == placedAt && barMillis == placedMillis) return;
        int n = 2 * lines + 2 * bands + verticals + texts;
        if (positions.length < n) positions = new double[n];
        int o = 0;
        for (int k = 0; k < 2 * lines; k++) positions[o++] = bars.position(lineTimes[k], barMillis);
        for (int k = 0; k < 2 * bands; k++) positions[o++] = bars.position(bandTimes[k], barMillis);
        for (int k = 0; k < verticals; k++) positions[o++] = bars.position(verticalTimes[k], barMillis);
        for (int k = 0; k < texts; k++) positions[o++] = bars.position(textTimes[k], barMillis);
        placedOn = bars;
        placedAt = bars.timesChanged();
        placedMillis = barMillis;
    }

    /** Where line {@code i}'s point {@code k} stands among the bars (a fractional index), as last {@link #place placed}. */
    public double linePosition(int i, int k) {
        return positions[2 * i + k];
    }

    /** Where band {@code i}'s side {@code k} stands among the bars, as last {@link #place placed}. */
    public double bandPosition(int i, int k) {
        return positions[2 * lines + 2 * i + k];
    }

    /** Where vertical {@code i} stands among the bars, as last {@link #place placed}. */
    public double verticalPosition(int i) {
        return positions[2 * lines + 2 * bands + i];
    }

    /** Where text {@code i} stands among the bars, as last {@link #place placed}. */
    public double textPosition(int i) {
        return positions[2 * lines + 2 * bands + verticals + i];
    }

    /** A tool's NaN or infinity would poison the scale: it is refused where it is made. */
    private static double finite(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("a shape's price must be a number, was " + v);
        return v;
    }
}
