package org.candela.chart.model;

import java.util.ArrayList;
import java.util.List;
import org.candela.chart.scale.PriceScale;

/**
 * A horizontal band of the chart with its own price scale. All panes share the chart's time scale. The
 * main pane autoscales; an indicator pane is Y-locked: it autoscales or keeps a fixed range, with levels.
 */
public final class Pane {

    /** The id of the pane's own price scale, shown on the right axis. */
    public static final String RIGHT = "right";
    /** The id of the scale shown on the left axis (made when a series asks for it). */
    public static final String LEFT = "left";

    private final List<Series> series = new ArrayList<>();
    private final PriceScale scale = new PriceScale();
    private double weight;
    private double fixedMin = Double.NaN, fixedMax = Double.NaN;
    private double[] levels = new double[0];
    private boolean volumeLabels;
    private boolean autoScale = true;
    private boolean leftAutoScale = true;
    private final List<PriceLine> priceLines = new ArrayList<>();
    private final java.util.Map<String, PriceScale> overlays = new java.util.LinkedHashMap<>();
    private boolean yLocked;
    private boolean collapsed;
    private int decimals = 2;
    private double minMove = Double.NaN;
    private java.util.function.DoubleFunction<String> formatter;

    public Pane(double weight) {
        this.weight = weight;
    }

    public List<Series> series() {
        return series;
    }

    public PriceScale scale() {
        return scale;
    }

    /** Relative height: panes share the chart height in proportion to their weights. */
    public double weight() {
        return weight;
    }

    public void setWeight(double w) {
        weight = w;
    }

    /** Keeps the value range at [min, max] instead of autoscaling (RSI 0–100). */
    public void setFixedRange(double min, double max) {
        fixedMin = min;
        fixedMax = max;
    }

    public boolean hasFixedRange() {
        return !Double.isNaN(fixedMin);
    }

    public double fixedMin() {
        return fixedMin;
    }

    public double fixedMax() {
        return fixedMax;
    }

    /** The scale of {@code series}: the pane's own, or its overlay scale (made on first use). */
    public PriceScale scaleFor(Series series) {
        return series.priceScaleId().equals(RIGHT) ? scale : overlayScale(series.priceScaleId());
    }

    /** The overlay scale with this id (made on first use); set its margins to place its series. */
    public PriceScale overlayScale(String id) {
        if (id.equals(RIGHT)) return scale;
        return overlays.computeIfAbsent(id, k -> new PriceScale());
    }

    /** True when a series of this pane is drawn against the left scale. */
    public boolean usesLeftScale() {
        for (Series s : series) if (s.priceScaleId().equals(LEFT)) return true;
        return false;
    }

    /** The overlay scales in use, by id (the left scale among them). */
    public java.util.Map<String, PriceScale> overlayScales() {
        return overlays;
    }

    public List<PriceLine> priceLines() {
        return priceLines;
    }

    public void addPriceLine(PriceLine line) {
        priceLines.add(line);
    }

    public boolean removePriceLine(PriceLine line) {
        return priceLines.remove(line);
    }

    /** True while the range follows the visible data; dragging or scaling the price axis turns it off. */
    public boolean autoScale() {
        return autoScale;
    }

    public void setAutoScale(boolean on) {
        autoScale = on;
    }

    /** A collapsed pane keeps only a strip for its legend. */
    public boolean collapsed() {
        return collapsed;
    }

    public void setCollapsed(boolean c) {
        collapsed = c;
    }

    /** True while the left scale follows its series; dragging the left axis turns it off. */
    public boolean leftAutoScale() {
        return leftAutoScale;
    }

    public void setLeftAutoScale(boolean on) {
        leftAutoScale = on;
    }

    /** Indicator panes are Y-locked: the user cannot pan or scale them vertically. */
    public boolean yLocked() {
        return yLocked;
    }

    public void setYLocked(boolean locked) {
        yLocked = locked;
    }

    public double[] levels() {
        return levels;
    }

    public void setLevels(double... values) {
        levels = values.clone();
    }

    /** Axis labels as volumes (1.2K, 3.4M) instead of prices. */
    public boolean volumeLabels() {
        return volumeLabels;
    }

    public void setVolumeLabels(boolean v) {
        volumeLabels = v;
    }

    /**
     * The price format of the instrument: prices are shown as multiples of {@code minMove} (0.01, 0.25,
     * 0.5, 0.00001), with the decimals it needs.
     */
    public void setMinMove(double move) {
        if (!(move > 0)) throw new IllegalArgumentException("min move must be positive: " + move);
        minMove = move;
        decimals = org.candela.chart.scale.NiceSteps.decimals(move);
        fixedDecimals = true;
    }

    /** The min move, or NaN when prices are only rounded to {@link #decimals()}. */
    public double minMove() {
        return minMove;
    }

    /** A custom price formatter for this pane's axis, tags and legend (null for the default). */
    public void setFormatter(java.util.function.DoubleFunction<String> f) {
        formatter = f;
    }

    public java.util.function.DoubleFunction<String> formatter() {
        return formatter;
    }

    /**
     * Decimals of the labels, tags and legend values in this pane: the instrument's when they were set
     * ({@link #setDecimals}, {@link #setMinMove}); otherwise at least 2, and as many as the axis' step needs, so
     * an indicator of tiny values (a MACD of EUR/USD, about 0.0001) is not shown as 0.00.
     */
    public int decimals() {
        return fixedDecimals ? decimals : Math.max(decimals, stepDecimals);
    }

    /** The instrument's decimals: labels show exactly these. */
    public void setDecimals(int d) {
        decimals = d;
        fixedDecimals = true;
    }

    /** The decimals the axis' tick step needs now (the view sets it as it lays the pane out). */
    public void setStepDecimals(int d) {
        stepDecimals = Math.max(0, Math.min(8, d));
    }

    private boolean fixedDecimals;
    private int stepDecimals;
}
