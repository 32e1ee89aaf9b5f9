package org.candela.connector.coinbase;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.support.Http;
import org.candela.marketdata.support.Json;

/** Coinbase Advanced Trade's public REST API: product candles (newest first, about 350 a call). */
final class CoinbaseRest {

    static final int MAX_ROWS = 350;

    private final String base;
    private final Http http;

    CoinbaseRest(String base, Http http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    /** Candles of {@code product} opening in {@code [fromMillis, endMillis)}, delivered oldest first; returns how many. */
    int candles(String product, String granularity, long fromMillis, long endMillis, BarSink sink) throws IOException {
        String body = http.get(URI.create(base + "/api/v3/brokerage/market/products/" + product + "/candles?start=" + fromMillis / 1000
                + "&end=" + (endMillis - 1) / 1000 + "&granularity=" + granularity));
        JsonNode m = Json.object(body);
        if (m == null || !m.path("candles").isArray()) throw new IOException("Coinbase sent a malformed candles answer for " + product);
        List<double[]> rows = new ArrayList<>();
        for (JsonNode c : m.get("candles")) {
            long start = Json.wholeText(c.get("start"));
            double o = Json.decimalText(c.get("open")), h = Json.decimalText(c.get("high")), l = Json.decimalText(c.get("low")),
                    cl = Json.decimalText(c.get("close")), v = Json.decimalText(c.get("volume"));
            if (start == Long.MIN_VALUE || start > Long.MAX_VALUE / 1000 || !(o > 0 && cl > 0 && l > 0 && h >= Math.max(o, cl) && l <= Math.min(o, cl) && v >= 0)) {
                continue;
            }
            long t = start * 1000;
            if (t >= fromMillis && t < endMillis) rows.add(new double[] {t, o, h, l, cl, v});
        }
        rows.sort((a, b) -> Double.compare(a[0], b[0])); // Coinbase answers newest first
        for (double[] r : rows) sink.bar((long) r[0], r[1], r[2], r[3], r[4], r[5]);
        return rows.size();
    }
}
