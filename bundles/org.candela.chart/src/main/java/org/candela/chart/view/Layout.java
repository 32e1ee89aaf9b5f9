package org.candela.chart.view;

import java.util.Arrays;
import java.util.List;
import org.candela.chart.model.Pane;

/**
 * Where everything sits in a frame: the plot width, the price axis on the right, the time axis at the
 * bottom, and the top and height of each pane. Panes share the height by weight, with one-pixel
 * separators between them.
 */
public final class Layout {

    private int width, height, plotLeft, plotWidth, axisWidth, timeAxisHeight;
    private int[] top = new int[4], paneHeight = new int[4];
    private int paneCount;

    /** Recomputes the layout for a frame of {@code w × h} pixels with no left axis. */
    public void compute(int w, int h, int axisW, int timeAxisH, List<Pane> panes) {
        compute(w, h, 0, axisW, timeAxisH, panes);
    }

    /** Recomputes the layout: a left axis {@code leftW} wide (0 for none), the right axis {@code axisW}. */
    public void compute(int w, int h, int leftW, int axisW, int timeAxisH, List<Pane> panes) {
        width = Math.max(1, w);
        height = Math.max(1, h);
        axisWidth = Math.min(axisW, width / 2);
        plotLeft = Math.min(leftW, width / 4);
        plotWidth = Math.max(1, width - axisWidth - plotLeft);
        timeAxisHeight = timeAxisH;
        paneCount = panes.size();
        if (top.length < paneCount) {
            top = Arrays.copyOf(top, paneCount * 2);
            paneHeight = Arrays.copyOf(paneHeight, paneCount * 2);
        }
        int available = Math.max(paneCount, height - timeAxisHeight - (paneCount - 1));
        double total = 0;
        int collapsedHeight = 0;
        for (Pane p : panes) {
            if (p.collapsed()) collapsedHeight += COLLAPSED;
            else total += p.weight();
        }
        int shared = Math.max(0, available - collapsedHeight);
        int y = 0;
        for (int i = 0; i < paneCount; i++) {
            Pane pane = panes.get(i);
            int ph = pane.collapsed() ? COLLAPSED : i == lastExpanded(panes) ? available - (y - i) - collapsedAfter(panes, i)
                    : (int) Math.round(shared * pane.weight() / total);
            top[i] = y;
            paneHeight[i] = Math.max(1, ph);
            y += paneHeight[i] + 1;
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int plotWidth() {
        return plotWidth;
    }

    /** Frame x of the plot's left edge (the width of the left axis, 0 without one). */
    public int plotLeft() {
        return plotLeft;
    }

    /** Frame x just right of the plot: where the right axis starts. */
    public int plotRight() {
        return plotLeft + plotWidth;
    }

    public int axisWidth() {
        return axisWidth;
    }

    public int timeAxisTop() {
        return height - timeAxisHeight;
    }

    public int timeAxisHeight() {
        return timeAxisHeight;
    }

    public int paneCount() {
        return paneCount;
    }

    public int paneTop(int i) {
        return top[i];
    }

    public int paneHeight(int i) {
        return paneHeight[i];
    }

    /** Height of a collapsed pane: one legend line. */
    public static final int COLLAPSED = 22;

    private static int lastExpanded(List<Pane> panes) {
        for (int i = panes.size() - 1; i >= 0; i--) if (!panes.get(i).collapsed()) return i;
        return -1;
    }

    private static int collapsedAfter(List<Pane> panes, int i) {
        int h = 0;
        for (int k = i + 1; k < panes.size(); k++) if (panes.get(k).collapsed()) h += COLLAPSED;
        return h;
    }

    /** Moves the separator above pane {@code p} by {@code dy} until the next {@link #compute}. */
    void shiftSeparator(int p, int dy) {
        paneHeight[p - 1] += dy;
        top[p] += dy;
        paneHeight[p] -= dy;
    }

    /** The pane containing frame y, or -1 (time axis, separators, outside). */
    public int paneAt(double y) {
        for (int i = 0; i < paneCount; i++) {
            if (y >= top[i] && y < top[i] + paneHeight[i]) return i;
        }
        return -1;
    }
}
