package org.candela.connector.binance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.support.Http;
import org.candela.marketdata.support.Json;

/** Binance's public REST API: klines (oldest first, at most 1000 a call) and exchangeInfo. */
final class BinanceRest {

    static final int MAX_LIMIT = 1000;

    private final String base;
    private final Http http;

    BinanceRest(String base, Http http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    private JsonNode get(String pathAndQuery) throws IOException {
        String body = http.get(URI.create(base + pathAndQuery));
        try {
            return Json.parse(body);
        } catch (IOException e) {
            throw new IOException("Binance sent a malformed answer to " + pathAndQuery.split("\\?")[0]);
        }
    }

    /**
     * Klines of {@code symbol} that open in {@code [fromMillis, endMillis)}: the newest {@code limit} of them
     * when {@code fromMillis} is negative, else the first {@code limit} from it. Returns how many were
     * delivered.
     */
    int klines(String symbol, String interval, long fromMillis, long endMillis, int limit, BarSink sink) throws IOException {
        String range = (fromMillis >= 0 ? "&startTime=" + fromMillis : "") + (endMillis < Long.MAX_VALUE ? "&endTime=" + (endMillis - 1) : "");
        JsonNode rows = get("/api/v3/klines?symbol=" + symbol + "&interval=" + interval + range + "&limit=" + Math.min(MAX_LIMIT, limit));
        if (!rows.isArray()) throw new IOException("Binance's klines answer is not a list");
        int n = 0;
        for (JsonNode r : rows) {
            long t = Json.wholeNumber(r.get(0));
            double o = Json.decimalText(r.get(1)), h = Json.decimalText(r.get(2)), l = Json.decimalText(r.get(3)),
                    c = Json.decimalText(r.get(4)), v = Json.decimalText(r.get(5));
            if (t == Long.MIN_VALUE || t >= endMillis || !(o > 0 && c > 0 && l > 0 && h >= Math.max(o, c) && l <= Math.min(o, c) && v >= 0)) {
                continue;
            }
            sink.bar(t, o, h, l, c, v);
            n++;
        }
        return n;
    }

    BinanceSymbols exchangeInfo() throws IOException {
        return BinanceSymbols.fromExchangeInfo(get("/api/v3/exchangeInfo"));
    }
}
