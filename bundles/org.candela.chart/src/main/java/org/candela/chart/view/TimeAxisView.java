package org.candela.chart.view;

import java.time.LocalDate;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.TextBuffer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.TimeScale;
import org.candela.chart.scale.TimeTicks;

/**
 * Time labels and vertical grid lines. Walks label boundaries (not bars): O(labels × log bars) per frame.
 * When two labels would overlap the one of the larger calendar unit (day over hour) stays.
 */
final class TimeAxisView {

    private static final int MAX_LABELS = 256;
    private final TextMeasure text;
    private final float[] xs = new float[MAX_LABELS];
    private final int[] weights = new int[MAX_LABELS];
    private final String[] labels = new String[MAX_LABELS];
    private final float[] halfWidths = new float[MAX_LABELS];
    private final boolean[] kept = new boolean[MAX_LABELS];

    TimeAxisView(TextMeasure text) {
        this.text = text;
    }

    /** Time labels; those that would show beside the crosshair's label ({@code blockLeft..blockRight}) are left out. */
    void draw(ChartModel model, Layout layout, int from, int to, DrawLayer grid, DrawLayer out, float blockLeft,
            float blockRight) {
        Theme theme = model.theme();
        int n = collect(model, layout, from, to);
        for (int w = TimeTicks.YEAR; w >= TimeTicks.MILLISECOND; w--) {
            for (int i = 0; i < n; i++) {
                if (weights[i] == w) kept[i] = fits(i, n, layout.plotWidth());
            }
        }
        float y = layout.timeAxisTop() + (layout.timeAxisHeight() - text.lineHeight()) / 2f;
        for (int i = 0; i < n; i++) {
            if (!kept[i]) continue;
            if (grid != null) grid.quads.add(xs[i], 0, xs[i] + 1, layout.timeAxisTop(), theme.grid());
            float x = xs[i] + layout.plotLeft();
            if (x + halfWidths[i] > blockLeft && x - halfWidths[i] < blockRight) continue;
            int color = weights[i] >= TimeTicks.DAY ? theme.strongText() : theme.text();
            out.texts.add(labels[i], x, y, TextBuffer.CENTER, color);
        }
    }

    private int collect(ChartModel model, Layout layout, int from, int to) {
        BarStore bars = model.bars();
        if (from > to) return 0;
        TimeScale ts = model.timeScale();
        long offset = TimeTicks.offsetMillis(model.zone(), bars.time(from));
        double minSpacing = text.width("00:00") + 28;
        long step = TimeTicks.step(model.barMillis(), ts.barSpacing(), minSpacing);
        long firstLocal = bars.time(from) + offset, lastLocal = bars.time(to) + offset;
        if (step >= TimeTicks.MONTHLY) return collectMonths(model, from, to, offset, TimeTicks.months(step), 0);
        long t = Math.floorDiv(firstLocal, step) * step;
        if (t < firstLocal) t += step;
        int n = 0;
        while (t <= lastLocal && n < MAX_LABELS) {
            int i = bars.ceilingIndex(t - offset);
            if (i > to) break;
            long barLocal = bars.time(i) + offset;
            long boundary = Math.floorDiv(barLocal, step) * step;
            int weight = TimeTicks.weight(boundary);
            add(n++, ts.indexToX(i), weight, TimeTicks.label(boundary, weight));
            t = boundary + step;
        }
        // day labels give way to month names where a month starts
        if (step >= 86_400_000L) n = collectMonths(model, from, to, offset, 1, n);
        return n;
    }

    /**
     * Labels at the starts of every {@code months}-th calendar month (years at January), written from
     * slot {@code n} on; returns the new count.
     */
    private int collectMonths(ChartModel model, int from, int to, long offset, int months, int n) {
        BarStore bars = model.bars();
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(bars.time(from) + offset, 86_400_000L));
        int month = first.getYear() * 12 + first.getMonthValue() - 1;
        month = Math.floorDiv(month + months - 1, months) * months;
        while (n < MAX_LABELS) {
            long local = LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1).toEpochDay() * 86_400_000L;
            int i = bars.ceilingIndex(local - offset);
            if (i > to) break;
            int weight = TimeTicks.weight(local);
            add(n++, model.timeScale().indexToX(i), weight, TimeTicks.label(local, weight));
            month += months;
        }
        return n;
    }

    private void add(int n, double x, int weight, String label) {
        xs[n] = (float) Math.floor(x);
        weights[n] = weight;
        labels[n] = label;
        halfWidths[n] = text.width(label) / 2f + 6;
        kept[n] = false;
    }

    private boolean fits(int i, int n, int plotWidth) {
        if (xs[i] - halfWidths[i] < 0 || xs[i] + halfWidths[i] > plotWidth) return false;
        for (int j = 0; j < n; j++) {
            if (j != i && kept[j] && Math.abs(xs[j] - xs[i]) < halfWidths[i] + halfWidths[j]) return false;
        }
        return true;
    }
}
