package org.candela.marketdata.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Decimals and times as exchanges write them, read exactly; anything else is NaN or a sentinel. */
class JsonTest {

    @Test
    void decimalsFromNumbersAndStringsAreTheNearestDouble() throws Exception {
        assertEquals(68540.1, Json.decimal("68540.10000000"));
        assertEquals(68540.1, Json.decimal(Json.parse("{\"p\":68540.10000000}").get("p")));
        assertEquals(68540.1, Json.decimal(Json.parse("{\"p\":\"68540.1\"}").get("p")));
        assertEquals(1.233e-5, Json.decimal("1.233E-5"));
        assertEquals(0.00001234, Json.decimal("0.00001234"));
        assertEquals(1.2e8, Json.decimal("120000000"));
        assertEquals(-0.5, Json.decimal("-0.5"));
        for (String bad : new String[] {"NaN", "Infinity", "0x10", "1.5d", "1.5f", "", "-", ".", "1e", "1e+", "1,5", " 1", "1e400", "abc"}) {
            assertTrue(Double.isNaN(Json.decimal(bad)), "'" + bad + "' is not a decimal");
        }
        assertTrue(Double.isNaN(Json.decimal(Json.parse("{\"p\":null}").get("p"))));
        assertTrue(Double.isNaN(Json.decimal(Json.parse("{\"p\":[1]}").get("p"))));
        assertTrue(Double.isNaN(Json.decimal(Json.parse("{}").get("p"))));
    }

    @Test
    void integersPastLongAreNotForcedIntoOne() throws Exception {
        assertEquals(70123452L, Json.integer(Json.parse("{\"i\":70123452}").get("i")));
        assertEquals(70123452L, Json.integer(Json.parse("{\"i\":\"70123452\"}").get("i")));
        assertEquals(Long.MIN_VALUE, Json.integer(Json.parse("{\"i\":12893477326051742915}").get("i")));
        assertEquals(Long.MIN_VALUE, Json.integer(Json.parse("{\"i\":1.5}").get("i")));
    }

    @Test
    void timesWithAnyFractionMatchInstantParse() {
        SplittableRandom r = new SplittableRandom(9);
        for (int k = 0; k < 20_000; k++) {
            long nanos = r.nextLong(0, 4_102_444_800L) * 1_000_000_000L + r.nextLong(1_000_000_000L);
            Instant t = Instant.ofEpochSecond(0, nanos);
            String text = t.toString();
            int digits = r.nextInt(10);
            String base = text.substring(0, 19);
            String fraction = String.format("%09d", t.getNano()).substring(0, digits);
            String s = base + (digits == 0 ? "" : "." + fraction) + "Z";
            assertEquals(Instant.parse(s).toEpochMilli(), Json.instantMillis(s), s);
        }
        assertEquals(Instant.parse("2024-06-03T12:00:00+02:00").toEpochMilli(), Json.instantMillis("2024-06-03T12:00:00+02:00"));
        for (String bad : new String[] {"2024-13-03T12:00:00Z", "2024-02-30T12:00:00Z", "2024-06-03T25:00:00Z", "2024-06-03 12:00:00Z",
                "2024-06-03T12:00:00.1x3Z", "yesterday", ""}) {
            assertEquals(Long.MIN_VALUE, Json.instantMillis(bad), bad);
        }
    }
}
