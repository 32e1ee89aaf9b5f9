package org.candela.chart.model;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.chart.scale.TimeScale;

/**
 * One chart: its bars, the time scale all panes share, the panes (the first is the price pane with the
 * candles, the second the volume pane), the crosshair and the theme. Owned by the UI thread.
 */
public final class ChartModel {

    private final BarStore bars;
    private final long barMillis;
    private final TimeScale timeScale = new TimeScale();
    private final List<Pane> panes = new ArrayList<>();
    private Series main;
    private ChartType chartType = ChartType.CANDLES;
    private Theme theme;
    private String title;
    private String watermark = "";
    private int watermarkColor = 0x18FFFFFF;
    private ZoneId zone = ZoneOffset.UTC;
    private boolean crosshairVisible;
    private CrosshairMode crosshairMode = CrosshairMode.NORMAL;
    private final List<CrosshairListener> crosshairListeners = new ArrayList<>();
    private double crosshairX, crosshairY;

    public ChartModel(String title, BarStore bars, long barMillis, Theme theme) {
        this.title = title;
        this.bars = bars;
        this.barMillis = barMillis;
        this.theme = theme;
        Pane price = new Pane(3);
        main = new CandleSeries(title, bars, theme);
        price.series().add(main);
        panes.add(price);
        Pane volume = new Pane(1);
        volume.setVolumeLabels(true);
        volume.setYLocked(true);
        volume.scale().setMargins(0.1, 0);
        volume.series().add(new VolumeSeries("Vol", bars, theme));
        panes.add(volume);
        timeScale.setBaseIndex(bars.size() - 1);
    }

    public BarStore bars() {
        return bars;
    }

    public long barMillis() {
        return barMillis;
    }

    public TimeScale timeScale() {
        return timeScale;
    }

    public List<Pane> panes() {
        return panes;
    }

    public Pane pricePane() {
        return panes.get(0);
    }

    /** The series that shows the bars in the price pane (candles unless the chart type says otherwise). */
    public Series mainSeries() {
        return main;
    }

    public ChartType chartType() {
        return chartType;
    }

    /** Shows the bars as {@code type}; the indicators and panes stay. */
    public void setChartType(ChartType type) {
        Series next = switch (type) {
            case CANDLES -> new CandleSeries(title, bars, theme);
            case BARS -> new OhlcSeries(title, bars, theme);
            case LINE, STEP -> {
                LineSeries line = new LineSeries(title, bars.closes(), 0xFF2962FF);
                line.setWidth(2);
                line.setStep(type == ChartType.STEP);
                yield line;
            }
            case AREA -> new AreaSeries(title, bars.closes(), 0xFF2962FF, 0x662962FF, 0x052962FF);
            case BASELINE -> new BaselineSeries(title, bars.closes(), 0xFFD1D4DC, Theme.withAlpha(theme.up(), 0x55),
                    Theme.withAlpha(theme.down(), 0x55));
            case HISTOGRAM -> new HistogramSeries(title, bars.closes(), theme.up());
        };
        List<Series> series = pricePane().series();
        series.set(series.indexOf(main), next);
        main = next;
        chartType = type;
    }

    /** Heap bytes of the bars and every series' indexes and columns (the chart's memory, as counted). */
    public long heapBytes() {
        long b = bars.capacityBytes();
        for (Pane p : panes) {
            for (Series s : p.series()) b += s.bytes();
        }
        return b;
    }

    public Theme theme() {
        return theme;
    }

    /** Draws the chart in {@code t} from the next frame on: the bars' and the volume's series take its colours. */
    public void setTheme(Theme t) {
        if (t.equals(theme)) return;
        theme = t;
        setChartType(chartType);
        for (Pane p : panes) {
            List<Series> series = p.series();
            for (int i = 0; i < series.size(); i++) {
                if (series.get(i) instanceof VolumeSeries v) series.set(i, new VolumeSeries(v.title(), bars, t));
            }
        }
    }

    public String title() {
        return title;
    }

    /** A line under the title when the data source is not well (reconnecting, stale, failed); "" when it is. */
    public String notice() {
        return notice;
    }

    public void setNotice(String text) {
        notice = text == null ? "" : text;
    }

    private String notice = "";

    public void setTitle(String t) {
        title = t;
    }

    /** Large faint text in the middle of the price pane ("" for none), as Lightweight Charts' watermark. */
    public void setWatermark(String text, int argb) {
        watermark = text == null ? "" : text;
        watermarkColor = argb;
    }

    public String watermark() {
        return watermark;
    }

    public int watermarkColor() {
        return watermarkColor;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Time zone of the axis labels; data stays in UTC. */
    public void setZone(ZoneId z) {
        zone = z;
    }

    /** Adds a pane at the bottom of the chart. */
    public Pane addPane(double weight) {
        Pane p = new Pane(weight);
        panes.add(p);
        return p;
    }

    /** Moves the pane at {@code from} to index {@code to}; the price pane stays first. */
    public void movePane(int from, int to) {
        if (from == 0 || to == 0) throw new IllegalArgumentException("the price pane stays at the top");
        panes.add(to, panes.remove(from));
    }

    /** Maximises {@code pane} (every other pane collapses), or restores all panes if it already is. */
    public void toggleMaximized(Pane pane) {
        boolean maximized = !pane.collapsed() && panes.stream().filter(p -> p != pane).allMatch(Pane::collapsed);
        for (Pane p : panes) p.setCollapsed(!maximized && p != pane);
    }

    /** Removes a pane other than the price pane. */
    public void removePane(Pane p) {
        if (p == pricePane()) throw new IllegalArgumentException("the price pane cannot be removed");
        panes.remove(p);
    }

    /**
     * Call after bars from index {@code from} on changed or were appended: series refresh their indexes, and
     * the time scale follows a new last bar if the last bar was in view.
     */
    public void barsChanged(int from) {
        for (Pane p : panes) {
            for (Series s : p.series()) s.barsChanged(from);
        }
        if (bars.size() - 1 != timeScale.baseIndex()) timeScale.onBarAppended(bars.size() - 1);
    }

    /** Call after the bars were replaced wholesale (history loaded): shows the latest bars. */
    public void barsReset() {
        for (Pane p : panes) {
            for (Series s : p.series()) s.barsChanged(0);
        }
        timeScale.setBaseIndex(bars.size() - 1);
    }

    public boolean crosshairVisible() {
        return crosshairVisible;
    }

    public double crosshairX() {
        return crosshairX;
    }

    public double crosshairY() {
        return crosshairY;
    }

    /** Puts the crosshair at frame pixel (x, y). */
    public void moveCrosshair(double x, double y) {
        crosshairVisible = true;
        crosshairX = x;
        crosshairY = y;
    }

    public void hideCrosshair() {
        crosshairVisible = false;
    }

    /**
     * The crosshair time of a linked chart: while this chart's own crosshair is hidden, a dashed vertical
     * line marks the bar that holds {@code time}. {@code Long.MIN_VALUE} clears it.
     */
    public void setLinkedTime(long time) {
        linkedTime = time;
    }

    public long linkedTime() {
        return linkedTime;
    }

    private long linkedTime = Long.MIN_VALUE;

    /** The chart's drawings (trend lines, levels…), drawn over the price pane; null for none. */
    public org.candela.chart.drawing.ChartDrawings drawings() {
        return drawings;
    }

    public void setDrawings(org.candela.chart.drawing.ChartDrawings d) {
        drawings = d;
    }

    private org.candela.chart.drawing.ChartDrawings drawings;

    /**
     * Shapes the host puts over the drawings (the lines of alerts on trend lines), in chart coordinates as a
     * tool's are; drawn even when the drawings are hidden, never hit by the drawing editor. Null for none.
     */
    public org.candela.chart.drawing.Shapes overlay() {
        return overlay;
    }

    public void setOverlay(org.candela.chart.drawing.Shapes shapes) {
        overlay = shapes;
    }

    private org.candela.chart.drawing.Shapes overlay;

    public CrosshairMode crosshairMode() {
        return crosshairMode;
    }

    public void setCrosshairMode(CrosshairMode mode) {
        crosshairMode = mode;
    }

    public void addCrosshairListener(CrosshairListener l) {
        crosshairListeners.add(l);
    }

    public void removeCrosshairListener(CrosshairListener l) {
        crosshairListeners.remove(l);
    }

    /** The crosshair listeners, for the interaction that fires them. */
    public List<CrosshairListener> crosshairListeners() {
        return crosshairListeners;
    }
}
