package org.candela.chart.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.CrosshairListener;
import org.candela.chart.model.CrosshairMode;
import org.candela.chart.model.Theme;
import org.candela.chart.view.ChartInteraction.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChartInteractionTest {

    private ChartModel model;
    private ChartView view;
    private ChartInteraction input;
    private final DrawList list = new DrawList();

    @BeforeEach
    void setUp() {
        BarStore s = new BarStore();
        for (int i = 0; i < 2_000; i++) {
            double p = 100 + Math.sin(i / 30.0) * 10;
            s.append(i * 60_000L, p, p + 1, p - 1, p + 0.5, 10 + i % 7);
        }
        model = new ChartModel("T", s, 60_000, Theme.DARK);
        model.barsReset();
        view = new ChartView(model, TextMeasure.monospace(7, 14));
        frame();
        input = new ChartInteraction(model, view);
    }

    private void frame() {
        view.build(1000, 600, list);
    }

    private void drag(double x0, double y0, double x1, double y1) {
        input.pointerDown(x0, y0);
        int steps = 10;
        for (int k = 1; k <= steps; k++) input.pointerMove(x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps, true);
    }

    @Test
    void targetsAreFoundByPosition() {
        Layout l = view.layout();
        assertEquals(Target.PLOT, input.hit(100, 100));
        assertEquals(Target.PRICE_AXIS, input.hit(l.plotWidth() + 5, 100));
        assertEquals(Target.TIME_AXIS, input.hit(100, l.timeAxisTop() + 5));
        assertEquals(Target.SEPARATOR, input.hit(100, l.paneTop(1) - 1));
        assertEquals(1, input.separatorAt(l.paneTop(1) + 1));
    }

    @Test
    void draggingThePlotPansTimeAndThePricePaneStopsAutoscaling() {
        double to = model.timeScale().visibleTo();
        double max = model.pricePane().scale().max(), perPixel = model.pricePane().scale().pricePerPixel();
        drag(500, 200, 600, 250);
        input.pointerUp(600, 250);
        assertEquals(to - 100 / model.timeScale().barSpacing(), model.timeScale().visibleTo(), 1e-9);
        assertFalse(model.pricePane().autoScale());
        assertEquals(max + 50 * perPixel, model.pricePane().scale().max(), 1e-9, "the range moved with the pointer");
        frame();
        assertEquals(max + 50 * perPixel, model.pricePane().scale().max(), 1e-9, "and stays where the user put it");
    }

    @Test
    void indicatorAndVolumePanesAreYLocked() {
        int y = view.layout().paneTop(1) + 40;
        double volumeMax = model.panes().get(1).scale().max();
        drag(500, y, 520, y + 60);
        input.pointerUp(520, y + 60);
        assertTrue(model.panes().get(1).autoScale());
        frame();
        assertEquals(volumeMax, model.panes().get(1).scale().max(), 1e-9);
    }

    @Test
    void draggingThePriceAxisScalesItAndDoubleClickResetsIt() {
        double span = model.pricePane().scale().max() - model.pricePane().scale().min();
        double x = view.layout().plotWidth() + 10;
        drag(x, 100, x, 250);
        input.pointerUp(x, 250);
        assertEquals(span * Math.E, model.pricePane().scale().max() - model.pricePane().scale().min(), 1e-6);
        input.doubleClick(x, 100);
        assertTrue(model.pricePane().autoScale());
        frame();
        assertEquals(span, model.pricePane().scale().max() - model.pricePane().scale().min(), 1e-9);
    }

    @Test
    void draggingTheTimeAxisZoomsAndDoubleClickResetsIt() {
        double spacing = model.timeScale().barSpacing();
        double y = view.layout().timeAxisTop() + 5;
        drag(500, y, 300, y);
        input.pointerUp(300, y);
        assertEquals(spacing * Math.exp(1), model.timeScale().barSpacing(), 1e-9, "200 px left zooms in by e");
        input.doubleClick(500, y);
        assertEquals(8, model.timeScale().barSpacing());
        assertEquals(5, model.timeScale().rightOffset());
    }

    @Test
    void draggingASeparatorResizesTheTwoPanes() {
        Layout l = view.layout();
        int h0 = l.paneHeight(0), h1 = l.paneHeight(1);
        double y = l.paneTop(1) - 1;
        drag(300, y, 300, y + 40);
        input.pointerUp(300, y + 40);
        frame();
        assertEquals(h0 + 40, view.layout().paneHeight(0), 1);
        assertEquals(h1 - 40, view.layout().paneHeight(1), 1);
        drag(300, view.layout().paneTop(1) - 1, 300, 590);
        frame();
        assertEquals(30, view.layout().paneHeight(1), 1, "a pane keeps at least 30 px");
    }

    @Test
    void wheelZoomsAroundTheCursor() {
        double under = model.timeScale().xToIndex(321);
        input.wheel(321, 100, 3);
        assertEquals(8 * Math.pow(1.15, 3), model.timeScale().barSpacing(), 1e-9);
        assertEquals(under, model.timeScale().xToIndex(321), 1e-9);
    }

    @Test
    void aFlingKeepsScrollingAndComesToRest() {
        drag(600, 200, 700, 200);
        assertTrue(input.pointerUp(700, 200), "released while moving: a fling");
        double to = model.timeScale().visibleTo();
        assertTrue(input.animate(16));
        assertTrue(model.timeScale().visibleTo() < to, "kept moving towards older bars");
        int frames = 0;
        while (input.animate(16) && frames < 1000) frames++;
        assertTrue(frames < 1000, "and stopped");
        assertEquals(0, input.velocity());
    }

    @Test
    void keysScrollZoomAndJump() {
        double to = model.timeScale().visibleTo();
        assertTrue(input.key(ChartInteraction.KEY_LEFT));
        assertEquals(to - 10, model.timeScale().visibleTo(), 1e-9);
        input.key(ChartInteraction.KEY_HOME);
        assertEquals(0, model.timeScale().visibleFrom(), 1e-9, "Home shows the first bar at the left edge");
        input.key(ChartInteraction.KEY_END);
        assertEquals(5, model.timeScale().rightOffset());
        assertFalse(input.key(99));
    }

    @Test
    void crosshairListenersHearMovesClicksAndLeaving() {
        List<String> events = new ArrayList<>();
        model.addCrosshairListener(new CrosshairListener() {
            public void moved(int bar, long time, int pane, double price) {
                events.add("move " + bar + " " + pane);
            }

            public void left() {
                events.add("leave");
            }

            public void clicked(int bar, long time, int pane, double price) {
                events.add("click " + bar + " " + Math.round(price));
            }
        });
        double x = model.timeScale().indexToX(1990);
        double y = view.layout().paneTop(0) + model.pricePane().scale().priceToY(100);
        input.pointerMove(x, y, false);
        input.pointerDown(x, y);
        input.pointerUp(x, y);
        input.pointerExit();
        assertEquals(List.of("move 1990 0", "click 1990 100", "leave"), events);
        assertFalse(model.crosshairVisible());
    }

    @Test
    void magnetModeSnapsTheCrosshairToTheClose() {
        model.setCrosshairMode(CrosshairMode.MAGNET);
        double x = model.timeScale().indexToX(1990);
        model.moveCrosshair(x, 50);
        frame();
        double y = CrosshairView.y(model, view.layout(), 1990, 0);
        assertEquals(view.layout().paneTop(0) + model.pricePane().scale().priceToY(model.bars().close(1990)), y, 1e-9);
    }

    @Test
    void doubleClickOnAPaneMaximisesItAndAgainRestores() {
        int h0 = view.layout().paneHeight(0);
        input.doubleClick(300, view.layout().paneTop(1) + 20);
        frame();
        assertEquals(Layout.COLLAPSED, view.layout().paneHeight(0), "the price pane collapsed to its legend");
        assertTrue(view.layout().paneHeight(1) > 500, "the volume pane took the height");
        input.doubleClick(300, view.layout().paneTop(1) + 20);
        frame();
        assertEquals(h0, view.layout().paneHeight(0));
    }

    @Test
    void panesMoveButThePricePaneStaysFirst() {
        var a = model.addPane(1);
        model.movePane(2, 1);
        assertEquals(a, model.panes().get(1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> model.movePane(1, 0));
    }

    @Test
    void clickingALegendNameHidesAndShowsItsSeries() {
        var line = new org.candela.chart.model.LineSeries("SMA 5", model.bars().closes(), 0xFF2962FF);
        model.pricePane().series().add(line);
        frame();
        double y = view.layout().paneTop(0) + 6 + 14 + 4 + 3; // the second legend line
        input.pointerDown(12, y);
        input.pointerUp(12, y);
        assertFalse(line.visible());
        frame();
        input.pointerDown(12, y);
        input.pointerUp(12, y);
        assertTrue(line.visible(), "the dimmed name stays clickable");
    }

    @Test
    void theLeftAxisScalesItsOwnScale() {
        var line = new org.candela.chart.model.LineSeries("L", model.bars().closes(), 0xFF2962FF);
        line.setPriceScaleId(org.candela.chart.model.Pane.LEFT);
        model.pricePane().series().add(line);
        frame();
        var left = model.pricePane().overlayScale(org.candela.chart.model.Pane.LEFT);
        double span = left.max() - left.min(), rightSpan = model.pricePane().scale().max() - model.pricePane().scale().min();
        double x = view.layout().plotLeft() / 2.0;
        assertEquals(Target.PRICE_AXIS, input.hit(x, 100));
        drag(x, 100, x, 250);
        input.pointerUp(x, 250);
        frame();
        assertEquals(span * Math.E, left.max() - left.min(), 1e-6);
        assertEquals(rightSpan, model.pricePane().scale().max() - model.pricePane().scale().min(), 1e-9, "the right scale stays");
        input.doubleClick(x, 100);
        frame();
        assertEquals(span, left.max() - left.min(), 1e-9);
    }
}
