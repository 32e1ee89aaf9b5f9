package org.candela.chart.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.live.LiveBuffer;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Theme;
import org.junit.jupiter.api.Test;

class ChartViewTest {

    private static final long M = 60_000;
    private static final TextMeasure TEXT = TextMeasure.monospace(7, 14);

    /** 10,000 bars that fall from 60,000 to 30,000, then a quiet last stretch around 30,000. */
    private static ChartModel trendingThenQuiet() {
        BarStore s = new BarStore();
        for (int i = 0; i < 10_000; i++) {
            double p = i < 9_000 ? 60_000 - i * 30_000.0 / 9_000 : 30_000 + Math.sin(i) * 5;
            s.append(i * M, p, p + 3, p - 3, p + 1, 1);
        }
        ChartModel m = new ChartModel("BTC/USD", s, M, Theme.DARK);
        m.barsReset();
        return m;
    }

    @Test
    void formingCandleSmallMovesStayVisible() {
        ChartModel m = trendingThenQuiet();
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1200, 800, list);
        var scale = m.pricePane().scale();
        assertTrue(scale.max() - scale.min() < 20, "autoscale covers the visible bars only: " + scale.min() + ".." + scale.max());

        // a forming candle moving by 0.01% (3 dollars at 30,000)
        LiveBuffer live = new LiveBuffer(M, () -> { });
        BarStore bars = m.bars();
        long t = bars.lastTime() + M;
        live.onTrade(t, 30_000, 1);
        live.onTrade(t + 1000, 30_003, 1);
        live.drainInto(bars);
        m.barsChanged(bars.size() - 1);
        view.build(1200, 800, list);
        double body = scale.priceToY(30_000) - scale.priceToY(30_003);
        assertTrue(body >= 50, "a 3-dollar move is at least 50 px tall, was " + body);
    }

    @Test
    void liveTicksNeverMoveTheTimeAxis() {
        ChartModel m = trendingThenQuiet();
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1200, 800, list);
        int from = view.visibleFrom(), to = view.visibleTo();
        LiveBuffer live = new LiveBuffer(M, () -> { });
        long last = m.bars().lastTime();
        for (int i = 0; i < 20; i++) live.onTrade(last + i * 100, 30_000 + i, 1);
        m.barsChanged(live.drainInto(m.bars()));
        view.build(1200, 800, list);
        assertEquals(from, view.visibleFrom());
        assertEquals(to, view.visibleTo());
    }

    @Test
    void onlyVisibleBarsAreConverted() {
        ChartModel m = trendingThenQuiet();
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1200, 800, list);
        int visible = view.visibleTo() - view.visibleFrom() + 1;
        assertTrue(visible < 200, "about plot width / bar spacing bars: " + visible);
        assertTrue(list.primitiveCount() < 2_000, "primitives bounded by what is on screen: " + list.primitiveCount());
    }

    @Test
    void panesShareTheHeightByWeightAboveTheTimeAxis() {
        ChartModel m = trendingThenQuiet();
        ChartView view = new ChartView(m, TEXT);
        view.build(1000, 827, new DrawList());
        Layout l = view.layout();
        assertEquals(2, l.paneCount());
        assertEquals(0, l.paneTop(0));
        assertEquals(l.paneTop(0) + l.paneHeight(0) + 1, l.paneTop(1), "one-pixel separator");
        assertEquals(l.timeAxisTop(), l.paneTop(1) + l.paneHeight(1), "the last pane ends at the time axis");
        assertEquals(3.0, (double) l.paneHeight(0) / l.paneHeight(1), 0.05, "weights 3:1");
        assertEquals(l.plotWidth() + l.axisWidth(), 1000);
    }

    /**
     * An indicator pane of tiny values (a MACD of EUR/USD moves about 0.0001) labels its axis and its legend
     * with the decimals its values need, not 0.00; the price pane keeps the instrument's decimals.
     */
    @Test
    void anIndicatorPaneOfTinyValuesShowsTheDecimalsTheyNeed() {
        ChartModel m = trendingThenQuiet();
        m.pricePane().setDecimals(2);
        var values = new org.candela.chart.data.DoubleColumn(m.bars().size());
        for (int i = 0; i < m.bars().size(); i++) values.set(i, 0.00012 * Math.sin(i / 7.0));
        var pane = m.addPane(1);
        pane.series().add(new org.candela.chart.model.LineSeries("MACD", values, 0xFF2962FF));
        DrawList list = new DrawList();
        new ChartView(m, TEXT).build(1200, 800, list);
        assertTrue(pane.decimals() >= 5, "decimals " + pane.decimals());
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < list.layerCount(); i++) {
            var t = list.layer(i).texts;
            for (int k = 0; k < t.count(); k++) texts.add(t.text(k));
        }
        double last = values.get(m.bars().size() - 1);
        String shown = org.candela.chart.scale.PriceFormat.price(last, pane.decimals());
        assertTrue(Math.abs(Double.parseDouble(shown.replace('\u2212', '-')) - last) < 5e-6, shown + " for " + last);
        assertTrue(texts.contains(shown), "the legend and tag show " + shown + ": " + texts);
        assertTrue(texts.stream().noneMatch(x -> x.equals("0.00") || x.equals("\u22120.00")), "no label rounds to 0.00: " + texts);
        assertEquals(2, m.pricePane().decimals(), "the price pane keeps the instrument's decimals");
    }

    /** In both themes the chart's title and the day labels of the time axis stand out from the background. */
    @Test
    void theTitleAndTheDaysAreLegibleInBothThemes() {
        for (Theme theme : new Theme[] {Theme.DARK, Theme.LIGHT}) {
            ChartModel m = trendingThenQuiet(); // 10,000 minutes: about seven days on the axis
            m.setTheme(theme);
            DrawList list = new DrawList();
            ChartView view = new ChartView(m, TEXT);
            view.build(1200, 800, list);
            m.timeScale().fitContent(m.bars().size());
            view.build(1200, 800, list);
            int checked = 0;
            for (int i = 0; i < list.layerCount(); i++) {
                var t = list.layer(i).texts;
                for (int k = 0; k < t.count(); k++) {
                    boolean day = t.text(k).matches("\\d{1,2}") && t.y(k) > view.layout().timeAxisTop();
                    if (!t.text(k).equals("BTC/USD") && !day) continue;
                    checked++;
                    assertTrue(contrast(t.color(k), theme.background()) > 150, theme.name() + ": '" + t.text(k) + "' in "
                            + Integer.toHexString(t.color(k)) + " on " + Integer.toHexString(theme.background()));
                }
            }
            assertTrue(checked >= 3, theme.name() + ": the title and some days, " + checked);
        }
    }

    /** The largest difference of one colour channel. */
    private static int contrast(int a, int b) {
        int most = 0;
        for (int sh = 0; sh <= 16; sh += 8) most = Math.max(most, Math.abs(((a >> sh) & 255) - ((b >> sh) & 255)));
        return most;
    }

    @Test
    void theEmptyChartSaysSo() {
        ChartModel m = new ChartModel("X", new BarStore(), M, Theme.DARK);
        DrawList list = new DrawList();
        new ChartView(m, TEXT).build(400, 300, list);
        boolean said = false;
        for (int i = 0; i < list.layerCount(); i++) {
            var texts = list.layer(i).texts;
            for (int k = 0; k < texts.count(); k++) said |= texts.text(k).equals("No data");
        }
        assertTrue(said);
    }

    @Test
    void pricesFollowTheMinMoveOrACustomFormatter() {
        ChartModel m = trendingThenQuiet();
        var pane = m.pricePane();
        pane.setMinMove(0.25);
        assertEquals("30000.25", PriceAxisView.format(pane, 30_000.3));
        pane.setMinMove(0.5);
        assertEquals("30000.5", PriceAxisView.format(pane, 30_000.3));
        pane.setFormatter(p -> String.format(java.util.Locale.ROOT, "$%,.0f", p));
        assertEquals("$30,000", PriceAxisView.format(pane, 30_000.3));
    }

    @Test
    void anOverlayScaleFollowsItsOwnSeriesWithoutMovingThePriceScale() {
        ChartModel m = trendingThenQuiet();
        BarStore bars = m.bars();
        org.candela.chart.data.DoubleColumn volume = new org.candela.chart.data.DoubleColumn(bars.size());
        for (int i = 0; i < bars.size(); i++) volume.set(i, 1_000 + i % 100);
        var overlay = new org.candela.chart.model.HistogramSeries("Vol", volume, 0x8026A69A);
        overlay.setPriceScaleId("volume");
        m.pricePane().series().add(overlay);
        m.pricePane().overlayScale("volume").setMargins(0.7, 0);
        ChartView view = new ChartView(m, TEXT);
        view.build(1200, 800, new DrawList());
        var price = m.pricePane().scale();
        assertTrue(price.max() - price.min() < 20, "the price scale ignores the overlay: " + price.min() + ".." + price.max());
        var vol = m.pricePane().overlayScale("volume");
        assertEquals(0, vol.min(), 1e-9, "a histogram's range includes its base");
        assertEquals(1_099, vol.max(), 1e-9);
        assertEquals(0.7 * vol.height(), vol.priceToY(1_099), 1e-9, "its top sits at 70% of the pane");
    }

    @Test
    void aCursorFrameKeepsTheSeriesLayersAndMatchesAFullFrame() {
        ChartModel m = trendingThenQuiet();
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        m.moveCrosshair(300, 200);
        view.build(1200, 800, list);
        var candles = list.layer(1);
        int candleQuads = candles.quads.count();
        m.moveCrosshair(700, 250);
        view.buildCursor(list);
        assertTrue(list.layer(1) == candles && candles.quads.count() == candleQuads, "series layers kept as they were");

        ChartView fresh = new ChartView(m, TEXT);
        DrawList full = new DrawList();
        fresh.build(1200, 800, full);
        assertEquals(full.layerCount(), list.layerCount());
        assertEquals(full.primitiveCount(), list.primitiveCount(), "the same frame as a full build");
        var top = list.layer(list.layerCount() - 1).texts;
        var expected = full.layer(full.layerCount() - 1).texts;
        assertEquals(expected.count(), top.count());
        for (int i = 0; i < top.count(); i++) assertEquals(expected.text(i), top.text(i));
    }

    @Test
    void aLinkedChartsCrosshairTimeIsAVerticalLineAtTheBarHoldingIt() {
        ChartModel m = trendingThenQuiet();
        ChartView view = new ChartView(m, TEXT);
        DrawList plain = new DrawList();
        view.build(1200, 800, plain);
        var plainTexts = plain.layer(plain.layerCount() - 1).texts;
        int before = plainTexts.count();

        m.setLinkedTime(9_990 * M + 30_000); // half a minute into bar 9,990
        DrawList linked = new DrawList();
        view.build(1200, 800, linked);
        var texts = linked.layer(linked.layerCount() - 1).texts;
        assertEquals(before + 1, texts.count(), "one time label more");
        float x = (float) Math.floor(m.timeScale().indexToX(9_990));
        boolean found = false;
        for (int k = 0; k < texts.count(); k++) {
            boolean isNew = k >= plainTexts.count() || !texts.text(k).equals(plainTexts.text(k));
            if (isNew) found |= Math.abs(texts.x(k) - (view.layout().plotLeft() + x)) <= 1; // centred on the line
        }
        assertTrue(found, "the label sits at the bar's x");
        assertTrue(linked.primitiveCount() > plain.primitiveCount(), "and the dashed line is drawn");

        m.moveCrosshair(300, 200); // the chart's own crosshair wins
        DrawList own = new DrawList();
        view.build(1200, 800, own);
        m.hideCrosshair();
        m.setLinkedTime(Long.MIN_VALUE);
        DrawList cleared = new DrawList();
        view.build(1200, 800, cleared);
        assertEquals(plain.primitiveCount(), cleared.primitiveCount(), "cleared: nothing more than before");
    }
}
