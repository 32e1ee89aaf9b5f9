package org.candela.connector.coinbase;

import com.fasterxml.jackson.databind.JsonNode;
import org.candela.marketdata.support.Json;
import org.candela.marketdata.support.MessageReader;

/**
 * Reads Coinbase Advanced Trade frames into events: 5-minute candles, market trades, the per-connection
 * {@code sequence_num} (a jump means frames were lost), and error frames. Heartbeats and subscription acks
 * only keep the link alive; unknown channels are ignored. An event whose {@code type} is neither
 * {@code snapshot} nor {@code update} is ignored and counted, however candle-shaped its data. A value of the
 * wrong JSON type (Coinbase sends prices, sizes, candle starts and trade ids as strings) drops its entry,
 * counted as malformed.
 */
final class CoinbaseMessages extends MessageReader<CoinbaseMessages.Events> {

    /** What a frame said. Products are Coinbase's ({@code BTC-USD}). */
    interface Events {
        /** A candle; {@code snapshot} for those sent on subscribing, false for a live update. */
        void bar(String product, long openMillis, double open, double high, double low, double close, double volume, boolean snapshot);

        void trade(String product, String id, long timeMillis, double price, double size);

        /** Frames between the last one and this were lost. */
        void gap(long expected, long got);

        void error(String message);
    }

    private long nextSequence = -1;

    /** A new connection numbers its frames from the start again. */
    void reset() {
        nextSequence = -1;
    }

    @Override
    protected void read(JsonNode m, Events out) {
        if (m.path("type").asText("").equals("error")) {
            out.error(m.path("message").asText("error") + (m.has("reason") ? ": " + m.path("reason").asText() : ""));
            return;
        }
        long sequence = Json.integer(m.get("sequence_num"));
        if (sequence != Long.MIN_VALUE) {
            if (nextSequence >= 0 && sequence > nextSequence) out.gap(nextSequence, sequence);
            if (sequence >= nextSequence) nextSequence = sequence + 1;
        }
        JsonNode events = m.get("events");
        String channel = m.path("channel").asText("");
        if (!channel.equals("candles") && !channel.equals("market_trades")) return; // heartbeats, subscriptions, others
        if (events == null || !events.isArray()) {
            malformed();
            return;
        }
        for (JsonNode e : events) {
            String type = e.path("type").asText("");
            if (!type.equals("snapshot") && !type.equals("update")) {
                ignored();
                continue;
            }
            boolean snapshot = type.equals("snapshot");
            JsonNode list = e.get(channel.equals("candles") ? "candles" : "trades");
            if (list == null || !list.isArray()) {
                malformed();
                continue;
            }
            for (JsonNode x : list) {
                if (channel.equals("candles")) candle(x, snapshot, out);
                else trade(x, out);
            }
        }
    }

    private void candle(JsonNode c, boolean snapshot, Events out) {
        String product = Json.string(c.get("product_id"));
        long start = Json.wholeText(c.get("start"));
        double o = Json.decimalText(c.get("open")), h = Json.decimalText(c.get("high")), l = Json.decimalText(c.get("low")),
                cl = Json.decimalText(c.get("close")), v = Json.decimalText(c.get("volume"));
        if (product == null || product.isEmpty() || start == Long.MIN_VALUE || start > Long.MAX_VALUE / 1000
                || !(o > 0 && cl > 0 && l > 0 && h >= Math.max(o, cl) && l <= Math.min(o, cl) && v >= 0)) {
            malformed();
            return;
        }
        out.bar(product, start * 1000, o, h, l, cl, v, snapshot);
    }

    private void trade(JsonNode t, Events out) {
        String product = Json.string(t.get("product_id")), id = Json.string(t.get("trade_id"));
        long time = Json.instantMillis(t.get("time"));
        double price = Json.decimalText(t.get("price")), size = Json.decimalText(t.get("size"));
        if (product == null || product.isEmpty() || id == null || id.isEmpty() || time == Long.MIN_VALUE || !(price > 0) || !(size >= 0)) {
            malformed();
            return;
        }
        out.trade(product, id, time, price, size);
    }
}
