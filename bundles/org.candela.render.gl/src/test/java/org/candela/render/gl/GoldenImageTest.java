package org.candela.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.ChartType;
import org.candela.chart.model.LineStyle;
import org.candela.chart.model.Marker;
import org.candela.chart.model.PriceLine;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.PriceScaleMode;
import org.candela.chart.view.ChartView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every series type and price scale mode, rendered offscreen and compared with a reviewed picture in
 * {@code src/test/resources/golden/} (at most 0.3 % of pixels may differ by more than 24 levels in a
 * channel). After a deliberate change: {@code mvn test -Dcandela.golden.update=true}, then look at the new
 * pictures before committing them. Mismatches leave the actual picture in {@code target/golden-actual/}.
 */
class GoldenImageTest extends OffscreenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("candela.golden.update");



    /** A fixed random walk of {@code n} one-minute bars from 2024-03-01 00:00 UTC. */
    static ChartModel model(int n) {
        SplittableRandom r = new SplittableRandom(5);
        BarStore s = new BarStore(n);
        double p = 100;
        for (int i = 0; i < n; i++) {
            double o = p;
            p = Math.max(20, p * Math.exp(r.nextDouble(-0.01, 0.01) + Math.sin(i / 40.0) * 0.002));
            s.append(1_709_251_200_000L + i * 60_000L, o, Math.max(o, p) * (1 + r.nextDouble(0, 0.004)),
                    Math.min(o, p) * (1 - r.nextDouble(0, 0.004)), p, r.nextDouble(1, 10));
        }
        ChartModel m = new ChartModel("GOLDEN · 1m", s, 60_000, Theme.DARK);
        m.barsReset();
        return m;
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void seriesType(ChartType type) throws IOException {
        ChartModel m = model(300);
        m.setChartType(type);
        compare("type-" + type.id(), m, false);
    }

    @ParameterizedTest
    @EnumSource(PriceScaleMode.class)
    void priceScaleMode(PriceScaleMode mode) throws IOException {
        ChartModel m = model(50_000); // the last 8,000 bars rise from about 200 to 500
        m.pricePane().scale().setMode(mode);
        m.setChartType(ChartType.LINE);
        ChartView view = new ChartView(m, atlas);
        view.build(W, H, new DrawList());
        m.timeScale().showLast(8_000, 0);
        compare("scale-" + mode.name().toLowerCase(java.util.Locale.ROOT), m, false);
    }

    @org.junit.jupiter.api.Test
    void markersPriceLinesAndWatermark() throws IOException {
        ChartModel m = model(300);
        var bars = m.bars();
        var main = m.mainSeries();
        main.setMarkers(java.util.List.of(
                new Marker(bars.time(250), Marker.Position.BELOW_BAR, Marker.Shape.ARROW_UP, 0xFF26A69A, "Buy", Double.NaN),
                new Marker(bars.time(262), Marker.Position.ABOVE_BAR, Marker.Shape.ARROW_DOWN, 0xFFEF5350, "Sell", Double.NaN),
                new Marker(bars.time(272), Marker.Position.IN_BAR, Marker.Shape.CIRCLE, 0xFFFFEB3B, "fill", Double.NaN),
                new Marker(bars.time(284), Marker.Position.ABOVE_BAR, Marker.Shape.SQUARE, 0xFF2962FF, "alert", Double.NaN)));
        double last = bars.close(bars.size() - 1);
        m.pricePane().addPriceLine(new PriceLine(last * 1.01, 0xFFFF9800, 1, LineStyle.DASHED, "Limit", true));
        m.pricePane().addPriceLine(new PriceLine(last * 0.99, 0xFFEF5350, 2, LineStyle.SOLID, "Stop", true));
        m.setWatermark("GOLDEN", 0x30FFFFFF);
        compare("annotations", m, false);
    }

    @org.junit.jupiter.api.Test
    void leftAndRightScales() throws IOException {
        ChartModel m = model(300);
        var bars = m.bars();
        org.candela.chart.data.DoubleColumn other = new org.candela.chart.data.DoubleColumn(bars.size());
        for (int i = 0; i < bars.size(); i++) other.set(i, 5_000 + Math.cos(i / 25.0) * 800);
        var line = new org.candela.chart.model.LineSeries("OTHER", other, 0xFFFF9800);
        line.setPriceScaleId(org.candela.chart.model.Pane.LEFT);
        m.pricePane().series().add(line);
        ChartView view = new ChartView(m, atlas);
        view.build(W, H, new DrawList());
        m.moveCrosshair(view.layout().plotLeft() + 200, 120);
        compare("left-right-scales", m, false);
    }

    @org.junit.jupiter.api.Test
    void candleStylesAndWhitespaceGaps() throws IOException {
        ChartModel m = model(300);
        var bars = m.bars();
        for (int i = 260; i < 268; i++) bars.set(i, bars.time(i), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        m.barsReset();
        var candles = (org.candela.chart.model.CandleSeries) m.mainSeries();
        candles.setStyle(new org.candela.chart.model.CandleStyle(0xFF26A69A, 0xFFEF5350, 0xFFB2DFDB, 0xFFFFCDD2,
                0xFF787B86, 0xFF787B86).hollowUp(Theme.DARK.background()));
        compare("candle-styles-gaps", m, false);
    }

    @ParameterizedTest
    @EnumSource(value = ChartType.class, names = {"CANDLES", "LINE", "AREA", "HISTOGRAM"})
    void aggregatedAboveOneBarPerPixel(ChartType type) throws IOException {
        ChartModel m = model(50_000);
        m.setChartType(type);
        compare("aggregated-" + type.id(), m, true);
    }

    static void compare(String name, ChartModel m, boolean fit) throws IOException {
        ChartView view = new ChartView(m, atlas);
        DrawList list = new DrawList();
        view.build(W, H, list);
        if (fit) {
            m.timeScale().fitContent(m.bars().size());
            view.build(W, H, list);
        }
        canvas.render(list);
        Path golden = GOLDEN.resolve(name + ".png");
        if (UPDATE) {
            canvas.writePng(golden);
            return;
        }
        Path actual = Path.of("target/golden-actual/" + name + ".png");
        canvas.writePng(actual);
        assertTrue(Files.exists(golden), "no golden picture " + golden + "; run with -Dcandela.golden.update=true and review it");
        BufferedImage want = ImageIO.read(golden.toFile()), got = ImageIO.read(actual.toFile());
        assertEquals(W, want.getWidth());
        int differing = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int a = want.getRGB(x, y), b = got.getRGB(x, y);
                for (int sh = 0; sh <= 16; sh += 8) {
                    if (Math.abs(((a >> sh) & 255) - ((b >> sh) & 255)) > 24) {
                        differing++;
                        break;
                    }
                }
            }
        }
        assertTrue(differing <= W * H * 0.003, name + ": " + differing + " pixels differ from the golden picture; see " + actual);
        Files.delete(actual);
    }
}
