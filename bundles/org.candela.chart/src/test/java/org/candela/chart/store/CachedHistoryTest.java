package org.candela.chart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History from the cache first, only the gap from the exchange, and the kept bars when it is unreachable. */
class CachedHistoryTest {

    static final long M = 60_000, T0 = 1_717_415_880_000L;

    @TempDir
    Path dir;

    /** An exchange whose candles are {@code 100 + i} at {@code T0 + i·M}; it can be made unreachable. */
    static final class Exchange implements MarketDataConnector {
        final List<HistoryRequest> requests = new ArrayList<>();
        final String source;
        boolean down;
        int bars = 300;

        Exchange(String source) {
            this.source = source;
        }

        public String id() {
            return "fake";
        }

        public String name() {
            return "Fake";
        }

        public String source() {
            return source;
        }

        public List<String> symbols() {
            return List.of("BTC/USD");
        }

        public int loadHistory(HistoryRequest r, BarSink sink) throws IOException {
            requests.add(r);
            if (down) throw new IOException("Fake cannot be reached at 127.0.0.1:9 (no connection)");
            int n = 0;
            for (int i = 0; i < bars; i++) {
                long t = T0 + i * M;
                if (t >= r.endMillis() || t < r.endMillis() - r.maxBars() * M) continue;
                sink.bar(t, 100 + i, 101 + i, 99 + i, 100.5 + i, 1);
                n++;
            }
            return n;
        }

        public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
            return () -> { };
        }

        public ConnectionState state() {
            return ConnectionState.CLOSED;
        }
    }

    @Test
    void theSecondLoadAsksOnlyForTheGapAndAnUnreachableExchangeGivesTheKeptBars() throws IOException {
        Exchange ex = new Exchange("wss://fake 1");
        try (FileHistoryCache cache = new FileHistoryCache(dir, 0)) {
            var first = CachedHistory.load(cache, ex, "BTC/USD", Timeframe.M1, 1000, T0 + 300 * M, 10);
            assertEquals(300, first.bars().size());
            assertEquals(300, first.fetched());
            ex.bars = 310; // ten minutes later
            ex.requests.clear();
            var second = CachedHistory.load(cache, ex, "BTC/USD", Timeframe.M1, 1000, T0 + 310 * M, 10);
            assertEquals(310, second.bars().size());
            assertEquals(11, second.fetched(), "the gap and the candle that was forming");
            assertEquals(1, ex.requests.size(), "one page: it reached the kept bars");
            assertEquals(100 + 309, second.bars().open(309));
            ex.down = true;
            var offline = CachedHistory.load(cache, ex, "BTC/USD", Timeframe.M1, 1000, T0 + 320 * M, 10);
            assertEquals(310, offline.bars().size());
            assertTrue(offline.note().startsWith("Fake could not be reached (Fake cannot be reached at 127.0.0.1:9 (no connection));"
                    + " showing the 310 bars kept on disk, which end at 2024-06-03T17:07:00Z"), offline.note());
        }
    }

    @Test
    void anotherSourceKeepsItsOwnHistoryAndTheReplayNone() throws IOException {
        try (FileHistoryCache cache = new FileHistoryCache(dir, 0)) {
            CachedHistory.load(cache, new Exchange("wss://real"), "BTC/USD", Timeframe.M1, 1000, T0 + 300 * M, 10);
            Exchange test = new Exchange("ws://127.0.0.1:4567");
            test.down = true;
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> CachedHistory.load(cache, test, "BTC/USD", Timeframe.M1, 1000, T0 + 300 * M, 10));
            assertTrue(e.getMessage().startsWith("Fake cannot be reached"), "nothing kept for the test server: " + e.getMessage());
            assertEquals(1, cache.list().size());
            Exchange replay = new Exchange("");
            CachedHistory.load(cache, replay, "BTC/USD", Timeframe.M1, 1000, T0 + 300 * M, 10);
            assertEquals(1, cache.list().size(), "a source without an address is not kept");
            assertEquals(1, cache.purge("fake"));
            assertEquals(0, cache.sizeBytes());
        }
    }

    @Test
    void liveBarsAreKeptAndAFileOverTheCapIsDeletedOldestFirst() throws IOException, InterruptedException {
        try (FileHistoryCache cache = new FileHistoryCache(dir, 20_000)) {
            var k1 = new HistoryCache.Key("fake", "a", "BTC/USD", Timeframe.M1);
            var k2 = new HistoryCache.Key("fake", "a", "ETH/USD", Timeframe.M1);
            BarStore b = BarFileTest.bars(300, T0, 9); // 15,632 bytes
            cache.write(k1, b);
            cache.put(k1, b.lastTime() + M, 1, 1, 1, 1, 1);
            assertEquals(301, cache.read(k1, Long.MAX_VALUE, Integer.MAX_VALUE).size());
            cache.close(); // no file in use: the cap may take any
            Thread.sleep(20);
            cache.write(k2, b); // over the cap: the older series goes
            assertEquals(0, cache.read(k1, Long.MAX_VALUE, Integer.MAX_VALUE).size());
            assertEquals(300, cache.read(k2, Long.MAX_VALUE, Integer.MAX_VALUE).size());
        }
    }
}
