package org.candela.connector.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported CSV of bars or trades: its first half as history, the rest played live at the replay speed. */
class CsvReplayTest {

    @TempDir
    Path dir;

    static final long T0 = 1_717_416_000_000L;

    @Test
    void aBarCsvIsHistoryThenPlaysItsBarsAsTradesAndBars() throws Exception {
        StringBuilder csv = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 0; i < 10; i++) {
            double o = 100 + i;
            csv.append(Instant.ofEpochMilli(T0 + i * 60_000L)).append(',').append(o).append(',').append(o + 2).append(',')
                    .append(o - 1).append(',').append(o + 1).append(',').append(3).append('\n');
        }
        csv.append("garbage,row\n");
        Files.writeString(dir.resolve("mine.csv"), csv);
        ReplayConnector c = ReplayConnectorTest.connector(600, 100, dir.toString()); // 600x: a minute in 0.1 s
        assertTrue(c.symbols().contains("mine.csv"), c.symbols().toString());
        List<ReplayConnectorTest.Bar> history = ReplayConnectorTest.load(c, "mine.csv", Timeframe.M1, Long.MAX_VALUE, 100);
        assertEquals(5, history.size(), "the first half is history");
        assertEquals(new ReplayConnectorTest.Bar(T0, 100, 102, 99, 101, 3), history.get(0));
        assertEquals(2, ReplayConnectorTest.load(c, "mine.csv", Timeframe.M1, T0 + 2 * 60_000, 100).size(), "paging back");
        assertEquals(1, ReplayConnectorTest.load(c, "mine.csv", Timeframe.M5, Long.MAX_VALUE, 100).size(), "five minutes make one bar");

        List<String> events = new CopyOnWriteArrayList<>();
        Subscription s = c.subscribe("mine.csv", Timeframe.M1, new LiveListener() {
            public void onBar(long t, double o, double h, double l, double cl, double v) {
                events.add("bar " + (t - T0) / 60_000 + " " + o + " " + h + " " + l + " " + cl + " " + v);
            }

            public void onTrade(long t, double p, double size) {
                events.add("trade " + p);
            }

            public void onState(ConnectionState st, String detail) {
                events.add(st + " " + detail);
            }
        });
        long deadline = System.currentTimeMillis() + 10_000;
        while (!events.contains("CLOSED the CSV has been played to its end") && System.currentTimeMillis() < deadline) Thread.sleep(20);
        s.close();
        List<String> bars = new ArrayList<>(events.stream().filter(e -> e.startsWith("bar")).toList());
        assertEquals(List.of("bar 5 105.0 107.0 104.0 106.0 3.0", "bar 6 106.0 108.0 105.0 107.0 3.0", "bar 7 107.0 109.0 106.0 108.0 3.0",
                "bar 8 108.0 110.0 107.0 109.0 3.0", "bar 9 109.0 111.0 108.0 110.0 3.0"), bars);
        assertEquals(List.of("trade 105.0", "trade 104.0", "trade 107.0", "trade 106.0"), events.subList(1, 5),
                "a bar that closes up is played open, low, high, close");
        assertEquals(0, c.activeFeeds(), "the feed stopped at the end of the file");
    }

    @Test
    void aTradeCsvAggregatesIntoHistoryAndPlaysItsTrades() throws Exception {
        StringBuilder csv = new StringBuilder("time,price,size\n");
        for (int i = 0; i < 20; i++) csv.append(T0 + i * 15_000L).append(',').append(100 + i % 4).append(",0.5\n");
        Files.writeString(dir.resolve("ticks.csv"), csv);
        ReplayConnector c = ReplayConnectorTest.connector(100, 100, dir.toString());
        List<ReplayConnectorTest.Bar> history = ReplayConnectorTest.load(c, "ticks.csv", Timeframe.M1, Long.MAX_VALUE, 100);
        assertEquals(List.of(new ReplayConnectorTest.Bar(T0, 100, 103, 100, 103, 2), new ReplayConnectorTest.Bar(T0 + 60_000, 100, 103, 100, 103, 2),
                new ReplayConnectorTest.Bar(T0 + 120_000, 100, 101, 100, 101, 1)), history, "ten trades in 15 s steps, per minute");
        List<Double> prices = new CopyOnWriteArrayList<>();
        Subscription s = c.subscribe("ticks.csv", Timeframe.M1, new LiveListener() {
            public void onBar(long t, double o, double h, double l, double cl, double v) {
            }

            public void onTrade(long t, double p, double size) {
                prices.add(p);
            }

            public void onState(ConnectionState st, String detail) {
            }
        });
        long deadline = System.currentTimeMillis() + 10_000;
        while (prices.size() < 10 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        s.close();
        assertEquals(List.of(102.0, 103.0, 100.0, 101.0, 102.0, 103.0, 100.0, 101.0, 102.0, 103.0), prices);
    }

    @Test
    void aHeaderWithoutRowsOrABinaryFileIsAClearErrorNotABarAt1970() throws Exception {
        java.nio.file.Path empty = dir.resolve("empty.csv");
        java.nio.file.Files.writeString(empty, "time,open,high,low,close,volume\n");
        org.junit.jupiter.api.Assertions.assertEquals("empty.csv has no rows of bars after its header",
                org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> CsvTape.read(empty)).getMessage());
        java.nio.file.Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "time,price,size\nnot a time,1,1\n");
        org.junit.jupiter.api.Assertions.assertEquals("bad.csv has no rows of trades after its header (1 malformed rows skipped)",
                org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> CsvTape.read(bad)).getMessage());
        java.nio.file.Path binary = dir.resolve("photo.csv");
        java.nio.file.Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF, (byte) 0xFE, 10, (byte) 0xC3});
        org.junit.jupiter.api.Assertions.assertEquals("photo.csv is not a CSV text file (it holds binary data)",
                org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> CsvTape.read(binary)).getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(T0, CsvTape.parseTime(String.valueOf(T0 * 1_000_000L)), "nanoseconds");
        org.junit.jupiter.api.Assertions.assertEquals(T0, CsvTape.parseTime(String.valueOf(T0 * 1_000L)), "microseconds");
        org.junit.jupiter.api.Assertions.assertEquals(T0, CsvTape.parseTime(String.valueOf(T0 / 1000)), "seconds");
    }
}
