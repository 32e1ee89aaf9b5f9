package org.candela.app.command;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.DefaultLayout;
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
 * {@code --bench soak --minutes M}: the window's loop, offscreen, for M minutes. A four-pane chart (price
 * with SMA(20), volume, RSI(14), MACD(12,26,9)) of the replay's BTC/USD at 1920×1080 is fed live trades at
 * 1,000 a second (the replay at {@code tickMillis = 1}); a frame is drawn when something changed, at most
 * one per 16.7 ms as in the window. Each minute it prints the heap after a full GC, the median and p99
 * frame, the live thread count, the trades received and the bars: what must stay flat for a workstation
 * that runs all day.
 */
final class SoakBench {

    static final int W = 1920, H = 1080;
    static final long FRAME_NANOS = 16_666_667L;
    static final String INDICATORS = "rsi(14),macd(12,26,9)";

    /** One minute of the run. */
    record Minute(int minute, double heapMb, int frames, double medianMs, double p99Ms, int threads, long trades, int bars,
            long folded) {

        String line() {
            return String.format(Locale.ROOT, "minute %3d  heap after GC %7.1f MB  %,6d frames  median %6.2f ms  p99 %6.2f ms  "
                    + "%3d threads  %,7d trades  %,d bars  %d folded", minute, heapMb, frames, medianMs, p99Ms, threads, trades, bars, folded);
        }

        String json() {
            return String.format(Locale.ROOT, "{\"minute\":%d,\"heap_after_gc_mb\":%.2f,\"frames\":%d,\"median_ms\":%.3f,"
                    + "\"p99_ms\":%.3f,\"threads\":%d,\"trades\":%d,\"bars\":%d,\"folded\":%d}", minute, heapMb, frames, medianMs,
                    p99Ms, threads, trades, bars, folded);
        }
    }

    private SoakBench() {
    }

    static List<Minute> run(MarketDataConnector replay, List<Indicator> installed, String symbol, int minutes) throws Exception {
        AtomicLong trades = new AtomicLong();
        MarketDataConnector counted = new Counting(replay, trades);
        BarStore history = ChartSession.fetchHistory(replay, symbol, Timeframe.M1, 10_000, System.currentTimeMillis());
        ChartSession session = new ChartSession(counted, symbol, Timeframe.M1, Theme.DARK);
        session.setHistory(history);
        DefaultLayout.apply(session, installed);
        for (IndicatorSpec spec : IndicatorSpec.parseList(INDICATORS, installed)) session.addIndicator(spec);
        session.awaitIndicators();
        if (session.model().panes().size() != 4) throw new IllegalStateException("expected 4 panes, have " + session.model().panes().size());
        AtomicBoolean wanted = new AtomicBoolean(true);
        session.setFrameRequest(() -> wanted.set(true));
        GlyphAtlas atlas = new GlyphAtlas(12);
        List<Minute> out = new ArrayList<>();
        var memory = ManagementFactory.getMemoryMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        try (OffscreenCanvas canvas = new OffscreenCanvas(W, H, atlas)) {
            ChartView view = new ChartView(session.model(), atlas);
            DrawList list = new DrawList();
            session.startLive(() -> wanted.set(true));
            double[] frameMs = new double[(int) (60_000_000_000L / FRAME_NANOS) + 16];
            warmUp(session, view, list, canvas, wanted, trades, frameMs);
            long start = System.nanoTime();
            for (int minute = 1; minute <= minutes; minute++) {
                long tradesBefore = trades.get();
                int frames = frames(session, view, list, canvas, wanted, start + minute * 60_000_000_000L, frameMs);
                if (session.state() == ConnectionState.FAILED) throw new IllegalStateException("the replay failed: " + session.stateDetail());
                System.gc();
                double heap = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
                double[] sorted = Arrays.copyOf(frameMs, frames);
                Arrays.sort(sorted);
                Minute m = new Minute(minute, heap, frames, percentile(sorted, 50), percentile(sorted, 99), threads.getThreadCount(),
                        trades.get() - tradesBefore, session.model().bars().size(), session.coalescedLiveEvents());
                System.out.println(m.line());
                out.add(m);
            }
        } finally {
            session.close();
        }
        return out;
    }

    /** Draws until {@code end} (System.nanoTime), as the window does; returns how many frames, their times in {@code frameMs}. */
    private static int frames(ChartSession session, ChartView view, DrawList list, OffscreenCanvas canvas, AtomicBoolean wanted,
            long end, double[] frameMs) {
        int frames = 0;
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            if (wanted.getAndSet(false)) {
                long t0 = System.nanoTime();
                session.drain();
                view.build(W, H, list);
                canvas.draw(list);
                if (frames < frameMs.length) frameMs[frames++] = (System.nanoTime() - t0) / 1e6;
            }
            next += FRAME_NANOS;
            long wait = next - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            else next = System.nanoTime();
        }
        return frames;
    }

    /** Draws until the replay delivers 1,000 trades a second (its new tickMillis has reached it), at most 30 s. */
    private static void warmUp(ChartSession session, ChartView view, DrawList list, OffscreenCanvas canvas, AtomicBoolean wanted,
            AtomicLong trades, double[] frameMs) {
        for (int second = 0; second < 30; second++) {
            long before = trades.get();
            frames(session, view, list, canvas, wanted, System.nanoTime() + 1_000_000_000L, frameMs);
            if (trades.get() - before >= 700) return;
        }
        throw new IllegalStateException("the replay did not reach 1,000 trades a second (tickMillis = 1 in its configuration)");
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * p / 100.0))];
    }

    static String json(List<Minute> minutes) {
        StringBuilder b = new StringBuilder("{\"minutes\":[");
        for (int i = 0; i < minutes.size(); i++) b.append(i == 0 ? "" : ",").append(minutes.get(i).json());
        return b.append("]}").toString();
    }

    /** The replay, counting the trades it delivers. */
    private record Counting(MarketDataConnector replay, AtomicLong trades) implements MarketDataConnector {
        public String id() {
            return replay.id();
        }

        public String name() {
            return replay.name();
        }

        public List<String> symbols() {
            return replay.symbols();
        }

        public int loadHistory(HistoryRequest r, BarSink sink) throws java.io.IOException {
            return replay.loadHistory(r, sink);
        }

        public ConnectionState state() {
            return replay.state();
        }

        public Subscription subscribe(String symbol, Timeframe tf, LiveListener l) {
            return replay.subscribe(symbol, tf, new LiveListener() {
                public void onBar(long openTime, double o, double h, double lo, double c, double v) {
                    l.onBar(openTime, o, h, lo, c, v);
                }

                public void onTrade(long time, double price, double size) {
                    trades.incrementAndGet();
                    l.onTrade(time, price, size);
                }

                public void onTrade(long time, long sequence, double price, double size) {
                    trades.incrementAndGet();
                    l.onTrade(time, sequence, price, size);
                }

                public void onState(ConnectionState s, String detail) {
                    l.onState(s, detail);
                }
            });
        }
    }
}
