package org.candela.connector.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kraken's names for a pair, mapped explicitly both ways. Candela and WebSocket v2 use ISO names
 * ({@code BTC/USD}); REST queries take the altname ({@code XBTUSD}) and answer under the internal key
 * ({@code XXBTZUSD}); WebSocket v1 and AssetPairs' {@code wsname} use {@code XBT/USD}. Assets lose Kraken's
 * X/Z prefixes and its own codes: XXBT → XBT → BTC, XXDG → XDG → DOGE, ZUSD → USD.
 */
final class KrakenSymbols {

    /** One pair under all its names. */
    record Pair(String candela, String restKey, String altname, String wsV1) {
    }

    private final Map<String, Pair> byCandela = new LinkedHashMap<>();
    private final Map<String, Pair> byOther = new LinkedHashMap<>();

    /** The pairs Kraken is known to list, for use before (or without) an AssetPairs answer. */
    static KrakenSymbols defaults() {
        KrakenSymbols s = new KrakenSymbols();
        s.add(new Pair("BTC/USD", "XXBTZUSD", "XBTUSD", "XBT/USD"));
        s.add(new Pair("ETH/USD", "XETHZUSD", "ETHUSD", "ETH/USD"));
        s.add(new Pair("SOL/USD", "SOLUSD", "SOLUSD", "SOL/USD"));
        s.add(new Pair("XRP/USD", "XXRPZUSD", "XRPUSD", "XRP/USD"));
        s.add(new Pair("DOGE/USD", "XDGUSD", "XDGUSD", "XDG/USD"));
        s.add(new Pair("BTC/EUR", "XXBTZEUR", "XBTEUR", "XBT/EUR"));
        s.add(new Pair("ETH/BTC", "XETHXXBT", "ETHXBT", "ETH/XBT"));
        return s;
    }

    /** From the {@code result} of {@code /0/public/AssetPairs}; pairs that are not online are left out. */
    static KrakenSymbols fromAssetPairs(JsonNode result) {
        KrakenSymbols s = new KrakenSymbols();
        if (result == null || !result.isObject()) return s;
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) result::fields) {
            JsonNode p = e.getValue();
            String base = p.path("base").asText(""), quote = p.path("quote").asText("");
            String altname = p.path("altname").asText(""), wsname = p.path("wsname").asText("");
            String status = p.path("status").asText("online");
            if (base.isEmpty() || quote.isEmpty() || altname.isEmpty() || !status.equals("online")) continue;
            s.add(new Pair(iso(base) + "/" + iso(quote), e.getKey(), altname, wsname));
        }
        return s;
    }

    /** Candela's code of a Kraken asset: {@code XXBT} → BTC, {@code ZUSD} → USD, {@code XXDG} → DOGE. */
    static String iso(String asset) {
        String a = asset.length() == 4 && (asset.charAt(0) == 'X' || asset.charAt(0) == 'Z') ? asset.substring(1) : asset;
        return switch (a) {
            case "XBT" -> "BTC";
            case "XDG" -> "DOGE";
            default -> a;
        };
    }

    private void add(Pair p) {
        byCandela.put(p.candela(), p);
        byOther.put(p.restKey(), p);
        byOther.put(p.altname(), p);
        if (!p.wsV1().isEmpty()) byOther.put(p.wsV1(), p);
    }

    /** The pair for a Candela (or v2) name, or null. */
    Pair pair(String candela) {
        return byCandela.get(candela);
    }

    /** The Candela name for any Kraken name of a pair (XXBTZUSD, XBTUSD, XBT/USD, BTC/USD), or null. */
    String candelaName(String anyName) {
        Pair p = byCandela.get(anyName);
        if (p == null) p = byOther.get(anyName);
        return p == null ? null : p.candela();
    }

    List<String> candelaNames() {
        return new ArrayList<>(byCandela.keySet());
    }

    boolean isEmpty() {
        return byCandela.isEmpty();
    }
}
