package org.candela.chart.view;

import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.DashedPath;
import org.candela.chart.model.Pane;
import org.candela.chart.model.PriceLine;
import org.candela.chart.model.Series;

/** Price lines and the coloured last-value tags of a pane's series on its axes. */
final class ValueTagsView {

    private final TextMeasure text;
    private final PriceAxisView priceAxis;
    private final DashedPath dashes = new DashedPath();
    private final float[] tagYs = new float[64];
    private final int[] tagColors = new int[64];
    private final String[] tagTexts = new String[64];
    private int tagCount;

    ValueTagsView(TextMeasure text, PriceAxisView priceAxis) {
        this.text = text;
        this.priceAxis = priceAxis;
    }

    /** The y of each right-axis tag of the last {@link #draw}, so tick labels can keep clear of them. */
    float[] ys() {
        return tagYs;
    }

    /**
     * The last value of every series of the pane, as a coloured tag on the axis. Tags that would overlap
     * are pushed apart (in value order), so each stays readable. Returns how many right-axis tags it drew.
     */
    int draw(ChartModel model, Layout layout, int p, DrawLayer overlay, DrawLayer labels) {
        tagCount = 0;
        Pane pane = model.panes().get(p);
        int last = model.bars().size() - 1;
        if (last < 0) return 0;
        int top = layout.paneTop(p), bottom = top + layout.paneHeight(p);
        for (PriceLine line : pane.priceLines()) {
            float y = Math.round(top + pane.scale().priceToY(line.price())) + 0.5f;
            if (y < top || y > bottom) continue;
            dashes.begin(overlay.segments, line.style(), line.width(), line.argb());
            dashes.moveTo(0, y);
            dashes.lineTo(layout.plotWidth(), y);
            if (!line.axisLabel() || tagCount == tagYs.length) continue;
            tagYs[tagCount] = y;
            tagColors[tagCount] = line.argb() | 0xFF000000;
            String price = PriceAxisView.format(pane, line.price());
            tagTexts[tagCount++] = line.title().isEmpty() ? price : line.title() + " " + price;
        }
        for (Series s : pane.series()) {
            double v = s.valueAt(last);
            if (!s.visible() || !s.inLegend() || s.error() != null || !Double.isFinite(v) || tagCount == tagYs.length) continue;
            if (s.priceScaleId().equals(Pane.LEFT)) {
                float ly = Math.round(top + pane.scaleFor(s).priceToY(v));
                if (ly >= top && ly <= bottom) {
                    priceAxis.tagLeft(layout, ly, PriceAxisView.format(pane, v), s.colorAt(last) | 0xFF000000,
                            model.theme().labelText(), labels);
                }
                continue;
            }
            if (!s.priceScaleId().equals(Pane.RIGHT)) continue; // overlay scales have no axis
            float y = Math.round(top + pane.scale().priceToY(v));
            if (y < top || y > bottom) continue;
            int color = s.colorAt(last) | 0xFF000000;
            if (s == model.mainSeries()) {
                overlay.quads.addDashed(0, y, layout.plotWidth(), y + 1, color, 1, 2);
            }
            tagYs[tagCount] = y;
            tagColors[tagCount] = color;
            tagTexts[tagCount++] = PriceAxisView.format(pane, v);
        }
        spreadTags(text.lineHeight() + 4);
        for (int i = 0; i < tagCount; i++) {
            priceAxis.tag(layout, tagYs[i], tagTexts[i], tagColors[i], model.theme().labelText(), labels);
            tagTexts[i] = null;
        }
        return tagCount;
    }

    /** Sorts the tags by y and moves each down until it clears the one above it. */
    private void spreadTags(float height) {
        for (int i = 1; i < tagCount; i++) {
            for (int j = i; j > 0 && tagYs[j] < tagYs[j - 1]; j--) {
                float y = tagYs[j]; tagYs[j] = tagYs[j - 1]; tagYs[j - 1] = y;
                int c = tagColors[j]; tagColors[j] = tagColors[j - 1]; tagColors[j - 1] = c;
                String t = tagTexts[j]; tagTexts[j] = tagTexts[j - 1]; tagTexts[j - 1] = t;
            }
        }
        for (int i = 1; i < tagCount; i++) tagYs[i] = Math.max(tagYs[i], tagYs[i - 1] + height);
    }

}
