package org.candela.marketdata.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Receives bars from {@link MarketDataConnector#loadHistory}, oldest first. Implemented by the host.
 *
 * <pre>{@code
 * sink.bar(1_700_000_040_000L, 37_010.5, 37_020.0, 37_001.0, 37_015.25, 3.2);
 * }</pre>
 */
@ProviderType
public interface BarSink {
    /**
     * One bar. {@code openTimeMillis} is the UTC start of the bar's interval. Prices and volume must be
     * finite; the host rejects (and counts) a bar that is not, or whose high/low do not contain open/close.
     */
    void bar(long openTimeMillis, double open, double high, double low, double close, double volume);

    /**
     * How far a long history request has come (a connector that builds candles from pages of trades calls
     * it after each page); the host shows it. Bars still arrive through {@link #bar}.
     *
     * <pre>{@code
     * sink.progress(pageEndMillis, request.endMillis());
     * }</pre>
     *
     * @since 1.1
     */
    default void progress(long reachedMillis, long endMillis) {
    }

    /**
     * True when the host wants no more of this request than what is quick (a window opening a chart does
     * not wait for candles built from pages of trades; scrolling back does). A connector that would make many
     * calls checks it first and between them, and returns what it has.
     *
     * <pre>{@code
     * while (more && !sink.stopped()) { page = rest.trades(since); ... }
     * }</pre>
     *
     * @since 1.1
     */
    default boolean stopped() {
        return false;
    }
}
