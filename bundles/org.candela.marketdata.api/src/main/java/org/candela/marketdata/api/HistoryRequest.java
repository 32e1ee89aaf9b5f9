package org.candela.marketdata.api;

import java.util.Objects;

/**
 * One page of history: up to {@code maxBars} bars of {@code symbol} at {@code timeframe} that open
 * strictly before {@code endMillis}. The host asks again with an earlier end to page further back.
 *
 * <pre>{@code
 * var request = new HistoryRequest("BTC/USD", Timeframe.M1, System.currentTimeMillis(), 1000);
 * }</pre>
 */
public record HistoryRequest(String symbol, Timeframe timeframe, long endMillis, int maxBars) {
    public HistoryRequest {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        if (maxBars <= 0) throw new IllegalArgumentException("maxBars must be positive: " + maxBars);
    }
}
