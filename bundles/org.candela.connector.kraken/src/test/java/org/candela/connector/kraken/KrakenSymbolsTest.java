package org.candela.connector.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import org.candela.marketdata.support.Json;
import org.junit.jupiter.api.Test;

/** Every Kraken name of a pair maps to Candela's, and back. */
class KrakenSymbolsTest {

    @Test
    void assetsLoseKrakensPrefixesAndCodes() {
        assertEquals("BTC", KrakenSymbols.iso("XXBT"));
        assertEquals("USD", KrakenSymbols.iso("ZUSD"));
        assertEquals("DOGE", KrakenSymbols.iso("XXDG"));
        assertEquals("ETH", KrakenSymbols.iso("XETH"));
        assertEquals("SOL", KrakenSymbols.iso("SOL"));
        assertEquals("EUR", KrakenSymbols.iso("ZEUR"));
    }

    @Test
    void assetPairsMapBothWays() throws Exception {
        var result = Json.parse(Files.readString(MockKraken.SAMPLES.resolve("rest-assetpairs.json"))).get("result");
        KrakenSymbols s = KrakenSymbols.fromAssetPairs(result);
        assertEquals(java.util.List.of("BTC/USD", "ETH/USD"), s.candelaNames());
        var btc = s.pair("BTC/USD");
        assertEquals(new KrakenSymbols.Pair("BTC/USD", "XXBTZUSD", "XBTUSD", "XBT/USD"), btc);
        for (String name : new String[] {"BTC/USD", "XBT/USD", "XXBTZUSD", "XBTUSD"}) assertEquals("BTC/USD", s.candelaName(name), name);
        assertEquals("ETH/USD", s.candelaName("XETHZUSD"));
        assertNull(s.candelaName("BTCUSDT"), "Binance's name is not Kraken's");
        assertNull(s.candelaName("BTC-USD"), "nor Coinbase's");
    }

    @Test
    void theBuiltInListCoversTheUsualPairsAndDoge() {
        KrakenSymbols s = KrakenSymbols.defaults();
        assertEquals("DOGE/USD", s.candelaName("XDG/USD"));
        assertEquals("XDGUSD", s.pair("DOGE/USD").altname());
        assertEquals("BTC/USD", s.candelaName("XBTUSD"));
    }
}
