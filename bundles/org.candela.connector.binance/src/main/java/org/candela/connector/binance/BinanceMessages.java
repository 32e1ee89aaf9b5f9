package org.candela.connector.binance;

import com.fasterxml.jackson.databind.JsonNode;
import org.candela.marketdata.support.Json;
import org.candela.marketdata.support.MessageReader;

/**
 * Reads Binance stream frames (raw or combined {@code {"stream":..,"data":..}}) into events: klines, trades,
 * the server's shutdown notice and error replies. Acks and unknown events are ignored; malformed frames or
 * inconsistent values are counted and produce nothing.
 */
final class BinanceMessages extends MessageReader<BinanceMessages.Events> {

    /** What a frame said. Symbols are Binance's ({@code BTCUSDT}). */
    interface Events {
        void bar(String symbol, long openMillis, double open, double high, double low, double close, double volume);

        void trade(String symbol, long id, long timeMillis, double price, double size);

        /** {@code serverShutdown}: the server will close this connection soon. */
        void shutdown();

        /** An error reply ({@code {"code":2,"msg":"Invalid request: ..."}}). */
        void error(int code, String message);
    }


    @Override
    protected void read(JsonNode m, Events out) {
        JsonNode d = m.has("stream") && m.has("data") ? m.get("data") : m;
        if (!d.isObject()) {
            malformed();
            return;
        }
        if (d.has("code") && d.has("msg") && !d.has("e")) {
            out.error(d.path("code").asInt(), d.path("msg").asText(""));
            return;
        }
        switch (d.path("e").asText("")) {
            case "kline" -> kline(d, out);
            case "trade" -> trade(d, out);
            case "serverShutdown" -> out.shutdown();
            default -> { } // acks ({"result":null,"id":1}), aggTrade, events not asked for
        }
    }

    private void kline(JsonNode d, Events out) {
        JsonNode k = d.get("k");
        if (k == null || !k.isObject()) {
            malformed();
            return;
        }
        String symbol = k.path("s").asText(d.path("s").asText(""));
        long open = Json.integer(k.get("t"));
        double o = Json.decimal(k.get("o")), h = Json.decimal(k.get("h")), l = Json.decimal(k.get("l")),
                c = Json.decimal(k.get("c")), v = Json.decimal(k.get("v"));
        if (symbol.isEmpty() || open == Long.MIN_VALUE || !(o > 0 && c > 0 && l > 0 && h >= Math.max(o, c) && l <= Math.min(o, c) && v >= 0)) {
            malformed();
            return;
        }
        out.bar(symbol, open, o, h, l, c, v);
    }

    private void trade(JsonNode d, Events out) {
        String symbol = d.path("s").asText("");
        long id = Json.integer(d.get("t")), time = Json.integer(d.get("T"));
        double price = Json.decimal(d.get("p")), qty = Json.decimal(d.get("q"));
        if (symbol.isEmpty() || id == Long.MIN_VALUE || time == Long.MIN_VALUE || !(price > 0) || !(qty >= 0)) {
            malformed();
            return;
        }
        out.trade(symbol, id, time, price, qty);
    }
}
