package org.candela.marketdata.support;

import java.util.SplittableRandom;

/**
 * Damages exchange frames the ways the network and exchanges do, for connector fuzz tests: truncated,
 * a value replaced by a hostile token (NaN as text, 1e400, an id past {@code Long.MAX_VALUE}, a bad date,
 * a wrong type), a span deleted or repeated, a character flipped. One frame in six is left intact so state
 * builds up between the bad ones. Deterministic for a seed.
 *
 * <pre>{@code
 * FrameMutator m = new FrameMutator(2024);
 * for (int i = 0; i < 100_000; i++) feed.message(m.mutate(samples.get(i % samples.size())));
 * }</pre>
 */
public final class FrameMutator {

    private static final String[] TOKENS = {"\"NaN\"", "-1", "1e400", "\"\"", "null", "[]", "{}", "\"1.233E-5\"", "68540.10000000",
        "12893477326051742915", "\"2024-13-45T99:99:99Z\"", "true", "\"abc\"", "0", "-0.0", "1e-320"};

    private final SplittableRandom random;

    public FrameMutator(long seed) {
        random = new SplittableRandom(seed);
    }

    public String mutate(String s) {
        int kind = random.nextInt(6);
        if (kind == 0 || s.isEmpty()) return s;
        int at = random.nextInt(s.length());
        return switch (kind) {
            case 1 -> s.substring(0, at);
            case 2 -> {
                int colon = s.indexOf(':', at);
                if (colon < 0) yield s.substring(0, at);
                int end = colon + 1;
                while (end < s.length() && ",}]".indexOf(s.charAt(end)) < 0) end++;
                yield s.substring(0, colon + 1) + TOKENS[random.nextInt(TOKENS.length)] + s.substring(end);
            }
            case 3 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(40)));
            case 4 -> s.substring(0, at) + s.substring(at, Math.min(s.length(), at + 30)) + s.substring(at);
            default -> s.substring(0, at) + (char) (32 + random.nextInt(95)) + s.substring(Math.min(s.length(), at + 1));
        };
    }

    /** An index in {@code [0, bound)}, from the same seed (to pick the next sample). */
    public int next(int bound) {
        return random.nextInt(bound);
    }
}
