package org.candela.connector.coinbase;

import com.fasterxml.jackson.databind.JsonNode;
import org.candela.marketdata.support.Json;
import org.candela.marketdata.support.MessageReader;

/**
 * Reads Coinbase Advanced Trade frames into events: 5-minute candles, market trades, the per-connection
 * {@code sequence_num} (a jump means frames were lost), and error frames. Heartbeats and subscription acks
 * only keep the link alive; unknown channels are ignored; malformed frames and values are counted.
 */
final class CoinbaseMessages extends MessageReader<CoinbaseMessages.Events> {

    /** What a frame said. Products are Coinbase's ({@code BTC-USD}). */
    interface Events {
        void bar(String product, long openMillis, double open, double high, double low, double close, double volume);

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
            JsonNode list = e.get(channel.equals("candles") ? "candles" : "trades");
            if (list == null || !list.isArray()) {
                malformed();
                continue;
            }
            for (JsonNode x : list) {
                if (channel.equals("candles")) candle(x, out);
                else trade(x, out);
            }
        }
    }

    private void candle(JsonNode c, Events out) {
        String product = c.path("product_id").asText("");
        long start = Json.integer(c.get("start"));
        double o = Json.decimal(c.get("open")), h = Json.decimal(c.get("high")), l = Json.decimal(c.get("low")),
                cl = Json.decimal(c.get("close")), v = Json.decimal(c.get("volume"));
        if (product.isEmpty() || start == Long.MIN_VALUE || start > Long.MAX_VALUE / 1000
                || !(o > 0 && cl > 0 && l > 0 && h >= Math.max(o, cl) && l <= Math.min(o, cl) && v >= 0)) {
            malformed();
            return;
        }
        out.bar(product, start * 1000, o, h, l, cl, v);
    }

    private void trade(JsonNode t, Events out) {
        String product = t.path("product_id").asText(""), id = Json.text(t.get("trade_id"));
        long time = Json.instantMillis(t.get("time"));
        double price = Json.decimal(t.get("price")), size = Json.decimal(t.get("size"));
        if (product.isEmpty() || id.isEmpty() || time == Long.MIN_VALUE || !(price > 0) || !(size >= 0)) {
            malformed();
            return;
        }
        out.trade(product, id, time, price, size);
    }
}
