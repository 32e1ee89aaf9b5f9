package org.candela.connector.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import org.candela.marketdata.support.Json;
import org.candela.marketdata.support.MessageReader;

/**
 * Reads Kraken WebSocket v2 frames into events. Unknown channels, types and fields are ignored; a frame
 * that is not JSON, or a candle or trade with a missing, non-finite or inconsistent value, is counted as
 * bad and produces nothing, so a corrupt frame never becomes a corrupt candle.
 */
final class KrakenMessages extends MessageReader<KrakenMessages.Events> {

    /** What a frame said. */
    interface Events {
        /** A candle of {@code symbol} (the exchange's v2 name), opening at {@code openMillis}. */
        void bar(String symbol, long openMillis, double open, double high, double low, double close, double volume);

        void trade(String symbol, long id, long timeMillis, double price, double size);

        /** The engine's status: online, maintenance, cancel_only, post_only. */
        void status(String system);

        /** A subscription was refused for {@code symbol}. */
        void rejected(String symbol, String error);
    }


    @Override
    protected void read(JsonNode m, Events out) {
        String channel = m.path("channel").asText("");
        switch (channel) {
            case "ohlc" -> each(m, d -> candle(d, out));
            case "trade" -> each(m, d -> trade(d, out));
            case "status" -> each(m, d -> out.status(d.path("system").asText("unknown")));
            case "heartbeat", "" -> method(m, out);
            default -> { } // a channel this connector did not ask for
        }
    }

    private void method(JsonNode m, Events out) {
        if (!m.path("method").asText("").equals("subscribe") || m.path("success").asBoolean(true)) return;
        out.rejected(m.path("symbol").asText(m.path("result").path("symbol").asText("?")), m.path("error").asText("refused"));
    }

    private void each(JsonNode m, java.util.function.Consumer<JsonNode> f) {
        JsonNode data = m.get("data");
        if (data == null || !data.isArray()) {
            malformed();
            return;
        }
        for (JsonNode d : data) {
            if (d.isObject()) f.accept(d);
            else malformed();
        }
    }

    private void candle(JsonNode d, Events out) {
        String symbol = d.path("symbol").asText("");
        long begin = Json.instantMillis(d.get("interval_begin"));
        double o = Json.decimal(d.get("open")), h = Json.decimal(d.get("high")), l = Json.decimal(d.get("low")),
                c = Json.decimal(d.get("close")), v = Json.decimal(d.get("volume"));
        boolean valid = !symbol.isEmpty() && begin != Long.MIN_VALUE && o > 0 && c > 0 && l > 0
                && h >= Math.max(o, c) && l <= Math.min(o, c) && v >= 0;
        if (!valid) {
            malformed();
            return;
        }
        out.bar(symbol, begin, o, h, l, c, v);
    }

    private void trade(JsonNode d, Events out) {
        String symbol = d.path("symbol").asText("");
        long id = Json.integer(d.get("trade_id")), time = Json.instantMillis(d.get("timestamp"));
        double price = Json.decimal(d.get("price")), qty = Json.decimal(d.get("qty"));
        if (symbol.isEmpty() || id == Long.MIN_VALUE || time == Long.MIN_VALUE || !(price > 0) || !(qty >= 0)) {
            malformed();
            return;
        }
        out.trade(symbol, id, time, price, qty);
    }
}
