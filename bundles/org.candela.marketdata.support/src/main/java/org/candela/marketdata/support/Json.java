package org.candela.marketdata.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * JSON as exchanges send it: numbers that are sometimes strings, decimals that must not pass through a
 * float on the way ("68540.10000000" and 68540.1 are the same price), RFC 3339 times with 6 or 9 fractional
 * digits. Every reader returns NaN or a sentinel for a missing or malformed field instead of throwing, so a
 * connector can count a bad message and go on.
 *
 * <pre>{@code
 * JsonNode m = Json.parse(text);                 // throws JsonProcessingException for malformed JSON
 * double price = Json.decimal(m.get("price"));   // 68540.1 from 68540.1 or "68540.10000000"; NaN if absent
 * long t = Json.instantMillis(m.get("timestamp"));  // Long.MIN_VALUE if absent or malformed
 * }</pre>
 */
public final class Json {

    // Numbers are read as doubles by Double.parseDouble, which rounds the decimal text correctly: the
    // nearest double to "68540.10000000" is the nearest to 68540.1. Integers past long become BigIntegers.
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** The JSON object in {@code text}, or null when it is not one (malformed, truncated, an array). */
    public static JsonNode object(String text) {
        try {
            JsonNode m = MAPPER.readTree(text);
            return m != null && m.isObject() ? m : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /** A decimal from a JSON number or string, correctly rounded to the nearest double; NaN if there is none. */
    public static double decimal(JsonNode n) {
        if (n == null) return Double.NaN;
        if (n.isNumber()) return finite(n.doubleValue());
        if (n.isTextual()) return decimal(n.textValue());
        return Double.NaN;
    }

    /** A decimal from text ({@code "68540.10000000"}, {@code "1.233E-5"}); NaN for anything else. */
    public static double decimal(String s) {
        if (s == null || s.isEmpty() || s.length() > 64 || !isDecimal(s)) return Double.NaN;
        return finite(Double.parseDouble(s)); // correctly rounded
    }

    /** JSON's number syntax (no NaN, Infinity, hex or type suffixes, which Double.parseDouble would take). */
    private static boolean isDecimal(String s) {
        int i = 0, n = s.length();
        if (s.charAt(0) == '-') i++;
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int exp = 0;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) return false;
        }
        return i == n;
    }

    private static double finite(double d) {
        return Double.isFinite(d) ? d : Double.NaN;
    }

    /** A whole number from a JSON number or string; {@code Long.MIN_VALUE} if there is none or it does not fit. */
    public static long integer(JsonNode n) {
        if (n == null) return Long.MIN_VALUE;
        try {
            BigDecimal d = n.isNumber() ? n.decimalValue() : n.isTextual() ? new BigDecimal(n.textValue()) : null;
            return d == null ? Long.MIN_VALUE : d.longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * A decimal that must be a JSON number, as the protocol documents it (Kraken v2 prices); NaN for a
     * string, a boolean or nothing. A field of the wrong JSON type means a frame the connector does not
     * understand, so it is dropped whole, not guessed at.
     */
    public static double number(JsonNode n) {
        return n != null && n.isNumber() ? finite(n.doubleValue()) : Double.NaN;
    }

    /** A decimal that must be a JSON string ({@code "68540.10000000"}: Binance, Coinbase); NaN otherwise. */
    public static double decimalText(JsonNode n) {
        return n != null && n.isTextual() ? decimal(n.textValue()) : Double.NaN;
    }

    /** A whole number that must be a JSON integer ({@code 1717416300000}); {@code Long.MIN_VALUE} otherwise. */
    public static long wholeNumber(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToLong() ? n.longValue() : Long.MIN_VALUE;
    }

    /** A whole number that must be a JSON string of digits ({@code "1717416000"}); {@code Long.MIN_VALUE} otherwise. */
    public static long wholeText(JsonNode n) {
        if (n == null || !n.isTextual()) return Long.MIN_VALUE;
        String s = n.textValue();
        int i = s.startsWith("-") ? 1 : 0;
        if (s.length() == i || s.length() > 19 + i) return Long.MIN_VALUE;
        for (int k = i; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return Long.MIN_VALUE;
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** A JSON boolean, or null for anything else ({@code "false"} is a string, not a boolean). */
    public static Boolean bool(JsonNode n) {
        return n != null && n.isBoolean() ? n.booleanValue() : null;
    }

    /** A JSON string, or null for anything else. */
    public static String string(JsonNode n) {
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    /** Epoch milliseconds of an RFC 3339 time string; {@code Long.MIN_VALUE} if absent or malformed. */
    public static long instantMillis(JsonNode n) {
        return n == null || !n.isTextual() ? Long.MIN_VALUE : instantMillis(n.textValue());
    }

    /**
     * Epoch milliseconds of {@code 2024-06-03T12:00:02.731964Z} (any number of fractional digits, 'Z' or an
     * offset as {@code +00:00}); {@code Long.MIN_VALUE} if malformed. A fast path for the usual UTC form,
     * {@link Instant#parse} for the rest.
     */
    public static long instantMillis(String s) {
        int n = s.length();
        if (n >= 20 && n <= 35 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z') {
            int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
            int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
            int millis = 0;
            if (n > 20) {
                if (s.charAt(19) != '.') return Long.MIN_VALUE;
                for (int i = 20; i < n - 1; i++) {
                    char c = s.charAt(i);
                    if (c < '0' || c > '9') return Long.MIN_VALUE;
                    if (i < 23) millis = millis * 10 + (c - '0');
                }
                for (int i = Math.min(n - 1, 23); i < 23; i++) millis *= 10;
            }
            if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
                return Long.MIN_VALUE;
            }
            if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) return Long.MIN_VALUE;
            return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
        }
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1_000_000;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    private static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** The text of a field, or {@code ""}. */
    public static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.isTextual() ? n.textValue() : n.toString();
    }
}
