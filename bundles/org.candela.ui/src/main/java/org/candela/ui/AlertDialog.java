package org.candela.ui;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.candela.chart.alert.Alert;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Create Alert / Edit Alert: the condition in its text form (checked as typed against the installed
 * indicators: an unknown one is an error here, not when it would fire), how often it fires, when it expires,
 * and a command to run on each firing. OK adds (or replaces) the alert, which runs at once.
 */
final class AlertDialog {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

    private final Shell shell;
    private final Alert base;
    private final boolean isNew;
    private final AlertCenter alerts;
    private final Text condition, expires, command;
    private final Combo mode;
    private final Button enabled;
    private final Label problem;
    private final Button ok;

    /** @param base the alert to edit, or a new one to fill in ({@code isNew}) */
    AlertDialog(WorkbenchWindow window, Alert base, boolean isNew) {
        this.base = base;
        this.isNew = isNew;
        this.alerts = window.alerts();
        shell = new Shell(window.shell(), SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText((isNew ? "Create Alert — " : "Edit Alert — ") + base.symbol() + " " + base.timeframe());
        shell.setLayout(new GridLayout(2, false));
        label("On");
        Label on = new Label(shell, SWT.NONE);
        var connector = window.connector(base.connector());
        on.setText(base.symbol() + " · " + base.timeframe() + " · " + (connector == null ? base.connector() : WorkbenchWindow.connectorName(connector)));
        label("&Condition");
        condition = text(base.condition());
        new Label(shell, SWT.NONE);
        Label hint = new Label(shell, SWT.WRAP);
        hint.setText("close crosses 21450 · close crosses above sma(50) · rsi(14) > 70 · macd(12,26,9).hist crosses below 0");
        label("&Fires");
        mode = new Combo(shell, SWT.READ_ONLY);
        for (Alert.Mode m : Alert.Mode.values()) mode.add(m.text());
        mode.setText(base.mode().text());
        label("E&xpires (UTC)");
        expires = text(base.expires() == 0 ? "" : MINUTES.format(Instant.ofEpochMilli(base.expires())));
        expires.setMessage("never, or a time such as 2026-12-31T16:00Z");
        label("&Run command");
        command = text(base.command());
        command.setMessage("optional: sh -c COMMAND, the firing as JSON on its standard input");
        new Label(shell, SWT.NONE);
        enabled = new Button(shell, SWT.CHECK);
        enabled.setText("&Enabled");
        enabled.setSelection(base.enabled());
        problem = DialogParts.problem(shell, 2);
        ok = DialogParts.cancelOk(shell, 2, isNew ? "Create" : "OK");
        ok.addListener(SWT.Selection, e -> {
            Alert a = read();
            if (a == null) return;
            if (isNew) alerts.add(a);
            else alerts.edit(a);
            shell.close();
        });
        condition.addListener(SWT.Modify, e -> read());
        expires.addListener(SWT.Modify, e -> read());
        shell.pack();
        shell.setSize(Math.max(620, shell.getSize().x), shell.getSize().y);
        read();
    }

    void open() {
        Themed.dialog(shell);
        shell.open();
        condition.setFocus();
        condition.selectAll();
    }

    Shell shell() {
        return shell;
    }

    private void label(String text) {
        new Label(shell, SWT.NONE).setText(text);
    }

    private Text text(String value) {
        Text t = new Text(shell, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    /** The alert as filled in, checked; null (the problem shown) when something is not valid. */
    private Alert read() {
        try {
            String c = alerts.parse(condition.getText()).text();
            long until = expiry(expires.getText());
            problem.setText("");
            ok.setEnabled(true);
            return new Alert(base.id(), base.connector(), base.symbol(), base.timeframe(), c, Alert.Mode.parse(mode.getText()), until,
                    enabled.getSelection(), command.getText().strip(), base.drawing());
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            ok.setEnabled(false);
            shell.layout(true);
            return null;
        }
    }

    /** Empty for never, else an ISO-8601 time in the future. */
    static long expiry(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("never")) return 0;
        try {
            long at = OffsetDateTime.parse(t).toInstant().toEpochMilli();
            if (at <= System.currentTimeMillis()) throw new IllegalArgumentException("the expiry " + t + " is in the past");
            return at;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the expiry '" + t + "' is not a time such as 2026-12-31T16:00Z");
        }
    }
}
