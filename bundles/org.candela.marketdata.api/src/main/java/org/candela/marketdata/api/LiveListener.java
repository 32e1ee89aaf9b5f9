package org.candela.marketdata.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Receives live data for one subscription. Implemented by the host; connectors call it from their own
 * threads. The host coalesces the calls and applies them on the UI thread once per frame.
 *
 * <pre>{@code
 * listener.onState(ConnectionState.LIVE, "subscribed");
 * listener.onTrade(1_700_000_041_250L, 37_011.0, 0.015);            // moves the forming candle
 * listener.onBar(1_700_000_040_000L, 37_010.5, 37_020.0, 37_001.0, 37_015.25, 3.2); // authoritative
 * }</pre>
 */
@ProviderType
public interface LiveListener {

    /**
     * An exchange OHLC update for the bar that opens at {@code openTimeMillis}. It is authoritative for
     * its interval: it replaces what trades built so far (the original library's HYBRID mode).
     */
    void onBar(long openTimeMillis, double open, double high, double low, double close, double volume);

    /** One trade; the host folds it into the forming candle of the subscribed timeframe. */
    void onTrade(long timeMillis, double price, double size);

    /**
     * One trade with the exchange's sequence (its trade id, or 0 when it has none). The close of the
     * forming candle is its newest trade by (time, sequence), whatever order trades arrive in: an older
     * trade still counts for high, low and volume, but does not set the close. Connectors that know the
     * sequence call this one.
     *
     * <pre>{@code
     * listener.onTrade(1_700_000_041_250L, 78_412_003L, 37_011.0, 0.015);
     * }</pre>
     *
     * @since 1.1
     */
    default void onTrade(long timeMillis, long sequence, double price, double size) {
        onTrade(timeMillis, price, size);
    }

    /** The connection changed state; {@code detail} is a short human-readable reason, never null. */
    void onState(ConnectionState state, String detail);
}
