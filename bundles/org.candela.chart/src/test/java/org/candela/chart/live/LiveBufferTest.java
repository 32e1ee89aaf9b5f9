package org.candela.chart.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.candela.chart.data.BarStore;
import org.candela.marketdata.api.ConnectionState;
import org.junit.jupiter.api.Test;

class LiveBufferTest {

    private static final long M = 60_000;
    private final AtomicInteger frames = new AtomicInteger();
    private final LiveBuffer live = new LiveBuffer(M, frames::incrementAndGet);

    private static BarStore history() {
        BarStore s = new BarStore();
        s.append(0, 100, 101, 99, 100.5, 10);
        s.append(M, 100.5, 100.8, 100.2, 100.6, 4);
        return s;
    }

    @Test
    void theNewestTradeByTimeAndSequenceSetsTheCloseAndTheOldestTheOpen() {
        BarStore s = history();
        long t = 2 * M;
        live.onTrade(t + 3000, 7, 103, 1);   // arrives first, newest
        live.onTrade(t + 1000, 5, 101, 1);
        live.onTrade(t + 3000, 6, 102, 1);   // same time, lower sequence: older
        live.onTrade(t + 500, 4, 100, 1);    // the oldest: the open
        live.drainInto(s);
        live.onTrade(t + 2000, 3, 99, 1);    // late, in a later frame
        live.drainInto(s);
        assertEquals(3, s.size());
        assertEquals(100, s.open(2));
        assertEquals(103, s.high(2));
        assertEquals(99, s.low(2));
        assertEquals(103, s.close(2), "trade 7, the newest by (time, sequence)");
        assertEquals(5, s.volume(2));
        live.onBar(t, 100, 104, 98, 102.5, 6);  // the exchange's candle is authoritative
        live.onTrade(t + 2500, 8, 101.5, 1);    // older than trade 7: the close stays the exchange's
        live.onTrade(t + 100, 9, 97, 1);        // older than the first: the exchange's open stands
        live.drainInto(s);
        assertEquals(100, s.open(2));
        assertEquals(102.5, s.close(2));
        assertEquals(97, s.low(2));
        live.onTrade(t + 4000, 10, 101, 1);     // newer: moves the close
        live.drainInto(s);
        assertEquals(101, s.close(2));
    }

    @Test
    void timesFarInTheFutureAreRefusedAndAnOldBarDoesNotRestartTheChart() {
        BarStore s = history();
        long now = System.currentTimeMillis() / M * M;
        s.append(now - M, 100, 101, 99, 100, 1);
        live.onTrade(1_717_416_000_000_000_000L, 1, 100.5, 1); // a 19-digit time (nanoseconds read as millis)
        live.onBar(now + 2 * 86_400_000L, 1, 1, 1, 1, 1);
        assertEquals(-1, live.drainInto(s));
        assertEquals(2, live.rejected());
        live.onTrade(now + 1000, 2, 100.7, 1); // and the next real trade is not "late"
        assertEquals(3, live.drainInto(s));
        assertEquals(4, s.size());
        live.onBar(-M * 10, 1, 1, 1, 1, 1);    // before the first bar: not a live bar
        assertEquals(-1, live.drainInto(s));
        assertEquals(4, s.size());
    }

    @Test
    void tradesMoveTheFormingCandle() {
        BarStore s = history();
        live.onTrade(M + 1000, 101.2, 0.5);
        live.onTrade(M + 2000, 99.9, 0.25);
        live.onTrade(M + 3000, 100.1, 1);
        assertEquals(1, live.drainInto(s));
        assertEquals(2, s.size());
        assertEquals(100.5, s.open(1), "open stays");
        assertEquals(101.2, s.high(1));
        assertEquals(99.9, s.low(1));
        assertEquals(100.1, s.close(1));
        assertEquals(5.75, s.volume(1), 1e-12);
    }

    @Test
    void aTradeInTheNextIntervalOpensANewCandle() {
        BarStore s = history();
        live.onTrade(2 * M + 5, 100.7, 2);
        assertEquals(2, live.drainInto(s));
        assertEquals(3, s.size());
        assertEquals(2 * M, s.time(2));
        assertEquals(100.7, s.open(2));
        assertEquals(100.7, s.high(2));
        assertEquals(2, s.volume(2));
    }

    @Test
    void anExchangeOhlcUpdateIsAuthoritativeForItsInterval() {
        BarStore s = history();
        live.onTrade(M + 1000, 105, 1);
        live.onBar(M, 100.5, 101, 100, 100.9, 7);
        live.onTrade(M + 50_000, 100.95, 0.5);
        live.drainInto(s);
        assertEquals(101, s.high(1), "the OHLC update replaced what the trade built");
        assertEquals(100.95, s.close(1), "a later trade moves it again");
        assertEquals(7.5, s.volume(1), 1e-12);
    }

    @Test
    void lateAndMalformedEventsAreCountedAndChangeNothing() {
        BarStore s = history();
        live.onTrade(10, 500, 1);
        live.onTrade(M + 10, Double.NaN, 1);
        live.onTrade(M + 10, 100, -1);
        live.onBar(M, 100, 90, 110, 100, 1);
        live.onBar(M + 7, 100, 110, 90, 100, 1);
        assertEquals(-1, live.drainInto(s));
        assertEquals(1, live.lateTrades());
        assertEquals(4, live.rejected());
        assertEquals(100.6, s.close(1));
    }

    @Test
    void oneFrameRequestPerBatchOfTicks() {
        BarStore s = history();
        for (int i = 0; i < 100; i++) live.onTrade(M + i, 100 + i * 0.01, 0.1);
        assertEquals(1, frames.get(), "coalesced until the UI drains");
        live.drainInto(s);
        live.onTrade(M + 500, 100, 0.1);
        assertEquals(2, frames.get());
        live.onState(ConnectionState.STALE, "no data for 30 s");
        assertEquals(ConnectionState.STALE, live.state());
    }

    @Test
    void noAllocationPerTickOnceWarm() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        BarStore s = history();
        for (int round = 0; round < 50; round++) tickAndDrain(s, round);
        long before = bean.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int round = 50; round < 1050; round++) tickAndDrain(s, round);
        long allocated = bean.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(allocated < 1000 * 16, "200,000 ticks allocated " + allocated + " bytes");
    }

    private void tickAndDrain(BarStore s, int round) {
        for (int i = 0; i < 200; i++) live.onTrade(M + (i % 50), 100 + (i % 7) * 0.1, 0.01);
        live.drainInto(s);
    }

    @Test
    void aFloodIsFoldedIntoItsCandlesAndLeavesThemExactlyAsOneByOne() {
        for (long seed = 1; seed <= 5; seed++) {
            java.util.Random r = new java.util.Random(seed);
            BarStore oneByOne = history(), flooded = history();
            LiveBuffer reference = new LiveBuffer(M, () -> { });
            LiveBuffer flood = new LiveBuffer(M, () -> { });
            int events = 60_000;
            long t = 2 * M, seq = 0;
            for (int k = 0; k < events; k++) {
                t += r.nextInt(400) - 100;                         // mostly forward, sometimes back
                long time = Math.max(M, t);
                double price = 100 + r.nextInt(2000) / 100.0;
                if (r.nextInt(50) == 0) {                          // now and then the exchange's bar for a candle
                    long open = time / M * M;
                    double o = 100 + r.nextInt(500) / 100.0, c = 100 + r.nextInt(500) / 100.0, v = r.nextInt(100);
                    reference.onBar(open, o, Math.max(o, c) + 1, Math.min(o, c) - 1, c, v);
                    reference.drainInto(oneByOne);
                    flood.onBar(open, o, Math.max(o, c) + 1, Math.min(o, c) - 1, c, v);
                    continue;
                }
                long sq = r.nextInt(10) == 0 ? seq - r.nextInt(5) : ++seq;
                double size = r.nextInt(100) / 100.0;
                reference.onTrade(time, sq, price, size);
                reference.drainInto(oneByOne);                       // the UI keeping up: one event per frame
                flood.onTrade(time, sq, price, size);                // the UI stalled: nothing drained
            }
            flood.drainInto(flooded);
            assertTrue(flood.coalesced() > events - LiveBuffer.HARD_CAPACITY, "folded: " + flood.coalesced());
            assertEquals(0, flood.dropped());
            assertEquals(oneByOne.size(), flooded.size());
            for (int i = 0; i < oneByOne.size(); i++) {
                String at = "seed " + seed + ", bar " + i;
                assertEquals(oneByOne.time(i), flooded.time(i), at);
                assertEquals(oneByOne.open(i), flooded.open(i), at);
                assertEquals(oneByOne.high(i), flooded.high(i), at);
                assertEquals(oneByOne.low(i), flooded.low(i), at);
                assertEquals(oneByOne.close(i), flooded.close(i), at);
                assertEquals(oneByOne.volume(i), flooded.volume(i), 1e-6, at);
            }
        }
    }
}
