package org.candela.connector.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample frames of PROTOCOLS.md, read into events; unknown fields and frames change nothing. */
class KrakenMessagesTest {

    /** Records what frames said, as text. */
    static final class Recorder implements KrakenMessages.Events {
        final List<String> events = new ArrayList<>();

        public void bar(String symbol, long open, double o, double h, double l, double c, double v, boolean snapshot) {
            events.add("bar " + symbol + " " + java.time.Instant.ofEpochMilli(open) + " " + o + " " + h + " " + l + " " + c + " " + v);
        }

        public void trade(String symbol, long id, long time, double price, double size) {
            events.add("trade " + symbol + " #" + id + " " + java.time.Instant.ofEpochMilli(time) + " " + price + " " + size);
        }

        public void status(String system) {
            events.add("status " + system);
        }

        public void rejected(String symbol, String error) {
            events.add("rejected " + symbol + ": " + error);
        }
    }

    private static List<String> read(String sample) throws Exception {
        Recorder r = new Recorder();
        KrakenMessages m = new KrakenMessages();
        m.read(Files.readString(MockKraken.SAMPLES.resolve(sample + ".json")), r);
        assertEquals(0, m.bad(), sample + " is well-formed");
        return r.events;
    }

    @Test
    void samplesBecomeEvents() throws Exception {
        assertEquals(List.of("status online"), read("ws-v2-status"));
        assertEquals(List.of("bar BTC/USD 2024-06-03T11:58:00Z 68512.3 68530.0 68499.1 68521.7 1.83241176",
                "bar BTC/USD 2024-06-03T11:59:00Z 68521.7 68540.5 68510.0 68533.9 0.97305521"), read("ws-v2-ohlc-snapshot"));
        assertEquals(List.of("bar BTC/USD 2024-06-03T12:00:00Z 68533.9 68541.2 68533.9 68540.1 0.0215"), read("ws-v2-ohlc-update"));
        assertEquals(List.of("trade BTC/USD #70123452 2024-06-03T12:00:02.731Z 68540.1 0.0125",
                "trade BTC/USD #70123453 2024-06-03T12:00:02.731Z 68541.2 1.2345E-4"), read("ws-v2-trade-update"));
        assertEquals(List.of("rejected XBT/USD: Currency pair not supported XBT/USD"), read("ws-v2-subscribe-error-unknown-symbol"));
        for (String quiet : new String[] {"ws-v2-heartbeat", "ws-v2-pong", "ws-v2-subscribe-ohlc-ack", "ws-v2-subscribe-trade-ack",
                "ws-v2-unsubscribe-ohlc-ack"}) {
            assertEquals(List.of(), read(quiet), quiet + " says nothing the chart needs");
        }
    }

    @Test
    void unknownChannelsAndFieldsAreIgnoredAndMalformedFramesCounted() {
        Recorder r = new Recorder();
        KrakenMessages m = new KrakenMessages();
        m.read("{\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"bids\":[]}]}", r);
        m.read("{\"channel\":\"ohlc\",\"type\":\"update\",\"extra\":{\"x\":1},\"data\":[{\"symbol\":\"BTC/USD\",\"open\":1.5,"
                + "\"high\":2,\"low\":1,\"close\":1.5,\"volume\":0.10000000,\"interval_begin\":\"2024-06-03T12:00:00.000000000Z\",\"new_field\":true}]}", r);
        m.read("{\"channel\":\"ohlc\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"open\":1,\"high\":0.5,\"low\":1,\"close\":1,\"volume\":1,"
                + "\"interval_begin\":\"2024-06-03T12:00:00Z\"}]}", r); // high below open: never a candle
        m.read("{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"price\":\"NaN\",\"qty\":1,\"trade_id\":1,\"timestamp\":\"2024-06-03T12:00:00Z\"}]}", r);
        m.read("{\"channel\":\"ohlc\",\"data\":[{\"symbol\":", r);
        m.read("[1,2,3]", r);
        assertEquals(List.of("bar BTC/USD 2024-06-03T12:00:00Z 1.5 2.0 1.0 1.5 0.1"), r.events);
        assertEquals(4, m.bad());
        assertEquals(6, m.frames());
    }

    @Test
    void fieldsOfTheWrongJsonTypeDropTheEntryWhole() {
        Recorder r = new Recorder();
        KrakenMessages m = new KrakenMessages();
        String candle = "{\"channel\":\"ohlc\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"open\":%s,\"high\":2,\"low\":1,"
                + "\"close\":1.5,\"volume\":0.1,\"interval_begin\":%s}]}";
        m.read(String.format(candle, "\"1.5\"", "\"2024-06-03T12:00:00Z\""), r); // v2 prices are numbers, not strings
        m.read(String.format(candle, "true", "\"2024-06-03T12:00:00Z\""), r);
        m.read(String.format(candle, "1.5", "1717416000"), r); // interval_begin is an RFC 3339 string
        String trade = "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"price\":1.5,\"qty\":1,"
                + "\"trade_id\":%s,\"timestamp\":\"2024-06-03T12:00:00Z\"}]}";
        m.read(String.format(trade, "\"7\""), r);
        m.read(String.format(trade, "7.5"), r);
        assertEquals(List.of(), r.events);
        assertEquals(5, m.bad());
    }

    @Test
    void ohlcAndTradeFramesOfUnknownTypesAreIgnoredAndCounted() {
        Recorder r = new Recorder();
        KrakenMessages m = new KrakenMessages();
        String data = "\"data\":[{\"symbol\":\"BTC/USD\",\"open\":1.5,\"high\":2,\"low\":1,\"close\":1.5,\"volume\":0.1,"
                + "\"interval_begin\":\"2024-06-03T12:00:00Z\"}]";
        m.read("{\"channel\":\"ohlc\",\"type\":\"delta\"," + data + "}", r);
        m.read("{\"channel\":\"ohlc\"," + data + "}", r);
        m.read("{\"channel\":\"trade\",\"type\":\"correction\",\"data\":[{\"symbol\":\"BTC/USD\",\"price\":1.5,\"qty\":1,"
                + "\"trade_id\":7,\"timestamp\":\"2024-06-03T12:00:00Z\"}]}", r);
        assertEquals(List.of(), r.events);
        assertEquals(3, m.ignoredCount());
        assertEquals(0, m.bad());
        m.read("{\"channel\":\"ohlc\",\"type\":\"snapshot\"," + data + "}", r);
        assertEquals(1, r.events.size(), "the same candle in a snapshot is read");
    }

    @Test
    void theTradesOfOneFrameArePassedOnOldestFirst() {
        Recorder r = new Recorder();
        KrakenMessages m = new KrakenMessages();
        String t = "{\"symbol\":\"BTC/USD\",\"price\":%d,\"qty\":1,\"trade_id\":%d,\"timestamp\":\"2024-06-03T12:00:0%dZ\"}";
        m.read("{\"channel\":\"trade\",\"type\":\"update\",\"data\":[" + String.format(t, 30, 3, 2) + "," + String.format(t, 20, 2, 2) + ","
                + String.format(t, 10, 1, 1) + "]}", r);
        assertEquals(List.of("trade BTC/USD #1 2024-06-03T12:00:01Z 10.0 1.0", "trade BTC/USD #2 2024-06-03T12:00:02Z 20.0 1.0",
                "trade BTC/USD #3 2024-06-03T12:00:02Z 30.0 1.0"), r.events);
    }
}
