package org.candela.chart.store;

import java.io.IOException;
import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;

/**
 * Where the bars a connector loaded or received live are kept between runs, per connector, source (its
 * endpoint: test data never mixes with the real exchange's), symbol and timeframe. The workstation reads it
 * first and asks the exchange only for what it lacks. {@link FileHistoryCache} keeps it on this machine; a
 * desk that outgrows one machine can put a shared recorder behind the same interface.
 *
 * <pre>{@code
 * var key = new HistoryCache.Key("kraken", "wss://ws.kraken.com/v2 https://api.kraken.com", "BTC/USD", Timeframe.M1);
 * BarStore bars = cache.read(key, now, 5000); // the newest 5,000 bars the last runs kept
 * cache.write(key, fetched);                 // merged in, in time order
 * cache.put(key, t, o, h, l, c, v);          // the live candle: O(1), no fsync
 * }</pre>
 */
public interface HistoryCache extends AutoCloseable {

    /** One stored series. */
    record Key(String connector, String source, String symbol, Timeframe timeframe) {
        /** The key of a connector's series, or null when the connector has no source worth keeping (the replay). */
        public static Key of(MarketDataConnector c, String symbol, Timeframe tf) {
            String source = c.source();
            return source == null || source.isBlank() ? null : new Key(c.id(), source, symbol, tf);
        }
    }

    /** One stored series and its size, for listings. */
    record Entry(String connector, String symbol, String timeframe, long bars, long bytes, String file) {
    }

    /**
     * The newest {@code maxBars} bars kept for {@code key} that open before {@code beforeMillis}, oldest first
     * (empty when none). Reads only those bars, however many are kept.
     */
    BarStore read(Key key, long beforeMillis, int maxBars) throws IOException;

    /** Merges {@code bars} in: a bar of a time already kept replaces it. */
    void write(Key key, BarStore bars) throws IOException;

    /** One bar at or after the newest kept: O(1), not synced to disk at once. */
    void put(Key key, long t, double o, double h, double l, double c, double v) throws IOException;

    List<Entry> list() throws IOException;

    /** Bytes on disk. */
    long sizeBytes() throws IOException;

    /** Deletes what is kept for {@code connector} (every connector when null); returns the files removed. */
    int purge(String connector) throws IOException;

    @Override
    void close() throws IOException;
}
