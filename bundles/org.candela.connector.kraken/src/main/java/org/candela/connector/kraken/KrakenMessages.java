package org.candela.connector.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.candela.marketdata.support.Json;
import org.candela.marketdata.support.MessageReader;

/**
 * Reads Kraken WebSocket v2 frames into events. Unknown channels and fields are ignored; an {@code ohlc} or
 * {@code trade} frame whose {@code type} is neither {@code snapshot} nor {@code update} is ignored and counted
 * ({@link #ignoredCount()}), however candle-shaped its data. A frame that is not JSON, or a candle or trade
 * with a missing, non-finite or inconsistent value or a field of the wrong JSON type (v2 sends prices as
 * numbers, times as RFC 3339 strings, trade ids as integers), is counted as bad and produces nothing, so a
 * corrupt frame never becomes a corrupt candle. The trades of one frame are passed on oldest first, by
 * (timestamp, trade id), whatever order the frame lists them in.
 */
final class KrakenMessages extends MessageReader<KrakenMessages.Events> {

    /** What a frame said. */
    interface Events {
        /**
         * A candle of {@code symbol} (the exchange's v2 name), opening at {@code openMillis}; {@code snapshot}
         * for the candles sent on subscribing, false for a live update.
         */
        void bar(String symbol, long openMillis, double open, double high, double low, double close, double volume, boolean snapshot);

        void trade(String symbol, long id, long timeMillis, double price, double size);

        /** The engine's status: online, maintenance, cancel_only, post_only. */
        void status(String system);

        /** A subscription was refused for {@code symbol}. */
        void rejected(String symbol, String error);
    }

    private static final Comparator<JsonNode> OLDEST_FIRST = Comparator
            .comparingLong((JsonNode d) -> Json.instantMillis(d.get("timestamp")))
            .thenComparingLong(d -> Json.wholeNumber(d.get("trade_id")));

    private final List<JsonNode> batch = new ArrayList<>();

    @Override
    protected void read(JsonNode m, Events out) {
        String channel = m.path("channel").asText("");
        switch (channel) {
            case "ohlc" -> {
                Boolean snapshot = dataType(m);
                if (snapshot != null) each(m, d -> candle(d, snapshot, out));
            }
            case "trade" -> {
                if (dataType(m) != null) trades(m, out);
            }
            case "status" -> each(m, d -> out.status(d.path("system").asText("unknown")));
            case "heartbeat", "" -> method(m, out);
            default -> { } // a channel this connector did not ask for
        }
    }

    /** True for a snapshot, false for an update, null (counted, ignored) for any other type. */
    private Boolean dataType(JsonNode m) {
        String type = m.path("type").asText("");
        if (type.equals("snapshot")) return Boolean.TRUE;
        if (type.equals("update")) return Boolean.FALSE;
        ignored();
        return null;
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

    private void trades(JsonNode m, Events out) {
        batch.clear();
        each(m, batch::add);
        if (batch.size() > 1) batch.sort(OLDEST_FIRST);
        for (JsonNode d : batch) trade(d, out);
        batch.clear();
    }

    private void candle(JsonNode d, boolean snapshot, Events out) {
        String symbol = Json.string(d.get("symbol"));
        long begin = Json.instantMillis(d.get("interval_begin"));
        double o = Json.number(d.get("open")), h = Json.number(d.get("high")), l = Json.number(d.get("low")),
                c = Json.number(d.get("close")), v = Json.number(d.get("volume"));
        boolean valid = symbol != null && !symbol.isEmpty() && begin != Long.MIN_VALUE && o > 0 && c > 0 && l > 0
                && h >= Math.max(o, c) && l <= Math.min(o, c) && v >= 0;
        if (!valid) {
            malformed();
            return;
        }
        out.bar(symbol, begin, o, h, l, c, v, snapshot);
    }

    private void trade(JsonNode d, Events out) {
        String symbol = Json.string(d.get("symbol"));
        long id = Json.wholeNumber(d.get("trade_id")), time = Json.instantMillis(d.get("timestamp"));
        double price = Json.number(d.get("price")), qty = Json.number(d.get("qty"));
        if (symbol == null || symbol.isEmpty() || id == Long.MIN_VALUE || time == Long.MIN_VALUE || !(price > 0) || !(qty >= 0)) {
            malformed();
            return;
        }
        out.trade(symbol, id, time, price, qty);
    }
}
