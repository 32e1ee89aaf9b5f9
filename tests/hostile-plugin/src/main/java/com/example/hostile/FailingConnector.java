package com.example.hostile;

import java.util.List;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** A connector whose activate method throws: it never registers. */
@Component(service = MarketDataConnector.class, immediate = true)
public final class FailingConnector implements MarketDataConnector {

    @Activate
    void activate() {
        throw new IllegalStateException("activate exploded");
    }

    public String id() {
        return "failing";
    }

    public String name() {
        return "Failing";
    }

    public List<String> symbols() {
        return List.of();
    }

    public int loadHistory(HistoryRequest r, BarSink sink) {
        return 0;
    }

    public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
        throw new UnsupportedOperationException();
    }

    public ConnectionState state() {
        return ConnectionState.FAILED;
    }
}
