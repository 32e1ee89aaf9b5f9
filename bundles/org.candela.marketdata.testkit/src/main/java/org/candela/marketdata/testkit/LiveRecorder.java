package org.candela.marketdata.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.candela.chart.data.BarStore;
import org.candela.chart.live.LiveBuffer;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;

/**
 * The host side of a connector test: what the connector sends goes into the workstation's real
 * {@link LiveBuffer} and, drained as the UI thread would each frame, into a {@link BarStore}; states are
 * recorded as {@code "RECONNECTING detail"}.
 *
 * <pre>{@code
 * LiveRecorder host = new LiveRecorder(60_000);
 * Subscription s = connector.subscribe("BTC/USD", Timeframe.M1, host);
 * host.await(() -> host.bars().size() == 3, "three candles");
 * assertEquals(LiveRecorder.candles(mock.candles), host.candles());
 * }</pre>
 */
public final class LiveRecorder implements LiveListener {

    private final LiveBuffer live;
    private final BarStore bars = new BarStore();
    private final List<String> states = new CopyOnWriteArrayList<>();

    public LiveRecorder(long barMillis) {
        live = new LiveBuffer(barMillis, () -> { });
    }

    @Override
    public void onBar(long t, double o, double h, double l, double c, double v) {
        live.onBar(t, o, h, l, c, v);
    }

    @Override
    public void onTrade(long t, double price, double size) {
        live.onTrade(t, price, size);
    }

    @Override
    public void onTrade(long t, long sequence, double price, double size) {
        live.onTrade(t, sequence, price, size);
    }

    @Override
    public void onState(ConnectionState s, String detail) {
        states.add(s + " " + detail);
        live.onState(s, detail);
    }

    /** The candles so far (drain first, or {@link #await}). */
    public BarStore bars() {
        return bars;
    }

    /** Every state reported, in order: {@code "LIVE connected to 127.0.0.1"}. */
    public List<String> states() {
        return states;
    }

    /** Whether a state starting with {@code prefix} was reported. */
    public boolean saw(String prefix) {
        return states.stream().anyMatch(s -> s.startsWith(prefix));
    }

    public LiveBuffer live() {
        return live;
    }

    /** Drains into the bars every 20 ms until {@code done} holds; an AssertionError after 15 s. */
    public void await(BooleanSupplier done, String what) throws InterruptedException {
        await(done, () -> what);
    }

    /** As {@link #await(BooleanSupplier, String)}, with a description made when it times out (the values seen). */
    public void await(BooleanSupplier done, java.util.function.Supplier<String> what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            live.drainInto(bars);
            if (done.getAsBoolean()) return;
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for " + what.get() + "; states " + states);
            Thread.sleep(20);
        }
    }

    /** The bars as lines {@code "time [o, h, l, c, v]"}, to compare with {@link #candles(Map)}. */
    public List<String> candles() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            out.add(bars.time(i) + " " + Arrays.toString(new double[] {bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i)}));
        }
        return out;
    }

    /**
     * The candles that trades make, computed plainly as the reference: each id counted once, trades put in
     * (time, id) order, then per interval the first price, the highest, the lowest, the last and the summed
     * size. Trades are {@code {id, time millis, price, size}}.
     */
    public static java.util.SortedMap<Long, double[]> candlesOfTrades(List<double[]> trades, long barMillis) {
        Map<Long, double[]> unique = new java.util.LinkedHashMap<>();
        for (double[] t : trades) unique.putIfAbsent((long) t[0], t);
        List<double[]> ordered = new ArrayList<>(unique.values());
        ordered.sort(java.util.Comparator.<double[]>comparingDouble(t -> t[1]).thenComparingDouble(t -> t[0]));
        java.util.SortedMap<Long, double[]> out = new java.util.TreeMap<>();
        for (double[] t : ordered) {
            long open = Math.floorDiv((long) t[1], barMillis) * barMillis;
            double[] c = out.get(open);
            if (c == null) out.put(open, new double[] {t[2], t[2], t[2], t[2], t[3]});
            else {
                c[1] = Math.max(c[1], t[2]);
                c[2] = Math.min(c[2], t[2]);
                c[3] = t[2];
                c[4] += t[3];
            }
        }
        return out;
    }

    /** An exchange's candles by open time ({@code {o, h, l, c, v}}) as the same lines. */
    public static List<String> candles(Map<Long, double[]> exchange) {
        List<String> out = new ArrayList<>();
        synchronized (exchange) {
            for (var e : exchange.entrySet()) out.add(e.getKey() + " " + Arrays.toString(e.getValue()));
        }
        return out;
    }
}
