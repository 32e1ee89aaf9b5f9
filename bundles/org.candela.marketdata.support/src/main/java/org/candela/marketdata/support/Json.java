package org.candela.marketdata.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private Json() {
    }

    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** A decimal from a JSON number or string, correctly rounded to the nearest double; NaN if there is none. */
    public static double decimal(JsonNode n) {
        if (n == null) return Double.NaN;
        if (n.isNumber()) return finite(n.decimalValue().doubleValue());
        if (n.isTextual()) return decimal(n.textValue());
        return Double.NaN;
    }

    /** A decimal from text ({@code "68540.10000000"}, {@code "1.233E-5"}); NaN for anything else. */
    public static double decimal(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) return Double.NaN;
        try {
            return finite(new BigDecimal(s).doubleValue());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
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

    /** Epoch milliseconds of an RFC 3339 time string; {@code Long.MIN_VALUE} if absent or malformed. */
    public static long instantMillis(JsonNode n) {
        if (n == null || !n.isTextual()) return Long.MIN_VALUE;
        try {
            return Instant.parse(n.textValue()).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The text of a field, or {@code ""}. */
    public static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.isTextual() ? n.textValue() : n.toString();
    }
}
