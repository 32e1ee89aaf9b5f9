package org.candela.connector.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.Timeframe;
import org.candela.marketdata.support.Http;
import org.candela.marketdata.support.Json;

/**
 * Kraken's public REST API: OHLC rows for history and backfill, AssetPairs for the symbol list. Errors come
 * in the envelope with HTTP 200 ({@code {"error":["EQuery:Unknown asset pair"]}}) and are raised as
 * IOExceptions with Kraken's text. OHLC returns only the 720 most recent candles: older ones are built from
 * the Trades endpoint, paged forward by its nanosecond {@code since} cursor.
 */
final class KrakenRest {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KrakenRest.class.getName());

    /** How many candles OHLC returns at most: the most recent ones. */
    static final int OHLC_ROWS = 720;

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
        JsonNode rows = rows(result);
        if (rows == null) throw new IOException("Kraken's OHLC answer has no rows for " + altname);
        int n = 0;
        for (JsonNode r : rows) {
            long t = Json.wholeNumber(r.get(0));
            double o = Json.decimalText(r.get(1)), h = Json.decimalText(r.get(2)), l = Json.decimalText(r.get(3)),
                    c = Json.decimalText(r.get(4)), v = Json.decimalText(r.get(6));
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

    /**
     * Bars of {@code altname} that open in {@code [fromMillis, endMillis)}, oldest first: OHLC rows where
     * OHLC reaches, and candles built from Trades before that. Returns how many were delivered.
     */
    int history(String altname, Timeframe tf, long fromMillis, long endMillis, BarSink sink) throws IOException {
        int minutes = (int) (tf.millis() / 60_000);
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        ohlc(altname, minutes, fromMillis, endMillis, (t, o, h, l, c, v) -> rows.add(new double[] {t, o, h, l, c, v}));
        long oldest = rows.isEmpty() ? endMillis : (long) rows.get(0)[0];
        int n = 0;
        if (oldest - fromMillis >= tf.millis()) n += trades(altname, tf, fromMillis, oldest, sink); // before what OHLC keeps
        for (double[] r : rows) sink.bar((long) r[0], r[1], r[2], r[3], r[4], r[5]);
        return n + rows.size();
    }

    /**
     * Candles of {@code tf} built from Kraken's trades in {@code [fromMillis, endMillis)}, oldest first: the
     * open, highest, lowest and last price and the summed volume of each interval's trades. An interval
     * without trades has no candle. Pages of 1000 trades; an interrupted thread stops between pages.
     */
    int trades(String altname, Timeframe tf, long fromMillis, long endMillis, BarSink sink) throws IOException {
        long since = Math.max(0, fromMillis) * 1_000_000L;
        long open = Long.MIN_VALUE;
        double o = 0, h = 0, l = 0, c = 0, v = 0;
        int n = 0;
        boolean done = false;
        int pages = 0;
        long lastId = Long.MIN_VALUE; // a page may start with the trade the last one ended on
        while (!done && !sink.stopped()) {
            pages++;
            if (Thread.currentThread().isInterrupted()) throw new IOException("Kraken trade history: cancelled");
            JsonNode result = call("Trades?pair=" + altname + "&since=" + since + "&count=1000");
            JsonNode rows = rows(result);
            long last = Json.wholeText(result.get("last"));
            if (rows == null || last == Long.MIN_VALUE) throw new IOException("Kraken's Trades answer has no rows for " + altname);
            for (JsonNode r : rows) {
                double price = Json.decimalText(r.get(0)), size = Json.decimalText(r.get(1));
                long time = seconds(r.get(2)), id = Json.wholeNumber(r.get(6));
                if (time == Long.MIN_VALUE || id == Long.MIN_VALUE || !(price > 0) || !(size >= 0)) {
                    badRows++;
                    continue;
                }
                if (id <= lastId) continue;
                lastId = id;
                if (time < fromMillis) continue;
                if (time >= endMillis) {
                    done = true;
                    break;
                }
                long t = tf.openTime(time);
                if (t != open) {
                    if (open != Long.MIN_VALUE) {
                        sink.bar(open, o, h, l, c, v);
                        n++;
                    }
                    open = t;
                    o = h = l = c = price;
                    v = 0;
                }
                h = Math.max(h, price);
                l = Math.min(l, price);
                c = price;
                v += size;
            }
            if (rows.size() == 0 || last <= since) done = true;
            since = last;
            sink.progress(Math.min(endMillis, since / 1_000_000L), endMillis);
        }
        if (pages > 0) LOG.info("Kraken: " + n + " " + tf.label() + " candles of " + altname + " built from " + pages + " pages of trades");
        if (open != Long.MIN_VALUE) {
            sink.bar(open, o, h, l, c, v);
            n++;
        }
        return n;
    }

    /** Epoch millis of Trades' time, a JSON number of seconds with a fraction ({@code 1717416001.2345}). */
    private static long seconds(JsonNode n) {
        if (n == null || !n.isNumber()) return Long.MIN_VALUE;
        double s = n.doubleValue();
        if (!(s >= 0 && s < 1e11)) return Long.MIN_VALUE;
        return java.math.BigDecimal.valueOf(s).movePointRight(3).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
    }

    /** The rows of an OHLC or Trades result: under the pair's key, which is "the key that is not last". */
    private static JsonNode rows(JsonNode result) {
        for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) result::fields) {
            if (!e.getKey().equals("last") && e.getValue().isArray()) return e.getValue();
        }
        return null;
    }

    /** Rows of history answers that were malformed and skipped. */
    long badRows() {
        return badRows;
    }

    KrakenSymbols assetPairs() throws IOException {
        return KrakenSymbols.fromAssetPairs(call("AssetPairs"));
    }
}
