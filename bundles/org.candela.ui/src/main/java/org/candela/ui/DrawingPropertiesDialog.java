package org.candela.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.view.DrawingEditor;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.PropertySpec;
import org.candela.drawing.api.PropertyValues;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * A drawing's properties, the dialog generated from its tool's {@link PropertySpec}s as the indicator settings
 * dialog is from parameters: a colour button, a width spinner, a style choice, a switch, a number, a text, a
 * list of levels. Each value is checked as typed (the problem shows, OK waits); OK applies them as one change
 * the chart's undo reverses. No plugin code runs here: the tool draws on its lane once the values are applied.
 */
final class DrawingPropertiesDialog {

    private final Shell shell;
    private final ChartDrawings.Drawing drawing;
    private final DrawingEditor editor;
    private final WorkbenchWindow window;
    private final Map<String, Supplier<String>> editors = new LinkedHashMap<>();
    private final Label problem;
    private final Button ok;

    DrawingPropertiesDialog(WorkbenchWindow window, ChartDrawings.Drawing drawing, DrawingEditor editor) {
        this.window = window;
        this.drawing = drawing;
        this.editor = editor;
        PropertyValues values = drawing.spec().properties();
        shell = new Shell(window.shell(), SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(values.descriptor().name() + " — Properties");
        shell.setLayout(new GridLayout(2, false));
        for (PropertySpec p : values.descriptor().properties()) editor(p, values);
        problem = DialogParts.problem(shell, 2);
        ok = DialogParts.cancelOk(shell, 2, "OK");
        ok.addListener(SWT.Selection, e -> {
            PropertyValues next = read();
            if (next == null) return;
            editor.edit(drawing, drawing.spec().withProperties(next));
            window.chart().requestFrame();
            shell.close();
        });
        shell.pack();
        shell.setSize(Math.max(380, shell.getSize().x), shell.getSize().y);
    }

    void open() {
        Themed.dialog(shell);
        shell.open();
    }

    /** The values as typed, checked; null (the problem shown) when one is not valid. */
    private PropertyValues read() {
        PropertyValues p = drawing.spec().properties();
        try {
            for (Map.Entry<String, Supplier<String>> e : editors.entrySet()) p = p.with(e.getKey(), e.getValue().get());
            problem.setText("");
            ok.setEnabled(true);
            return p;
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            ok.setEnabled(false);
            shell.layout(true);
            return null;
        }
    }

    private void editor(PropertySpec p, PropertyValues values) {
        Label label = new Label(shell, SWT.NONE);
        label.setText(p.label());
        GridData fill = new GridData(SWT.FILL, SWT.CENTER, true, false);
        String now = values.format(p.key());
        switch (p.type()) {
            case COLOR -> {
                Button b = new Button(shell, SWT.PUSH);
                b.setText(now);
                b.setLayoutData(fill);
                b.addListener(SWT.Selection, e -> {
                    int argb = (int) Long.parseLong(b.getText().substring(1), 16);
                    ColorDialog cd = new ColorDialog(shell);
                    cd.setRGB(new RGB((argb >> 16) & 255, (argb >> 8) & 255, argb & 255));
                    RGB rgb = cd.open();
                    if (rgb != null) b.setText(String.format("#%08X", (argb & 0xFF000000) | rgb.red << 16 | rgb.green << 8 | rgb.blue));
                });
                editors.put(p.key(), b::getText);
            }
            case WIDTH -> {
                Spinner s = new Spinner(shell, SWT.BORDER);
                s.setValues(values.getInt(p.key()), (int) p.min(), (int) p.max(), 0, 1, 1);
                editors.put(p.key(), () -> Integer.toString(s.getSelection()));
            }
            case STYLE -> {
                Combo c = new Combo(shell, SWT.READ_ONLY);
                for (LineStyle st : LineStyle.values()) c.add(st.name().toLowerCase(Locale.ROOT));
                c.setText(now);
                editors.put(p.key(), c::getText);
            }
            case BOOLEAN -> {
                Button b = new Button(shell, SWT.CHECK);
                b.setSelection(values.getBoolean(p.key()));
                editors.put(p.key(), () -> Boolean.toString(b.getSelection()));
            }
            default -> { // NUMBER, TEXT, LEVELS: typed, checked as typed
                Text t = new Text(shell, SWT.BORDER);
                t.setText(p.type() == org.candela.drawing.api.PropertyType.TEXT ? values.getText(p.key()) : now);
                t.setLayoutData(fill);
                t.addListener(SWT.Modify, e -> read());
                editors.put(p.key(), t::getText);
            }
        }
    }
}
