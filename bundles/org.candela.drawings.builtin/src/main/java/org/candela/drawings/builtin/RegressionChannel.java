package org.candela.drawings.builtin;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.PropertySpec;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;
import org.osgi.service.component.annotations.Component;

/**
 * Linear regression channel over the bars between the two anchors' times: the least-squares line of the
 * closes against the bar index (Commons Math), and lines k standard deviations of the residuals above and
 * below it. The anchors' prices are not used: the bars decide.
 */
@Component(service = DrawingTool.class)
public final class RegressionChannel implements DrawingTool {

    static final ToolDescriptor DESCRIPTOR = Lines.tool("regression", "Regression Channel", 2).group("Channels")
            .property(PropertySpec.number("deviations", "Standard deviations", 2, 0, 10))
            .property(PropertySpec.color("fill", "Fill", 0x1A2962FF))
            .property(PropertySpec.bool("extend", "Extend right", false)).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        long t0 = Math.min(anchors.get(0).time(), anchors.get(1).time()), t1 = Math.max(anchors.get(0).time(), anchors.get(1).time());
        int from = Math.max(0, chart.indexAt(t0)), to = chart.indexAt(t1);
        if (to - from < 1) return; // fewer than two bars: no line
        Fit f = fit(chart, from, to);
        double k = p.getDouble("deviations") * f.deviation;
        double start = f.intercept + f.slope * from, end = f.intercept + f.slope * to;
        long ta = chart.time(from), tb = chart.time(to);
        boolean extend = p.getBoolean("extend");
        out.band(ta, start + k, start - k, tb, end + k, end - k, p.getColor("fill"));
        out.line(ta, start, tb, end, p.getColor("color"), p.getInt("width"), LineStyle.DASHED, false, extend);
        if (k > 0) {
            out.line(ta, start + k, tb, end + k, p.getColor("color"), p.getInt("width"), p.getStyle("style"), false, extend);
            out.line(ta, start - k, tb, end - k, p.getColor("color"), p.getInt("width"), p.getStyle("style"), false, extend);
        }
    }

    /** The least-squares line of closes {@code from..to} (inclusive) against the bar index, and the residuals' standard deviation. */
    record Fit(double intercept, double slope, double deviation) {
    }

    static Fit fit(ChartData chart, int from, int to) {
        SimpleRegression r = new SimpleRegression();
        for (int i = from; i <= to; i++) r.addData(i, chart.close(i));
        double sum = 0;
        for (int i = from; i <= to; i++) {
            double e = chart.close(i) - r.predict(i);
            sum += e * e;
        }
        return new Fit(r.getIntercept(), r.getSlope(), Math.sqrt(sum / (to - from + 1)));
    }
}
