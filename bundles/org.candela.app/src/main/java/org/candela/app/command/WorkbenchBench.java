package org.candela.app.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorSpec;
import org.candela.chart.view.ChartView;
import org.candela.indicator.api.Indicator;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.candela.render.gl.GlyphAtlas;
import org.candela.render.gl.OffscreenCanvas;

/**
 * {@code --bench workbench}: the window's loop for a 2×2 workspace, offscreen: four charts of 1M bars each
 * with SMA(20), RSI(14) and MACD(12,26,9), each a 960×540 tile of a 1920×1080 window, all four fed live
 * trades (200 a second each, on threads of their own as connectors are). One thread draws, as the UI
 * thread does: every 16.7 ms, each chart that changed. Prints each chart's median and p99 frame and the
 * share of the time the drawing thread was busy.
 */
final class WorkbenchBench {

    static final int W = 960, H = 540, BARS = 1_000_000, SECONDS = 30, TRADES_PER_SECOND = 200;
    static final String INDICATORS = "sma(20),rsi(14),macd(12,26,9)";
    static final long FRAME_NANOS = 16_666_667L;

    /** One chart's frames. */
    record Result(String symbol, int frames, double medianMs, double p99Ms) {
        String json() {
            return String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"frames\":%d,\"median_ms\":%.3f,\"p99_ms\":%.3f}", symbol, frames,
                    medianMs, p99Ms);
        }
    }

    private WorkbenchBench() {
    }

    /** Runs it; returns the four charts' results and, last, the drawing thread's busy share in {@code busy[0]}. */
    static List<Result> run(List<Indicator> installed, double[] busy) throws Exception {
        String[] symbols = {"AAA/USD", "BBB/USD", "CCC/USD", "DDD/USD"};
        BarStore history = SyntheticBars.generate(BARS);
        List<ChartSession> sessions = new ArrayList<>();
        List<AtomicBoolean> wanted = new ArrayList<>();
        for (String symbol : symbols) {
            ChartSession s = new ChartSession(new Ticking(history), symbol, Timeframe.M1, Theme.DARK);
            s.setHistory(history);
            for (IndicatorSpec spec : IndicatorSpec.parseList(INDICATORS, installed)) s.addIndicator(spec);
            s.awaitIndicators();
            AtomicBoolean w = new AtomicBoolean(true);
            s.setFrameRequest(() -> w.set(true));
            sessions.add(s);
            wanted.add(w);
        }
        GlyphAtlas atlas = new GlyphAtlas(12);
        double[][] ms = new double[4][(int) (SECONDS * 1e9 / FRAME_NANOS) + 16];
        int[] frames = new int[4];
        long busyNanos = 0;
        try (OffscreenCanvas canvas = new OffscreenCanvas(W, H, atlas)) {
            List<ChartView> views = new ArrayList<>();
            DrawList list = new DrawList();
            for (int i = 0; i < 4; i++) {
                views.add(new ChartView(sessions.get(i).model(), atlas));
                AtomicBoolean w = wanted.get(i);
                sessions.get(i).startLive(() -> w.set(true));
            }
            long start = System.nanoTime(), end = start + SECONDS * 1_000_000_000L, next = start;
            while (System.nanoTime() < end) {
                for (int i = 0; i < 4; i++) {
                    if (!wanted.get(i).getAndSet(false)) continue;
                    long t0 = System.nanoTime();
                    sessions.get(i).drain();
                    views.get(i).build(W, H, list);
                    canvas.draw(list);
                    long took = System.nanoTime() - t0;
                    busyNanos += took;
                    if (frames[i] < ms[i].length) ms[i][frames[i]++] = took / 1e6;
                }
                next += FRAME_NANOS;
                long wait = next - System.nanoTime();
                if (wait > 0) LockSupport.parkNanos(wait);
                else next = System.nanoTime();
            }
            busy[0] = busyNanos / (double) (System.nanoTime() - start);
        } finally {
            for (ChartSession s : sessions) s.close();
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double[] sorted = Arrays.copyOf(ms[i], frames[i]);
            Arrays.sort(sorted);
            out.add(new Result(symbols[i], frames[i], percentile(sorted, 50), percentile(sorted, 99)));
        }
        return out;
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * p / 100.0))];
    }

    static String json(List<Result> results, double busy) {
        StringBuilder b = new StringBuilder("{\"charts\":[");
        for (int i = 0; i < results.size(); i++) b.append(i == 0 ? "" : ",").append(results.get(i).json());
        return b.append(String.format(Locale.ROOT, "],\"ui_busy_share\":%.3f}", busy)).toString();
    }

    /** A connector whose live feed is a thread trading around the last close, {@link #TRADES_PER_SECOND} a second. */
    private record Ticking(BarStore history) implements MarketDataConnector {
        public String id() {
            return "bench";
        }

        public String name() {
            return "Bench";
        }

        public List<String> symbols() {
            return List.of();
        }

        public int loadHistory(HistoryRequest r, BarSink sink) {
            return 0;
        }

        public ConnectionState state() {
            return ConnectionState.LIVE;
        }

        public Subscription subscribe(String symbol, Timeframe tf, LiveListener l) {
            AtomicBoolean open = new AtomicBoolean(true);
            long last = history.lastTime();
            double close = history.close(history.size() - 1);
            Thread t = new Thread(() -> {
                long seq = 0, time = last;
                java.util.SplittableRandom rnd = new java.util.SplittableRandom(symbol.hashCode());
                double price = close;
                long next = System.nanoTime();
                while (open.get()) {
                    price *= 1 + (rnd.nextDouble() - 0.5) * 1e-4;
                    time += 60; // a thousand trades a candle: a new bar every five seconds
                    l.onTrade(time, ++seq, price, 0.01);
                    next += 1_000_000_000L / TRADES_PER_SECOND;
                    long wait = next - System.nanoTime();
                    if (wait > 0) LockSupport.parkNanos(wait);
                }
            }, "bench-ticks-" + symbol);
            t.setDaemon(true);
            t.start();
            return () -> open.set(false);
        }
    }
}
