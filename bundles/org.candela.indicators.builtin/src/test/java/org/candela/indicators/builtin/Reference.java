package org.candela.indicators.builtin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/**
 * The TA-Lib definitions written the plain way, over whole arrays and from scratch for every bar: what the
 * streaming built-ins are checked against. Missing values are NaN.
 */
final class Reference {

    private Reference() {
    }

    static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    static double[] sma(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) {
            double s = 0;
            for (int j = i - n + 1; j <= i; j++) s += x[j];
            out[i] = s / n;
        }
        return out;
    }

    /** TA-Lib's EMA seeded with the mean of {@code x[seed .. seed + n − 1]}; NaN entries before seed ignored. */
    static double[] ema(double[] x, int n, int seed) {
        double[] out = nan(x.length);
        if (seed + n - 1 >= x.length) return out;
        double s = 0;
        for (int j = seed; j < seed + n; j++) s += x[j];
        double prev = s / n, k = 2.0 / (n + 1);
        out[seed + n - 1] = prev;
        for (int i = seed + n; i < x.length; i++) out[i] = prev = (x[i] - prev) * k + prev;
        return out;
    }

    static double[] wma(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += (j + 1) * x[i - n + 1 + j];
            out[i] = s / (n * (n + 1) / 2.0);
        }
        return out;
    }

    static double[] rsi(double[] x, int n) {
        double[] out = nan(x.length);
        if (x.length <= n) return out;
        double gain = 0, loss = 0;
        for (int i = 1; i <= n; i++) {
            double d = x[i] - x[i - 1];
            if (d < 0) loss -= d;
            else gain += d;
        }
        gain /= n;
        loss /= n;
        out[n] = rsiOf(gain, loss);
        for (int i = n + 1; i < x.length; i++) {
            double d = x[i] - x[i - 1];
            gain = (gain * (n - 1) + Math.max(d, 0)) / n;
            loss = (loss * (n - 1) + Math.max(-d, 0)) / n;
            out[i] = rsiOf(gain, loss);
        }
        return out;
    }

    private static double rsiOf(double gain, double loss) {
        double t = gain + loss;
        return Math.abs(t) < 1e-8 ? 0 : 100 * gain / t;
    }

    /** MACD line, signal, histogram as TA-Lib: every output from bar slow + signal − 2. */
    static double[][] macd(double[] x, int fast, int slow, int signal) {
        double[] f = ema(x, fast, slow - fast), s = ema(x, slow, 0);
        double[] line = nan(x.length);
        for (int i = slow - 1; i < x.length; i++) line[i] = f[i] - s[i];
        double[] sig = ema(line, signal, slow - 1);
        double[][] out = {nan(x.length), nan(x.length), nan(x.length)};
        for (int i = slow + signal - 2; i < x.length; i++) {
            out[0][i] = line[i];
            out[1][i] = sig[i];
            out[2][i] = line[i] - sig[i];
        }
        return out;
    }

    static double[][] bollinger(double[] x, int n, double mult) {
        double[] mid = sma(x, n);
        double[][] out = {mid, nan(x.length), nan(x.length)};
        for (int i = n - 1; i < x.length; i++) {
            double v = 0;
            for (int j = i - n + 1; j <= i; j++) v += (x[j] - mid[i]) * (x[j] - mid[i]);
            double sd = Math.sqrt(v / n);
            out[1][i] = mid[i] + mult * sd;
            out[2][i] = mid[i] - mult * sd;
        }
        return out;
    }

    static double[] atr(double[] h, double[] l, double[] c, int n) {
        double[] out = nan(c.length);
        double[] tr = nan(c.length);
        for (int i = 1; i < c.length; i++) {
            tr[i] = Math.max(h[i] - l[i], Math.max(Math.abs(h[i] - c[i - 1]), Math.abs(l[i] - c[i - 1])));
        }
        if (c.length <= n) return out;
        double s = 0;
        for (int i = 1; i <= n; i++) s += tr[i];
        double prev = s / n;
        out[n] = prev;
        for (int i = n + 1; i < c.length; i++) out[i] = prev = (prev * (n - 1) + tr[i]) / n;
        return out;
    }

    static double[][] stochastic(double[] h, double[] l, double[] c, int length, int k, int d) {
        double[] raw = nan(c.length);
        for (int i = length - 1; i < c.length; i++) {
            double hh = Double.NEGATIVE_INFINITY, ll = Double.POSITIVE_INFINITY;
            for (int j = i - length + 1; j <= i; j++) {
                hh = Math.max(hh, h[j]);
                ll = Math.min(ll, l[j]);
            }
            raw[i] = hh == ll ? 0 : 100 * (c[i] - ll) / (hh - ll);
        }
        double[] slowK = shiftedSma(raw, k, length - 1), slowD = shiftedSma(slowK, d, length + k - 2);
        double[][] out = {nan(c.length), nan(c.length)};
        for (int i = length + k + d - 3; i < c.length; i++) {
            out[0][i] = slowK[i];
            out[1][i] = slowD[i];
        }
        return out;
    }

    private static double[] shiftedSma(double[] x, int n, int start) {
        double[] out = nan(x.length);
        for (int i = start + n - 1; i < x.length; i++) {
            double s = 0;
            for (int j = i - n + 1; j <= i; j++) s += x[j];
            out[i] = s / n;
        }
        return out;
    }

    static double[][] donchian(double[] h, double[] l, int n) {
        double[][] out = {nan(h.length), nan(h.length), nan(h.length)};
        for (int i = n - 1; i < h.length; i++) {
            double hh = Double.NEGATIVE_INFINITY, ll = Double.POSITIVE_INFINITY;
            for (int j = i - n + 1; j <= i; j++) {
                hh = Math.max(hh, h[j]);
                ll = Math.min(ll, l[j]);
            }
            out[0][i] = hh;
            out[1][i] = ll;
            out[2][i] = (hh + ll) / 2;
        }
        return out;
    }

    static double[] obv(double[] c, double[] v) {
        double[] out = new double[c.length];
        out[0] = v[0];
        for (int i = 1; i < c.length; i++) out[i] = out[i - 1] + Math.signum(c[i] - c[i - 1]) * v[i];
        return out;
    }

    /** VWAP restarted at each session, whose start comes from java.time (not from the code under test). */
    static double[] vwap(long[] t, double[] h, double[] l, double[] c, double[] v, String anchor) {
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            Object session = sessionOf(t[i], anchor);
            double pv = 0, vol = 0;
            for (int j = i; j >= 0 && sessionOf(t[j], anchor).equals(session); j--) {
                pv += (h[j] + l[j] + c[j]) / 3 * v[j];
                vol += v[j];
            }
            out[i] = vol > 0 ? pv / vol : (h[i] + l[i] + c[i]) / 3;
        }
        return out;
    }

    private static Object sessionOf(long t, String anchor) {
        LocalDate day = Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC).toLocalDate();
        return switch (anchor) {
            case "session" -> day;
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> YearMonth.from(day);
        };
    }
}
