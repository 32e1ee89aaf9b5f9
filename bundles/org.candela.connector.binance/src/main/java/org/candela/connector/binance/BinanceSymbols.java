package org.candela.connector.binance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binance's names for a pair, mapped explicitly both ways: Candela's {@code BTC/USDT}, REST and payloads'
 * {@code BTCUSDT}, stream names' {@code btcusdt}. The split of {@code BTCUSDT} into base and quote comes
 * from exchangeInfo (or the built-in list), never from guessing at suffixes.
 */
final class BinanceSymbols {

    private final Map<String, String> toBinance = new LinkedHashMap<>();
    private final Map<String, String> toCandela = new LinkedHashMap<>();

    static BinanceSymbols defaults() {
        BinanceSymbols s = new BinanceSymbols();
        for (String[] p : new String[][] {{"BTC", "USDT"}, {"ETH", "USDT"}, {"SOL", "USDT"}, {"BNB", "USDT"}, {"XRP", "USDT"},
            {"DOGE", "USDT"}, {"ETH", "BTC"}, {"BTC", "EUR"}, {"BTC", "USDC"}}) {
            s.add(p[0], p[1]);
        }
        return s;
    }

    /** From {@code /api/v3/exchangeInfo}: the symbols with status TRADING. */
    static BinanceSymbols fromExchangeInfo(JsonNode info) {
        BinanceSymbols s = new BinanceSymbols();
        for (JsonNode e : info.path("symbols")) {
            String base = e.path("baseAsset").asText(""), quote = e.path("quoteAsset").asText("");
            if (!base.isEmpty() && !quote.isEmpty() && e.path("status").asText("TRADING").equals("TRADING")) s.add(base, quote);
        }
        return s;
    }

    private void add(String base, String quote) {
        String candela = base + "/" + quote, binance = base + quote;
        toBinance.put(candela, binance);
        toCandela.put(binance, candela);
    }

    /** {@code BTCUSDT} for {@code BTC/USDT}, or null. */
    String binance(String candela) {
        return toBinance.get(candela);
    }

    /** {@code BTC/USDT} for {@code BTCUSDT} or {@code btcusdt}, or null. */
    String candela(String binance) {
        return toCandela.get(binance.toUpperCase(Locale.ROOT));
    }

    /** The stream name prefix: {@code btcusdt}. */
    static String stream(String binance) {
        return binance.toLowerCase(Locale.ROOT);
    }

    List<String> candelaNames() {
        return new ArrayList<>(toBinance.keySet());
    }

    boolean isEmpty() {
        return toBinance.isEmpty();
    }
}
