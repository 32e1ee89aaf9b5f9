package org.candela.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.candela.chart.draw.DrawList;
import org.candela.chart.model.ChartModel;
import org.candela.chart.view.ChartView;
import org.junit.jupiter.api.Test;

/** Only what changed since the last frame goes to the GPU. */
class UploadTest extends OffscreenTest {

    @Test
    void anUnchangedFrameUploadsNothingAndATickUploadsLittle() {
        ChartModel m = GoldenImageTest.model(300);
        ChartView view = new ChartView(m, atlas);
        DrawList list = new DrawList();
        view.build(640, 400, list);
        canvas.draw(list);
        long first = canvas.renderer().stats().bytesUploaded;
        assertTrue(first > 10_000, "the first frame uploads everything: " + first);

        view.build(640, 400, list);
        canvas.draw(list);
        assertEquals(0, canvas.renderer().stats().bytesUploaded, "the same frame again uploads nothing");

        var bars = m.bars();
        int last = bars.size() - 1;
        double mid = (bars.high(last) + bars.low(last)) / 2;
        bars.set(last, bars.time(last), bars.open(last), bars.high(last), bars.low(last), mid, bars.volume(last) + 0.001);
        m.barsChanged(last);
        view.build(640, 400, list);
        canvas.draw(list);
        long tick = canvas.renderer().stats().bytesUploaded;
        // the moved candle and volume bar, the legend's changed values and the last-value tag: about 2 KB as
        // separate runs (one range from the first to the last change would be about 4.8 KB)
        assertTrue(tick > 0 && tick < 3_000, "a tick inside the range uploads " + tick + " of " + first + " bytes");
    }
}
