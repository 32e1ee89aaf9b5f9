package org.candela.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Theme;
import org.candela.chart.view.ChartView;
import org.junit.jupiter.api.Test;

/** Renders a known series offscreen and checks pixels where the model says bodies and wicks are. */
class CandlePixelsTest extends OffscreenTest {

    /** 40 bars alternating up and down around 100, with long wicks. */
    private static ChartModel model() {
        BarStore bars = new BarStore();
        for (int i = 0; i < 40; i++) {
            double base = 100 + i * 0.5;
            boolean up = i % 2 == 0;
            double open = up ? base : base + 2, close = up ? base + 2 : base;
            bars.append(60_000L * i, open, base + 4, base - 2, close, 10 + i);
        }
        ChartModel m = new ChartModel("TEST", bars, 60_000, Theme.DARK);
        m.barsReset();
        m.timeScale().setBarSpacing(12);
        m.timeScale().setRightOffset(2);
        return m;
    }

    @Test
    void bodiesAndWicksArePaintedWhereTheModelPutsThem() throws Exception {
        ChartModel m = model();
        ChartView view = new ChartView(m, atlas);
        DrawList list = new DrawList();
        view.build(W, H, list);
        canvas.render(list);
        canvas.writePng(Path.of("target/candle-pixels.png"));

        Pane price = m.pricePane();
        int top = view.layout().paneTop(0);
        for (int i : new int[] {30, 31, 38, 39}) {
            BarStore b = m.bars();
            int x = (int) Math.floor(m.timeScale().indexToX(i));
            int bodyTop = (int) (top + price.scale().priceToY(Math.max(b.open(i), b.close(i))));
            int bodyBottom = (int) (top + price.scale().priceToY(Math.min(b.open(i), b.close(i))));
            int high = (int) (top + price.scale().priceToY(b.high(i)));
            int expected = b.close(i) >= b.open(i) ? Theme.DARK.up() : Theme.DARK.down();
            int mid = (bodyTop + bodyBottom) / 2;
            assertColor(expected, canvas.argb(x, mid), "body centre of bar " + i);
            assertColor(expected, canvas.argb(x - 3, mid), "body left of centre, bar " + i);
            assertColor(expected, canvas.argb(x, (high + bodyTop) / 2), "upper wick of bar " + i);
            assertColor(Theme.DARK.background(), canvas.argb(x - 3, (high + bodyTop) / 2 - 1),
                    "beside the wick of bar " + i);
        }
        int volumeTop = view.layout().paneTop(1), volumeBottom = volumeTop + view.layout().paneHeight(1);
        int x = (int) Math.floor(m.timeScale().indexToX(39));
        int volumeColor = canvas.argb(x, volumeBottom - 2);
        assertTrue(((volumeColor >> 16) & 255) > 0x30, "the down volume bar is reddish: " + Integer.toHexString(volumeColor));
    }

    @Test
    void axisTextIsDrawnOnTheRightAxis() {
        ChartModel m = model();
        ChartView view = new ChartView(m, atlas);
        DrawList list = new DrawList();
        view.build(W, H, list);
        canvas.render(list);
        int axisLeft = view.layout().plotWidth() + 1;
        int bright = 0;
        for (int y = 0; y < view.layout().timeAxisTop(); y++) {
            for (int x = axisLeft; x < W; x++) {
                int c = canvas.argb(x, y);
                if (((c >> 8) & 255) > 0x90) bright++;
            }
        }
        assertTrue(bright > 200, "price labels put light pixels on the axis: " + bright);
    }

    @Test
    void crosshairSpansAllPanesAndItsLabelsCoverTheAxes() {
        ChartModel m = model();
        ChartView view = new ChartView(m, atlas);
        DrawList list = new DrawList();
        view.build(W, H, list);
        int x = (int) Math.floor(m.timeScale().indexToX(20));
        int y = view.layout().paneTop(0) + 100;
        m.moveCrosshair(x + 2, y);
        view.build(W, H, list);
        canvas.render(list);
        int crosshair = Theme.DARK.crosshair();
        int volumeMid = view.layout().paneTop(1) + view.layout().paneHeight(1) / 2;
        boolean dashInVolumePane = false;
        for (int dy = 0; dy < 8; dy++) dashInVolumePane |= close(crosshair, canvas.argb(x, volumeMid + dy));
        assertTrue(dashInVolumePane, "the vertical line reaches the volume pane");
        assertColor(0xFF363A45, canvas.argb(x, view.layout().timeAxisTop() + 1), "time label box on the time axis");
        assertColor(0xFF363A45, canvas.argb(view.layout().plotWidth() + 3, y - 7), "price label box on the axis");
        m.hideCrosshair();
    }

    @Test
    void indicatorPlotStylesPaintABandFillDotsAndSignedHistogramBars() throws Exception {
        ChartModel m = model();
        int n = m.bars().size();
        org.candela.chart.data.DoubleColumn upper = new org.candela.chart.data.DoubleColumn(n), lower = new org.candela.chart.data.DoubleColumn(n),
                dots = new org.candela.chart.data.DoubleColumn(n), hist = new org.candela.chart.data.DoubleColumn(n);
        for (int i = 0; i < n; i++) {
            upper.set(i, 130);
            lower.set(i, 90);
            dots.set(i, 125);
            hist.set(i, i % 2 == 0 ? 5 : -5);
        }
        Pane price = m.pricePane();
        int blue = 0xFF2962FF;
        price.series().add(new org.candela.chart.model.BandFill("fill", upper, lower, Theme.withAlpha(blue, 0x40)));
        price.series().add(new org.candela.chart.model.DotSeries("dots", dots, 0xFFFFEB3B));
        Pane osc = m.addPane(1);
        osc.series().add(new org.candela.chart.model.HistogramSeries("hist", hist, 0xFF26A69A, 0xFFEF5350, true));
        ChartView view = new ChartView(m, atlas);
        DrawList list = new DrawList();
        view.build(W, H, list);
        canvas.render(list);
        canvas.writePng(Path.of("target/plot-styles.png"));

        int top = view.layout().paneTop(0);
        int x = (int) Math.floor(m.timeScale().indexToX(5));
        int inBand = (int) (top + price.scale().priceToY(126)), outside = (int) (top + price.scale().priceToY(132));
        int fill = canvas.argb(x + 3, inBand), background = canvas.argb(x + 3, outside);
        assertTrue((fill & 255) > (background & 255) + 20, "the band is tinted blue: " + Integer.toHexString(fill)
                + " against " + Integer.toHexString(background));
        int dotY = (int) Math.round(top + price.scale().priceToY(125));
        int dot = canvas.argb((int) Math.round(m.timeScale().indexToX(5)), dotY);
        assertTrue(((dot >> 16) & 255) > 0xC0 && ((dot >> 8) & 255) > 0xC0, "a yellow dot at bar 5: " + Integer.toHexString(dot));
        int mid = view.layout().paneTop(2) + view.layout().paneHeight(2) / 2;
        int up = canvas.argb((int) Math.floor(m.timeScale().indexToX(10)), mid - 4);
        int down = canvas.argb((int) Math.floor(m.timeScale().indexToX(11)), mid + 4);
        assertColor(0xFF26A69A, up, "a positive histogram bar is green above zero");
        assertColor(0xFFEF5350, down, "a negative one is red below zero");
    }

    private static boolean close(int a, int b) {
        for (int s = 0; s <= 16; s += 8) if (Math.abs(((a >> s) & 255) - ((b >> s) & 255)) > 12) return false;
        return true;
    }

    private static void assertColor(int expected, int actual, String where) {
        int tolerance = 12;
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 255, a = (actual >> shift) & 255;
            if (Math.abs(e - a) > tolerance) {
                assertEquals(Integer.toHexString(expected & 0xFFFFFF), Integer.toHexString(actual & 0xFFFFFF), where);
            }
        }
    }
}
