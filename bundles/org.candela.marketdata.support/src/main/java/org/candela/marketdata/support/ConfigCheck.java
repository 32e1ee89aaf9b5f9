package org.candela.marketdata.support;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a connector's configuration values against their declared ranges, from the raw properties a
 * {@code .cfg} file gave (DS's typed view would fail the whole component on {@code staleSeconds = abc}, and
 * take {@code speed = NaN} as it is). A bad value is recorded as a problem a user can read and replaced by
 * its default; the connector then reports FAILED with {@link #problems()} instead of disappearing.
 * Endpoints must be {@code wss://}/{@code https://} unless the host is this machine or the configuration
 * says {@code allowInsecure = true}.
 *
 * <pre>{@code
 * @Activate void activate(MyConfig c, Map<String, Object> raw) {
 *     ConfigCheck check = new ConfigCheck("etc/org.example.my-default.cfg", raw);
 *     int stale = (int) check.whole("staleSeconds", 2, 600, 10);
 *     String ws = check.endpoint("wsUrl", c.wsUrl(), "wss", "ws");
 *     if (!check.problems().isEmpty()) failed(check.problems());
 * }
 * }</pre>
 */
public final class ConfigCheck {

    private final String where;
    private final Map<String, ?> raw;
    private final List<String> problems = new ArrayList<>();
    private final boolean allowInsecure;

    /** @param where names the configuration in messages, e.g. {@code etc/org.candela.connector.kraken-default.cfg} */
    public ConfigCheck(String where, Map<String, ?> raw) {
        this.where = where;
        this.raw = raw == null ? Map.of() : raw;
        this.allowInsecure = flag("allowInsecure", false);
    }

    /** A whole number in {@code [min, max]}; {@code def} when absent or bad (bad is a problem). */
    public long whole(String key, long min, long max, long def) {
        Object v = raw.get(key);
        if (v == null) return def;
        try {
            long x = v instanceof Number n && !(v instanceof Double || v instanceof Float) ? n.longValue() : Long.parseLong(v.toString().trim());
            if (x >= min && x <= max) return x;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " = " + v + " is not a whole number from " + min + " to " + max);
        return def;
    }

    /** A finite decimal in {@code [min, max]}; {@code def} when absent or bad (NaN and infinities are bad). */
    public double decimal(String key, double min, double max, double def) {
        Object v = raw.get(key);
        if (v == null) return def;
        try {
            double x = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
            if (Double.isFinite(x) && x >= min && x <= max) return x;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " = " + v + " is not a number from " + min + " to " + max);
        return def;
    }

    /** As {@link #whole(String, long, long, long)}, with the typed value (a test's, DS's) when the raw one is absent. */
    public long whole(String key, long min, long max, java.util.function.LongSupplier typed) {
        return raw.containsKey(key) ? whole(key, min, max, min) : typed.getAsLong();
    }

    /** As {@link #flag(String, boolean)}, with the typed value when the raw one is absent. */
    public boolean flag(String key, java.util.function.BooleanSupplier typed) {
        return raw.containsKey(key) ? flag(key, false) : typed.getAsBoolean();
    }

    /** {@code true} or {@code false}; {@code def} when absent or anything else (a problem). */
    public boolean flag(String key, boolean def) {
        Object v = raw.get(key);
        if (v == null) return def;
        if (v instanceof Boolean b) return b;
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) return s.equals("true");
        problems.add(key + " = " + v + " is neither true nor false");
        return def;
    }

    /**
     * An endpoint URL with the secure scheme, or the plain one for this machine (loopback) or when
     * {@code allowInsecure} is set; {@code value} as it is, and a problem when it does not qualify.
     */
    public String endpoint(String key, String value, String secure, String plain) {
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(key + " = " + value + " is not a URL");
            return value;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals(secure) || scheme.equals(plain))) {
            problems.add(key + " = " + value + " must be a " + secure + ":// URL");
        } else if (scheme.equals(plain) && !allowInsecure && !loopback(uri.getHost())) {
            problems.add(key + " = " + value + " is not encrypted: use " + secure + "://, or set allowInsecure = true");
        }
        return value.trim();
    }

    private static boolean loopback(String host) {
        if (host.equalsIgnoreCase("localhost")) return true;
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) return false; // a name: no lookup here
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Every problem found, in one line naming the configuration; empty when all is well. */
    public String problems() {
        return problems.isEmpty() ? "" : where + ": " + String.join("; ", problems);
    }
}
