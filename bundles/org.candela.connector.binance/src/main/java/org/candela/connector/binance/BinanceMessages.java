package org.candela.connector.binance;

import com.fasterxml.jackson.databind.JsonNode;
import org.candela.marketdata.support.Json;
import org.candela.marketdata.support.MessageReader;

/**
 * Reads Binance stream frames (raw or combined {@code {"stream":..,"data":..}}) into events: klines, trades,
 * the server's shutdown notice and error replies. Acks are ignored; events of unknown types are ignored and
 * counted. A frame with a field of the wrong JSON type (prices are strings, times and ids integers, the
 * closed flag {@code x} a boolean: {@code "x":"false"} is a string) or an inconsistent value is dropped whole
 * and counted as malformed.
 */
final class BinanceMessages extends MessageReader<BinanceMessages.Events> {

    /** What a frame said. Symbols are Binance's ({@code BTCUSDT}). */
    interface Events {
        /** A kline; {@code closed} when it is the candle's final push ({@code x=true}). */
        void bar(String symbol, long openMillis, double open, double high, double low, double close, double volume, boolean closed);

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
        if (!d.has("e")) return; // acks ({"result":null,"id":1})
        switch (d.path("e").asText("")) {
            case "kline" -> kline(d, out);
            case "trade" -> trade(d, out);
            case "serverShutdown" -> out.shutdown();
            default -> ignored(); // aggTrade, events not asked for, types this reader does not know
        }
    }

    private void kline(JsonNode d, Events out) {
        JsonNode k = d.get("k");
        if (k == null || !k.isObject()) {
            malformed();
            return;
        }
        String symbol = Json.string(k.get("s"));
        long open = Json.wholeNumber(k.get("t"));
        Boolean closed = Json.bool(k.get("x"));
        double o = Json.decimalText(k.get("o")), h = Json.decimalText(k.get("h")), l = Json.decimalText(k.get("l")),
                c = Json.decimalText(k.get("c")), v = Json.decimalText(k.get("v"));
        if (symbol == null || symbol.isEmpty() || open == Long.MIN_VALUE || closed == null
                || !(o > 0 && c > 0 && l > 0 && h >= Math.max(o, c) && l <= Math.min(o, c) && v >= 0)) {
            malformed();
            return;
        }
        out.bar(symbol, open, o, h, l, c, v, closed);
    }

    private void trade(JsonNode d, Events out) {
        String symbol = Json.string(d.get("s"));
        long id = Json.wholeNumber(d.get("t")), time = Json.wholeNumber(d.get("T"));
        double price = Json.decimalText(d.get("p")), qty = Json.decimalText(d.get("q"));
        if (symbol == null || symbol.isEmpty() || id == Long.MIN_VALUE || time == Long.MIN_VALUE || !(price > 0) || !(qty >= 0)) {
            malformed();
            return;
        }
        out.trade(symbol, id, time, price, qty);
    }
}
