package org.candela.marketdata.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration values against their ranges, endpoints against their schemes. */
class ConfigCheckTest {

    @Test
    void badValuesAreProblemsInWordsAndTheirDefaultsStand() {
        ConfigCheck c = new ConfigCheck("etc/x.cfg", Map.of("staleSeconds", "abc", "speed", "NaN", "historyBars", "100", "loadSymbols", "yes"));
        assertEquals(10, c.whole("staleSeconds", 2, 600, 10));
        assertEquals(1.0, c.decimal("speed", 0.01, 1000, 1.0));
        assertEquals(100, c.whole("historyBars", 100, 10_000_000, 100_000));
        assertEquals(true, c.flag("loadSymbols", true));
        assertEquals(7, c.whole("absent", 1, 10, 7));
        assertEquals("etc/x.cfg: staleSeconds = abc is not a whole number from 2 to 600; speed = NaN is not a number from 0.01 to 1000.0;"
                + " loadSymbols = yes is neither true nor false", c.problems());
        ConfigCheck ok = new ConfigCheck("etc/y.cfg", Map.of("staleSeconds", 12, "speed", "2.5"));
        assertEquals(12, ok.whole("staleSeconds", 2, 600, 10));
        assertEquals(2.5, ok.decimal("speed", 0.01, 1000, 1));
        assertEquals("", ok.problems());
    }

    @Test
    void plainEndpointsOnlyOnThisMachineOrWhenAllowed() {
        ConfigCheck c = new ConfigCheck("etc/k.cfg", Map.of());
        c.endpoint("wsUrl", "wss://ws.kraken.com/v2", "wss", "ws");
        c.endpoint("wsUrl", "ws://127.0.0.1:9001/v2", "wss", "ws");
        c.endpoint("restUrl", "http://localhost:9002", "https", "http");
        c.endpoint("restUrl", "http://[::1]:9002", "https", "http");
        assertEquals("", c.problems());
        c.endpoint("wsUrl", "ws://ws.kraken.com/v2", "wss", "ws");
        c.endpoint("restUrl", "ftp://api.kraken.com", "https", "http");
        assertEquals("etc/k.cfg: wsUrl = ws://ws.kraken.com/v2 is not encrypted: use wss://, or set allowInsecure = true;"
                + " restUrl = ftp://api.kraken.com must be a https:// URL", c.problems());
        ConfigCheck allowed = new ConfigCheck("etc/k.cfg", Map.of("allowInsecure", "true"));
        allowed.endpoint("wsUrl", "ws://sandbox.example.com/v2", "wss", "ws");
        assertEquals("", allowed.problems());
    }
}
