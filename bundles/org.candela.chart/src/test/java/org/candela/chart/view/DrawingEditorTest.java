package org.candela.chart.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Theme;
import org.candela.drawing.api.Anchor;
import org.candela.drawings.builtin.HorizontalLine;
import org.candela.drawings.builtin.TrendLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Placing, selecting, dragging, deleting, undo and redo, with pixels as a mouse gives them. */
class DrawingEditorTest {

    private static final long M = 60_000;
    private ChartModel model;
    private ChartView view;
    private ChartDrawings drawings;
    private DrawingEditor editor;
    private int changes;

    @BeforeEach
    void chart() {
        BarStore s = new BarStore();
        for (int i = 0; i < 400; i++) {
            double c = 200 + 20 * Math.sin(i / 30.0);
            s.append(i * M, c - 0.5, c + 2, c - 2, c, 1);
        }
        model = new ChartModel("X", s, M, Theme.DARK);
        model.barsReset();
        drawings = new ChartDrawings("test", () -> { });
        model.setDrawings(drawings);
        view = new ChartView(model, TextMeasure.monospace(7, 14));
        frame();
        editor = new DrawingEditor(model, view);
        editor.setListener(() -> changes++);
    }

    private void frame() {
        try {
            drawings.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        view.build(1000, 600, new DrawList());
    }

    /** The frame x of bar {@code i}'s centre and the frame y of {@code price}. */
    private double x(int i) {
        return view.layout().plotLeft() + model.timeScale().indexToX(i);
    }

    private double y(double price) {
        return view.layout().paneTop(0) + model.pricePane().scale().priceToY(price);
    }

    private double priceAt(double y) {
        return model.pricePane().scale().yToPrice(y - view.layout().paneTop(0));
    }

    @Test
    void aTrendLineIsPlacedByTwoClicksItsEndFollowingTheMouse() {
        editor.place(new TrendLine());
        assertTrue(editor.pointerDown(x(350), y(205), false));
        assertEquals(1, drawings.size(), "a preview from the first click");
        editor.pointerMove(x(370) + 2, y(210), false); // a little right of bar 370's centre
        frame();
        assertEquals(new Anchor(370 * M, Math.round(priceAt(y(210)) * 100) / 100.0), drawings.all().get(0).spec().anchors().get(1),
                "the end follows the mouse, at the chart's two decimals");
        assertTrue(editor.pointerDown(x(380), y(212), false));
        List<Anchor> anchors = drawings.all().get(0).spec().anchors();
        assertEquals(350 * M, anchors.get(0).time());
        assertEquals(205, anchors.get(0).price(), 1e-9);
        assertEquals(380 * M, anchors.get(1).time());
        assertEquals(212, anchors.get(1).price(), 1e-9);
        assertNull(editor.placing(), "done after the last anchor");
        assertTrue(drawings.all().get(0).selected, "the new drawing is selected");
        assertEquals(1, changes);
    }

    @Test
    void theMagnetPutsAnchorsOnTheBarsPrices() {
        editor.magnet = true;
        editor.place(new HorizontalLine());
        double high = model.bars().high(360);
        editor.pointerDown(x(360), y(high + 0.3), false);
        Anchor a = drawings.all().get(0).spec().anchors().get(0);
        assertEquals(new Anchor(0, high), a, "a level: the price alone, snapped to the bar's high");
    }

    @Test
    void selectDragUndoRedo() {
        editor.place(new TrendLine());
        editor.pointerDown(x(340), y(200), false);
        editor.pointerDown(x(380), y(210), false);
        frame();
        ChartDrawings.Drawing line = drawings.all().get(0);
        var placedSpec = line.spec();
        editor.select(List.of());
        frame();
        // a click on the middle of the line selects it; a drag from there moves it by 10 bars and 5 in price
        double mx = x(360), my = y(205);
        assertTrue(editor.pointerDown(mx, my, false), "the press hit the line");
        assertTrue(line.selected);
        editor.pointerMove(mx + (x(370) - x(360)), y(210), true);
        editor.pointerUp(mx + (x(370) - x(360)), y(210));
        frame();
        List<Anchor> moved = line.spec().anchors();
        assertEquals(350 * M, moved.get(0).time());
        assertEquals(390 * M, moved.get(1).time());
        assertEquals(205, moved.get(0).price(), 0.05);
        assertEquals(215, moved.get(1).price(), 0.05);
        var movedSpec = line.spec();
        // its second anchor's handle drags that anchor alone
        assertTrue(editor.pointerDown(x(390), y(215), false));
        editor.pointerMove(x(395), y(220), true);
        editor.pointerUp(x(395), y(220));
        frame();
        assertEquals(350 * M, line.spec().anchors().get(0).time(), "the first stays");
        assertEquals(395 * M, line.spec().anchors().get(1).time());
        var reshaped = line.spec();
        assertTrue(editor.deleteSelected());
        assertEquals(0, drawings.size());

        assertTrue(editor.undo());
        assertEquals(List.of(reshaped), specs(), "undo brings the deleted line back");
        assertTrue(editor.undo());
        assertEquals(List.of(movedSpec), specs(), "undo the anchor drag");
        assertTrue(editor.undo());
        assertEquals(List.of(placedSpec), specs(), "undo the move");
        assertTrue(editor.undo());
        assertEquals(List.of(), specs(), "undo the placing");
        assertFalse(editor.undo(), "nothing more");
        assertTrue(editor.redo());
        assertTrue(editor.redo());
        assertTrue(editor.redo());
        assertEquals(List.of(reshaped), specs(), "redo the placing, the move and the drag");
        assertTrue(editor.redo());
        assertEquals(List.of(), specs(), "and the delete");
        assertFalse(editor.redo());
    }

    @Test
    void aLockedDrawingIsSelectedButNotMoved() {
        editor.place(new TrendLine());
        editor.pointerDown(x(340), y(200), false);
        editor.pointerDown(x(380), y(210), false);
        frame();
        editor.lockSelected(true);
        ChartDrawings.Drawing line = drawings.all().get(0);
        var before = line.spec();
        editor.pointerDown(x(360), y(205), false);
        editor.pointerMove(x(370), y(215), true);
        editor.pointerUp(x(370), y(215));
        assertEquals(before, line.spec());
        assertTrue(line.selected);
    }

    @Test
    void aPressAwayFromDrawingsLetsTheChartPanAndClearsTheSelection() {
        editor.place(new TrendLine());
        editor.pointerDown(x(340), y(200), false);
        editor.pointerDown(x(380), y(210), false);
        frame();
        assertFalse(editor.pointerDown(x(300), y(210), false), "the chart pans");
        assertTrue(editor.selected().isEmpty());
        editor.place(new TrendLine());
        editor.pointerDown(x(300), y(230), false);
        editor.cancel();
        assertEquals(1, drawings.size(), "Esc drops the unfinished drawing");
    }

    private List<Object> specs() {
        return drawings.all().stream().map(d -> (Object) d.spec()).toList();
    }
}
