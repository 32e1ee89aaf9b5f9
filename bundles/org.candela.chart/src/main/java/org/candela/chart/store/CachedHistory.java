package org.candela.chart.store;

import java.io.IOException;
import java.time.Instant;
import java.util.logging.Logger;
import org.candela.chart.data.BarStore;
import org.candela.chart.session.ChartSession;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;

/**
 * History that starts from what the cache kept: the kept bars, then only the gap to now from the exchange
 * (from the last kept candle, which may have been still forming), and what was fetched kept in turn. When
 * the exchange cannot be reached, the kept bars are the answer, with a note that says so and where they
 * end. A connector without a {@link MarketDataConnector#source} (the replay) is not cached.
 *
 * <pre>{@code
 * CachedHistory.Result r = CachedHistory.load(cache, kraken, "BTC/USD", Timeframe.M1, 5000, now, 10); // worker thread
 * if (!r.note().isEmpty()) status(r.note());
 * }</pre>
 */
public final class CachedHistory {

    private static final Logger LOG = Logger.getLogger(CachedHistory.class.getName());

    /** The bars, and a note for the user (empty when the exchange answered). */
    public record Result(BarStore bars, String note, int kept, int fetched) {
    }

    private CachedHistory() {
    }

    /** The key of a connector's series in {@code cache}, or null when there is no cache or nothing to keep. */
    private static HistoryCache.Key key(HistoryCache cache, MarketDataConnector c, String symbol, Timeframe tf) {
        return cache == null ? null : HistoryCache.Key.of(c, symbol, tf);
    }

    /** Up to {@code maxBars} bars that open before {@code endMillis}. Blocks: call it off the UI thread. */
    public static Result load(HistoryCache cache, MarketDataConnector connector, String symbol, Timeframe tf, int maxBars,
            long endMillis, int maxPages) throws IOException {
        return load(cache, connector, symbol, tf, maxBars, endMillis, maxPages, kept(cache, connector, symbol, tf, maxBars, endMillis),
                (r, e) -> { });
    }

    /**
     * As above, from {@code kept} (what {@link #kept} gave, already read: a window shows it first);
     * {@link ChartSession.Progress#QUICK_ONLY} asks for what is quick only (a chart opening).
     */
    public static Result load(HistoryCache cache, MarketDataConnector connector, String symbol, Timeframe tf, int maxBars,
            long endMillis, int maxPages, BarStore kept, ChartSession.Progress progress) throws IOException {
        HistoryCache.Key key = key(cache, connector, symbol, tf);
        if (key == null) {
            return new Result(ChartSession.fetchHistory(connector, symbol, tf, maxBars, endMillis, maxPages, Long.MIN_VALUE, progress), "", 0, 0);
        }
        long after = kept.size() < 2 ? Long.MIN_VALUE : kept.time(kept.size() - 2); // the last kept may have been forming
        BarStore fetched;
        try {
            fetched = ChartSession.fetchHistory(connector, symbol, tf, maxBars, endMillis, maxPages, after, progress);
        } catch (IOException e) {
            if (kept.isEmpty()) throw e;
            String note = connector.name() + " could not be reached (" + e.getMessage() + "); showing the " + kept.size()
                    + " bars kept on disk, which end at " + Instant.ofEpochMilli(kept.lastTime());
            LOG.info(note);
            return new Result(kept, note, kept.size(), 0);
        }
        try {
            cache.write(key, fetched);
        } catch (IOException e) {
            LOG.warning("could not keep the history of " + symbol + ": " + e.getMessage());
        }
        BarStore all = new BarStore(kept.size() + fetched.size());
        all.prepend(kept);
        for (int i = 0; i < fetched.size(); i++) {
            all.upsert(fetched.time(i), fetched.open(i), fetched.high(i), fetched.low(i), fetched.close(i), fetched.volume(i));
        }
        return new Result(tail(all, maxBars), "", kept.size(), fetched.size());
    }

    /**
     * The bars kept on disk that open before {@code endMillis}, the newest {@code maxBars} of them: what a
     * chart shows at once, before (or without) the network.
     */
    public static BarStore kept(HistoryCache cache, MarketDataConnector connector, String symbol, Timeframe tf, int maxBars,
            long endMillis) {
        HistoryCache.Key key = key(cache, connector, symbol, tf);
        if (key == null) return new BarStore();
        try {
            return cache.read(key, endMillis, maxBars);
        } catch (IOException e) {
            LOG.warning("the kept history of " + symbol + " cannot be read: " + e.getMessage());
            return new BarStore();
        }
    }

    /**
     * Older history (the user scrolled back past the first bar): the kept bars before {@code beforeMillis}
     * when there are any, else a page from the exchange, which is kept in turn.
     */
    public static BarStore older(HistoryCache cache, MarketDataConnector connector, String symbol, Timeframe tf, int maxBars,
            long beforeMillis, int maxPages, ChartSession.Progress progress) throws IOException {
        BarStore kept = kept(cache, connector, symbol, tf, maxBars, beforeMillis);
        if (!kept.isEmpty()) return kept;
        BarStore fetched = ChartSession.fetchHistory(connector, symbol, tf, maxBars, beforeMillis, maxPages, Long.MIN_VALUE, progress);
        HistoryCache.Key key = key(cache, connector, symbol, tf);
        if (key != null) {
            try {
                cache.write(key, fetched);
            } catch (IOException e) {
                LOG.warning("could not keep the older history of " + symbol + ": " + e.getMessage());
            }
        }
        return fetched;
    }

    /** The newest {@code n} bars. */
    static BarStore tail(BarStore b, int n) {
        if (b.size() <= n) return b;
        BarStore out = new BarStore(n);
        for (int i = b.size() - n; i < b.size(); i++) out.append(b.time(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i));
        return out;
    }
}
