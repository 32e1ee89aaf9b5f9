package com.example.hostile;

import java.util.List;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.osgi.service.component.annotations.Component;

/**
 * A connector with bugs: its symbol list throws, its subscribe throws, and once a chart has tried to go live
 * on it, its name throws too (the window asks for it on the UI thread, for the status bar and the chart).
 */
@Component(service = MarketDataConnector.class, property = "candela.connector.id=hostile")
public final class HostileConnector implements MarketDataConnector {

    private volatile boolean subscribed;

    @Override
    public String id() {
        return "hostile";
    }

    @Override
    public String name() {
        if (subscribed) throw new IllegalStateException("name exploded after subscribe");
        return "Hostile";
    }

    @Override
    public List<String> symbols() {
        throw new IllegalStateException("symbols exploded");
    }

    @Override
    public int loadHistory(HistoryRequest r, BarSink sink) {
        long minute = Timeframe.M1.millis();
        long end = Math.min(r.endMillis(), System.currentTimeMillis()) / minute * minute;
        int n = Math.min(r.maxBars(), 200);
        for (int i = n; i >= 1; i--) sink.bar(end - i * minute, 100, 101, 99, 100 + (i % 3) * 0.5, 1);
        return n;
    }

    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
        subscribed = true;
        throw new IllegalStateException("subscribe exploded");
    }

    @Override
    public ConnectionState state() {
        return ConnectionState.LIVE;
    }
}
