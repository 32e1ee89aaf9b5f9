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
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            live.drainInto(bars);
            if (done.getAsBoolean()) return;
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for " + what + "; states " + states);
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

    /** An exchange's candles by open time ({@code {o, h, l, c, v}}) as the same lines. */
    public static List<String> candles(Map<Long, double[]> exchange) {
        List<String> out = new ArrayList<>();
        synchronized (exchange) {
            for (var e : exchange.entrySet()) out.add(e.getKey() + " " + Arrays.toString(e.getValue()));
        }
        return out;
    }
}
