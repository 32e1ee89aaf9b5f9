package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import org.candela.chart.model.Theme;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A firing's notification: a small window at the bottom right of the main one that takes no focus and blocks
 * nothing — the trader keeps typing and dragging — with the desktop's beep, and goes away after {@link #SHOW_MS},
 * or on a click, which shows the Alerts view. Several
 * stack upwards, at most {@link #MAX} (the oldest goes first). A burst (many alerts on one tick) is folded: past
 * {@link #MAX} within {@link #BURST_MS}, the newest says how many more fired instead of a window each. UI thread.
 */
final class AlertPopup {

    static final int SHOW_MS = 10_000, MAX = 4, WIDTH = 380, BURST_MS = 2_000;
    private static final List<Shell> OPEN = new ArrayList<>();
    private static long burstStart;
    private static int burst, folded;

    private AlertPopup() {
    }

    /** Shows {@code text} as a notification over {@code window}. */
    static void show(WorkbenchWindow window, String text) {
        Shell parent = window.shell();
        if (parent.isDisposed()) return;
        long now = System.currentTimeMillis();
        if (now - burstStart > BURST_MS) {
            burstStart = now;
            burst = folded = 0;
        }
        if (++burst > MAX && !OPEN.isEmpty()) { // the newest says how many more, instead of a window each
            Shell newest = OPEN.get(OPEN.size() - 1);
            Label body = (Label) newest.getChildren()[1];
            body.setText(newest.getData("candela.alertPopup") + "\n+" + ++folded + " more (View ▸ Alerts)");
            newest.setSize(newest.computeSize(WIDTH, SWT.DEFAULT));
            newest.layout(true);
            place(parent);
            return;
        }
        Shell popup = new Shell(parent, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS | SWT.NO_TRIM);
        popup.setData("candela.alertPopup", text);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 10;
        popup.setLayout(layout);
        Label title = new Label(popup, SWT.NONE);
        title.setText("Alert");
        Label body = new Label(popup, SWT.WRAP);
        body.setText(text);
        body.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Theme t = window.theme();
        Themed.apply(popup, t);
        title.setForeground(Themed.color(AlertLines.ACTIVE));
        popup.setBackground(Themed.color(Theme.mix(t.background(), t.text(), 0.08f)));
        for (var c : popup.getChildren()) c.setBackground(popup.getBackground());
        for (var c : new org.eclipse.swt.widgets.Control[] {popup, title, body}) {
            c.addListener(SWT.MouseDown, e -> { // a click shows the Alerts view, with the log, and closes the notification
                popup.dispose();
                if (!window.isDisposed()) window.showAlerts(true);
            });
        }
        Point size = popup.computeSize(WIDTH, SWT.DEFAULT);
        popup.setSize(size);
        while (OPEN.size() >= MAX) OPEN.remove(0).dispose();
        OPEN.add(popup);
        popup.addListener(SWT.Dispose, e -> {
            OPEN.remove(popup);
            place(parent);
        });
        place(parent);
        popup.setVisible(true); // shown without taking the focus from the chart
        popup.getDisplay().beep(); // heard, as a desktop platform's alert is (once a burst: the folded ones are quiet)
        popup.getDisplay().timerExec(SHOW_MS, () -> {
            if (!popup.isDisposed()) popup.dispose();
        });
    }

    /** The open notifications, bottom right of the window, newest at the bottom. */
    private static void place(Shell parent) {
        if (parent.isDisposed()) return;
        Rectangle area = parent.getBounds();
        int y = area.y + area.height - 40;
        for (int i = OPEN.size() - 1; i >= 0; i--) {
            Shell s = OPEN.get(i);
            if (s.isDisposed()) continue;
            Point size = s.getSize();
            y -= size.y + 8;
            s.setLocation(area.x + area.width - size.x - 24, y);
        }
    }

    /** The centre of the newest notification on the screen, as "x,y", or nothing when none shows. */
    static List<String> newestCentre() {
        for (int i = OPEN.size() - 1; i >= 0; i--) {
            Shell s = OPEN.get(i);
            if (s.isDisposed()) continue;
            var b = s.getBounds();
            return List.of((b.x + b.width / 2) + "," + (b.y + b.height / 2));
        }
        return List.of();
    }

    /** The texts of the notifications shown now, oldest first. */
    static List<String> shown() {
        List<String> out = new ArrayList<>();
        for (Shell s : OPEN) if (!s.isDisposed()) out.add(((Label) s.getChildren()[1]).getText().replace("\n", " / "));
        return out;
    }
}
