package com.example.sine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A complete connector in one class: symbols, history page by page, live trades on a thread of its own,
 * its state, ConfigAdmin settings, and every thread stopped on deactivate. A DS component providing
 * {@link MarketDataConnector} is all Candela needs to find it.
 */
@Component(service = MarketDataConnector.class, configurationPid = "com.example.sine")
@Designate(ocd = SineConfig.class)
public final class SineConnector implements MarketDataConnector {

    private final List<Thread> feeds = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state = ConnectionState.CLOSED;
    private SineMarket market;
    private int tickMillis;

    @Activate
    void activate(SineConfig config) {
        market = new SineMarket(config.periodMinutes());
        tickMillis = config.tickMillis();
    }

    /** Uninstalling the bundle must leave nothing running: stop every feed and wait for it. */
    @Deactivate
    void deactivate() {
        for (Thread t : feeds) {
            t.interrupt();
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        feeds.clear();
    }

    @Override
    public String id() {
        return "sine";
    }

    @Override
    public String name() {
        return "Sine (example)";
    }

    @Override
    public List<String> symbols() {
        return List.of("SINE/USD");
    }

    /** One page: up to {@code maxBars} bars before {@code endMillis}, oldest first. It never runs out. */
    @Override
    public int loadHistory(HistoryRequest r, BarSink sink) {
        check(r.symbol());
        long step = r.timeframe().millis();
        long last = Math.floorDiv(r.endMillis() - 1, step) * step;
        long first = last - (r.maxBars() - 1) * step;
        for (long open = first; open <= last; open += step) {
            double[] b = market.bar(open, step);
            sink.bar(open, b[0], b[1], b[2], b[3], b[4]);
        }
        return r.maxBars();
    }

    /** Live trades on a thread of this subscription; the host folds them into candles. */
    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
        check(symbol);
        Thread feed = new Thread(() -> {
            listener.onState(state = ConnectionState.LIVE, "a trade every " + tickMillis + " ms");
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.currentTimeMillis();
                listener.onTrade(now, market.price(now), 1.0);
                try {
                    Thread.sleep(tickMillis);
                } catch (InterruptedException e) {
                    break;
                }
            }
            listener.onState(state = ConnectionState.CLOSED, "stopped");
        }, "sine-feed");
        feed.setDaemon(true);
        feeds.add(feed);
        feed.start();
        return () -> {
            feed.interrupt();
            feeds.remove(feed);
        };
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    private void check(String symbol) {
        if (!symbols().contains(symbol)) throw new IllegalArgumentException("Sine has no symbol '" + symbol + "'; it offers SINE/USD");
    }
}
