package org.candela.ui;

import org.candela.chart.model.Theme;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A theme's colours on SWT widgets, so the dialogs, the tab strips and the watchlist look like the charts.
 * SWT colours hold no system resource (since SWT 3.115): nothing to dispose. UI thread.
 */
final class Themed {

    private Themed() {
    }

    /** The key under which the main window's shell holds the theme, for its dialogs. */
    static final String THEME = "candela.theme";
    /** A control with this data set keeps its own colours (a red problem line). */
    static final String OWN_COLORS = "candela.ownColors";

    /** A dialog of the main window takes the window's theme (call before opening it). */
    static void dialog(org.eclipse.swt.widgets.Shell dialog) {
        if (dialog.getParent() != null && dialog.getParent().getData(THEME) instanceof Theme t) apply(dialog, t);
    }

    /** An opaque SWT colour of an ARGB value. */
    static Color color(int argb) {
        return new Color((argb >> 16) & 255, (argb >> 8) & 255, argb & 255);
    }

    /** {@code root} and every control in it take the theme's background and text colours (fields a shade apart). */
    static void apply(Control root, Theme t) {
        Color background = color(t.background()), text = color(t.text());
        Color field = color(Theme.mix(t.background(), t.text(), 0.06f));
        paint(root, t, background, field, text);
    }

    private static void paint(Control c, Theme t, Color background, Color field, Color text) {
        if (c.getData(OWN_COLORS) != null) return;
        boolean input = c instanceof org.eclipse.swt.widgets.Text || c instanceof org.eclipse.swt.widgets.Table
                || c instanceof org.eclipse.swt.widgets.List || c instanceof org.eclipse.swt.widgets.Combo
                || c instanceof org.eclipse.swt.widgets.Spinner;
        c.setBackground(input ? field : background);
        c.setForeground(text);
        if (c instanceof org.eclipse.swt.widgets.Table table) { // its header row too (GTK's own is light whatever the theme)
            table.setHeaderBackground(color(t.border()));
            table.setHeaderForeground(text);
        }
        if (c instanceof CTabFolder f) strip(f, t);
        if (c instanceof Composite comp && !(c instanceof Button)) {
            for (Control child : comp.getChildren()) paint(child, t, background, field, text);
        }
    }

    /** A tab strip: the selected tab as the chart's background, the others a shade darker or lighter. */
    static void strip(CTabFolder f, Theme t) {
        f.setBackground(color(t.border()));
        f.setForeground(color(Theme.mix(t.text(), t.background(), 0.35f)));
        f.setSelectionBackground(color(t.background()));
        f.setSelectionForeground(color(t.text()));
    }
}
