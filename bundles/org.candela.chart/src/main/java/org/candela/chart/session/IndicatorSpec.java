package org.candela.chart.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.ParameterType;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.PriceSource;

/**
 * An indicator with its parameters, written the way the command line and the shell take it: {@code sma(20)},
 * {@code macd(12,26,9)}, {@code bb(20,2,source=hl2)}, {@code vwap(anchor=week)}, {@code obv}. Numbers without
 * a name fill the numeric parameters in order; {@code key=value} sets any parameter. A source may be another
 * indicator's output, which makes a chain: {@code ema(9,source=rsi(14))}, {@code sma(5,source=macd(12,26,9).signal)}.
 *
 * <pre>{@code
 * List<IndicatorSpec> specs = IndicatorSpec.parseList("sma(20),rsi(14),ema(9,source=rsi(14))", installed);
 * IndicatorComputation c = specs.get(2).create();   // the RSI feeds the EMA
 * }</pre>
 *
 * @param indicator the service
 * @param values    its validated parameters
 * @param input     the indicator whose output feeds this one, or null for a price source
 * @param output    which output of {@code input}
 */
public record IndicatorSpec(Indicator indicator, ParameterValues values, IndicatorSpec input, int output) {

    /** Parses a comma-separated list; throws IllegalArgumentException saying what is wrong and where. */
    public static List<IndicatorSpec> parseList(String text, Collection<Indicator> installed) {
        Parser p = new Parser(text, installed);
        List<IndicatorSpec> out = new ArrayList<>();
        do {
            out.add(p.spec());
        } while (p.eat(','));
        p.end();
        return out;
    }

    /** Parses one indicator. */
    public static IndicatorSpec parse(String text, Collection<Indicator> installed) {
        Parser p = new Parser(text, installed);
        IndicatorSpec s = p.spec();
        p.end();
        return s;
    }

    /** A spec of an indicator at these values, fed from prices. */
    public static IndicatorSpec of(Indicator indicator, ParameterValues values) {
        return new IndicatorSpec(indicator, values, null, 0);
    }

    /**
     * The name used in legends, export columns and the shell, which {@link #parse} reads back: the numeric
     * parameters in order, then other parameters that differ from their defaults, then a chained source:
     * {@code macd(12,26,9)}, {@code vwap(anchor=week)}, {@code ema(9,source=rsi(14))}.
     */
    public String name() {
        var d = values.descriptor();
        List<String> args = new ArrayList<>();
        for (ParameterSpec p : d.parameters()) {
            Object v = values.get(p.key());
            if (p.type() == ParameterType.INT || p.type() == ParameterType.DOUBLE) args.add(number(v));
            else if (p.type() == ParameterType.SOURCE && input != null) continue;
            else if (!v.equals(p.defaultValue())) args.add(p.key() + "=" + text(p, v));
        }
        if (input != null) {
            String key = d.parameters().stream().filter(p -> p.type() == ParameterType.SOURCE).map(ParameterSpec::key)
                    .findFirst().orElse("source");
            args.add(key + "=" + input.name() + (input.outputs() == 1 ? ""
                    : "." + input.values.descriptor().outputs().get(output).key()));
        }
        return args.isEmpty() ? d.id() : d.id() + "(" + String.join(",", args) + ")";
    }

    private static String number(Object v) {
        if (v instanceof Double x && x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString(x.longValue());
        return String.valueOf(v);
    }

    private static String text(ParameterSpec p, Object v) {
        if (p.type() == ParameterType.COLOR) return String.format("#%08X", (Integer) v);
        return v instanceof PriceSource s ? s.name().toLowerCase(Locale.ROOT) : String.valueOf(v);
    }

    /**
     * The descriptor that decides where this indicator draws and its pane's range and levels: its own, or,
     * for a chain, the first indicator's (an EMA of the RSI belongs with the RSI, 0–100, not on the price).
     */
    public IndicatorDescriptor home() {
        return input == null ? values.descriptor() : input.home();
    }

    /** How many outputs this indicator writes. */
    public int outputs() {
        return values.descriptor().outputs().size();
    }

    /** A new computation; a chain feeds the input's output to this indicator as every price of a bar. */
    public IndicatorComputation create() {
        IndicatorComputation own = indicator.create(values);
        return input == null ? own : new Chained(input.create(), input.outputs(), output, own);
    }

    /** Whether this spec, or one it is fed from, uses {@code service}. */
    public boolean uses(Indicator service) {
        return indicator == service || (input != null && input.uses(service));
    }

    /** How deep indicators may be fed from indicators: {@code ema(9,source=rsi(14))} is 2. */
    public static final int MAX_CHAIN = 16;

    private static final class Parser {
        private final String text;
        private final Collection<Indicator> installed;
        private int at, depth;

        Parser(String text, Collection<Indicator> installed) {
            this.text = text == null ? "" : text;
            this.installed = installed;
        }

        IndicatorSpec spec() {
            if (++depth > MAX_CHAIN) {
                throw new IllegalArgumentException("indicators fed from indicators more than " + MAX_CHAIN + " deep, at position " + at);
            }
            try {
                return specAtThisDepth();
            } finally {
                depth--;
            }
        }

        private IndicatorSpec specAtThisDepth() {
            String id = word();
            if (id.isEmpty()) throw error("an indicator name");
            Indicator indicator = find(id.toLowerCase(Locale.ROOT));
            ParameterValues values = ParameterValues.defaults(indicator.descriptor());
            IndicatorSpec input = null;
            int output = 0;
            if (eat('(')) {
                List<ParameterSpec> numeric = indicator.descriptor().parameters().stream()
                        .filter(s -> s.type() == ParameterType.INT || s.type() == ParameterType.DOUBLE).toList();
                int position = 0;
                do {
                    int start = at;
                    String word = word();
                    if (eat('=')) {
                        ParameterSpec spec = indicator.descriptor().parameter(word);
                        if (spec == null) throw new IllegalArgumentException(id + " has no parameter '" + word + "'; it has "
                                + indicator.descriptor().parameters().stream().map(ParameterSpec::key).toList());
                        if (spec.type() == ParameterType.SOURCE && !isPriceSource(peekWord())) {
                            input = spec();
                            output = eat('.') ? outputOf(input, word()) : 0;
                            values = values.with(word, PriceSource.CLOSE);
                        } else values = values.with(word, value());
                    } else {
                        at = start;
                        String value = number();
                        if (position >= numeric.size()) {
                            throw new IllegalArgumentException(id + " takes " + numeric.size() + " number"
                                    + (numeric.size() == 1 ? "" : "s") + " " + numeric.stream().map(ParameterSpec::key).toList()
                                    + ", not '" + value + "' as number " + (position + 1));
                        }
                        values = values.with(numeric.get(position++).key(), value);
                    }
                } while (eat(','));
                if (!eat(')')) throw error("',' or ')'");
            }
            return new IndicatorSpec(indicator, values, input, output);
        }

        private int outputOf(IndicatorSpec input, String key) {
            int k = input.values.descriptor().outputIndex(key);
            if (k < 0) throw new IllegalArgumentException(input.name() + " has no output '" + key + "'; it has "
                    + input.values.descriptor().outputs().stream().map(o -> o.key()).toList());
            return k;
        }

        private static boolean isPriceSource(String w) {
            for (PriceSource s : PriceSource.values()) if (s.name().equalsIgnoreCase(w)) return true;
            return false;
        }

        private Indicator find(String id) {
            for (Indicator i : installed) if (i.descriptor().id().equals(id)) return i;
            TreeSet<String> ids = new TreeSet<>();
            for (Indicator i : installed) ids.add(i.descriptor().id());
            throw new IllegalArgumentException("unknown indicator '" + id + "'; installed: " + String.join(", ", ids));
        }

        private String word() {
            skip();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_-#".indexOf(text.charAt(at)) >= 0)) at++;
            return text.substring(start, at);
        }

        private String peekWord() {
            int save = at;
            String w = word();
            at = save;
            return w;
        }

        /** A named parameter's value: everything up to the next ',' or ')'. */
        private String value() {
            skip();
            int start = at;
            while (at < text.length() && ",()".indexOf(text.charAt(at)) < 0) at++;
            if (start == at) throw error("a value");
            return text.substring(start, at).trim();
        }

        private String number() {
            skip();
            int start = at;
            while (at < text.length() && "0123456789.-+eE".indexOf(text.charAt(at)) >= 0) at++;
            if (start == at) throw error("a number or key=value");
            return text.substring(start, at);
        }

        boolean eat(char c) {
            skip();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void end() {
            skip();
            if (at < text.length()) throw error("',' or the end");
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }

        private IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("expected " + expected + " at position " + (at + 1) + " of '" + text + "'");
        }
    }

    /** Feeds an upstream computation's output into a downstream one, bar by bar, from its first value on. */
    private static final class Chained implements IndicatorComputation {
        private final IndicatorComputation upstream, downstream;
        private final double[] upOut;
        private final int output;
        private boolean downstreamHasBar;

        Chained(IndicatorComputation upstream, int upOutputs, int output, IndicatorComputation downstream) {
            this.upstream = upstream;
            this.downstream = downstream;
            this.upOut = new double[upOutputs];
            this.output = output;
        }

        @Override
        public int warmup() {
            return upstream.warmup() + downstream.warmup();
        }

        @Override
        public void update(boolean newBar, long time, double open, double high, double low, double close,
                double volume, double[] out) {
            upstream.update(newBar, time, open, high, low, close, volume, upOut);
            if (newBar) downstreamHasBar = false;
            double u = upOut[output];
            if (Double.isNaN(u) && !downstreamHasBar) {
                java.util.Arrays.fill(out, Double.NaN);
                return;
            }
            downstream.update(!downstreamHasBar, time, u, u, u, u, volume, out);
            downstreamHasBar = true;
        }
    }
}
