package org.candela.connector.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.support.Http;
import org.candela.marketdata.support.Json;

/**
 * Kraken's public REST API: OHLC rows for history and backfill, AssetPairs for the symbol list. Errors come
 * in the envelope with HTTP 200 ({@code {"error":["EQuery:Unknown asset pair"]}}) and are raised as
 * IOExceptions with Kraken's text.
 */
final class KrakenRest {

    private final String base;
    private final Http http;
    private long badRows;

    KrakenRest(String base, Http http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    /** The {@code result} of a public call, or an IOException with Kraken's error. */
    JsonNode call(String pathAndQuery) throws IOException {
        String body = http.get(URI.create(base + "/0/public/" + pathAndQuery));
        JsonNode m;
        try {
            m = Json.parse(body);
        } catch (IOException e) {
            throw new IOException("Kraken sent a malformed answer to " + pathAndQuery.split("\\?")[0]);
        }
        JsonNode errors = m.path("error");
        if (errors.isArray() && errors.size() > 0) {
            throw new IOException("Kraken: " + String.join(", ", texts(errors)));
        }
        JsonNode result = m.get("result");
        if (result == null || !result.isObject()) throw new IOException("Kraken's answer to " + pathAndQuery.split("\\?")[0] + " has no result");
        return result;
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode e : array) out.add(e.asText());
        return out;
    }

    /**
     * Bars of {@code altname} at {@code minutes} that open at or after {@code sinceMillis} and before
     * {@code endMillis}, oldest first. Kraken returns at most the 720 most recent rows; the last is the
     * forming candle. Returns how many were delivered.
     */
    int ohlc(String altname, int minutes, long sinceMillis, long endMillis, BarSink sink) throws IOException {
        JsonNode result = call("OHLC?pair=" + altname + "&interval=" + minutes + "&since=" + Math.max(0, sinceMillis / 1000 - 1));
        JsonNode rows = null;
        for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) result::fields) {
            if (!e.getKey().equals("last") && e.getValue().isArray()) rows = e.getValue();
        }
        if (rows == null) throw new IOException("Kraken's OHLC answer has no rows for " + altname);
        int n = 0;
        for (JsonNode r : rows) {
            long t = Json.integer(r.get(0));
            double o = Json.decimal(r.get(1)), h = Json.decimal(r.get(2)), l = Json.decimal(r.get(3)),
                    c = Json.decimal(r.get(4)), v = Json.decimal(r.get(6));
            if (t == Long.MIN_VALUE || !(o > 0 && c > 0 && l > 0 && h >= Math.max(o, c) && l <= Math.min(o, c) && v >= 0)) {
                badRows++;
                continue;
            }
            long open = t * 1000;
            if (open < sinceMillis || open >= endMillis) continue;
            sink.bar(open, o, h, l, c, v);
            n++;
        }
        return n;
    }

    /** Rows of history answers that were malformed and skipped. */
    long badRows() {
        return badRows;
    }

    KrakenSymbols assetPairs() throws IOException {
        return KrakenSymbols.fromAssetPairs(call("AssetPairs"));
    }
}
