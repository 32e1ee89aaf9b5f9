package org.candela.app.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.live.LiveBuffer;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Theme;
import org.candela.chart.view.ChartView;
import org.candela.marketdata.support.FrameDecoder;
import org.candela.render.gl.GlyphAtlas;
import org.candela.render.gl.OffscreenCanvas;

/**
 * {@code --bench ingest}: per installed exchange format ({@link FrameDecoder} services), trades per second
 * through parse, validation, de-duplication and aggregation into candles (one thread, frames of one trade,
 * the live buffer drained every 64 frames), and tick-to-pixel latency: a frame decoded, drained into a
 * 10,000-bar chart, the view built and drawn at 1920×1080 with {@code glFinish}.
 */
final class IngestBench {

    static final int FRAMES = 300_000, LATENCY_FRAMES = 500;

    /** One exchange format's results. */
    record Result(String exchange, double tradesPerSecond, double p50Ms, double p99Ms, long bad) {
        String line() {
            return String.format(Locale.ROOT, "  %-9s %,12.0f trades/s   tick-to-pixel p50 %6.2f ms  p99 %6.2f ms   malformed %d",
                    exchange, tradesPerSecond, p50Ms, p99Ms, bad);
        }

        String json() {
            return String.format(Locale.ROOT, "{\"exchange\":\"%s\",\"trades_per_s\":%.0f,\"tick_to_pixel_p50_ms\":%.3f,"
                    + "\"tick_to_pixel_p99_ms\":%.3f}", exchange, tradesPerSecond, p50Ms, p99Ms);
        }
    }

    private IngestBench() {
    }

    static List<Result> run(List<FrameDecoder> decoders) {
        List<Result> out = new ArrayList<>();
        GlyphAtlas atlas = new GlyphAtlas(12);
        try (OffscreenCanvas canvas = new OffscreenCanvas(ChartBench.W, ChartBench.H, atlas)) {
            for (FrameDecoder d : decoders) {
                String[] frames = frames(d.exchange(), FRAMES);
                if (frames == null) {
                    System.out.println("  " + d.exchange() + ": no generator for this format; skipped");
                    continue;
                }
                Result r = measure(d, frames, canvas, atlas);
                System.out.println(r.line());
                out.add(r);
            }
        }
        return out;
    }

    private static Result measure(FrameDecoder d, String[] frames, OffscreenCanvas canvas, GlyphAtlas atlas) {
        double best = Double.MAX_VALUE;
        long bad = 0;
        for (int round = 0; round < 3; round++) {
            LiveBuffer live = new LiveBuffer(60_000, () -> { });
            BarStore bars = new BarStore(1024);
            FrameDecoder.Stream s = d.open(symbol(d), 1, live);
            long t0 = System.nanoTime();
            for (int i = 0; i < frames.length; i++) {
                s.frame(frames[i]);
                if ((i & 63) == 0) live.drainInto(bars);
            }
            live.drainInto(bars);
            best = Math.min(best, System.nanoTime() - t0);
            bad = s.bad();
        }
        double perSecond = frames.length / (best / 1e9);

        BarStore history = SyntheticBars.generate(10_000);
        ChartModel model = new ChartModel("INGEST · 1m", history, 60_000, Theme.DARK);
        model.barsReset();
        ChartView view = new ChartView(model, atlas);
        DrawList list = new DrawList();
        view.build(ChartBench.W, ChartBench.H, list);
        canvas.draw(list);
        LiveBuffer live = new LiveBuffer(60_000, () -> { });
        FrameDecoder.Stream s = d.open(symbol(d), 1, live);
        String[] tail = frames(d.exchange(), LATENCY_FRAMES, history.lastTime(), history.close(history.size() - 1));
        double[] ms = new double[tail.length];
        for (int i = 0; i < tail.length; i++) {
            long t0 = System.nanoTime();
            s.frame(tail[i]);
            int changed = live.drainInto(history);
            if (changed >= 0) model.barsChanged(changed);
            view.build(ChartBench.W, ChartBench.H, list);
            canvas.draw(list);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Result(d.exchange(), perSecond, ms[ms.length / 2], ms[(int) (ms.length * 0.99)], bad);
    }

    private static String symbol(FrameDecoder d) {
        return d.exchange().equals("binance") ? "BTC/USDT" : "BTC/USD";
    }

    private static String[] frames(String exchange, int n) {
        return frames(exchange, n, 1_717_416_000_000L, 68_500);
    }

    /** {@code n} frames of one trade each, 50 ms apart, from {@code start}, in the exchange's format. */
    static String[] frames(String exchange, int n, long start, double price) {
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            long t = start + 50L * i;
            String p = java.math.BigDecimal.valueOf(price + ((i * 7919L) % 400 - 200) * 0.1).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
            String q = "0.00" + (100 + i % 900);
            switch (exchange) {
                case "kraken" -> f[i] = "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"side\":\"buy\",\"price\":"
                        + p + ",\"qty\":" + q + ",\"ord_type\":\"market\",\"trade_id\":" + (70_000_000L + i) + ",\"timestamp\":\""
                        + java.time.Instant.ofEpochMilli(t) + "\"}]}";
                case "binance" -> f[i] = "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":" + (t + 1) + ",\"s\":\"BTCUSDT\",\"t\":"
                        + (3_626_412_040L + i) + ",\"p\":\"" + p + "0000000\",\"q\":\"" + q + "00000\",\"T\":" + t + ",\"m\":false,\"M\":true}}";
                case "coinbase" -> f[i] = "{\"channel\":\"market_trades\",\"client_id\":\"\",\"timestamp\":\"" + java.time.Instant.ofEpochMilli(t + 1)
                        + "\",\"sequence_num\":" + i + ",\"events\":[{\"type\":\"update\",\"trades\":[{\"product_id\":\"BTC-USD\",\"trade_id\":\""
                        + (660_913_874L + i) + "\",\"price\":\"" + p + "\",\"size\":\"" + q + "\",\"time\":\"" + java.time.Instant.ofEpochMilli(t)
                        + "\",\"side\":\"BUY\"}]}]}";
                default -> {
                    return null;
                }
            }
        }
        return f;
    }

    static String json(List<Result> results) {
        StringBuilder s = new StringBuilder("{\"exchanges\":[");
        for (int i = 0; i < results.size(); i++) s.append(i == 0 ? "" : ",").append(results.get(i).json());
        return s.append("]}").toString();
    }
}
