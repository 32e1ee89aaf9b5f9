package org.candela.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.session.IndicatorSpec;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.PriceSource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The settings of one indicator on the chart, generated from its parameter metadata: a number field per
 * INT/DOUBLE parameter (checked against its range as you type), a check box, a choice, a colour button, or a
 * source (a price, or an output of another indicator on the chart). Every valid change is previewed on the
 * chart at once; OK keeps it, Cancel (or Escape, or closing) puts the indicator back as it was, Remove takes
 * it off the chart.
 */
final class IndicatorSettingsDialog {

    private final WorkbenchWindow window;
    private final ChartSession session;
    private final IndicatorSpec original;
    private final Shell shell;
    private final Label problem;
    private final Button ok;
    private final Map<String, Supplier<String>> editors = new LinkedHashMap<>();
    private IndicatorBinding current;
    private boolean keep;

    IndicatorSettingsDialog(WorkbenchWindow window, ChartSession session, IndicatorBinding binding) {
        this.window = window;
        this.session = session;
        this.current = binding;
        this.original = binding.spec();
        IndicatorDescriptor d = original.values().descriptor();
        shell = new Shell(window.shell(), SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(d.name() + " — Settings");
        shell.setLayout(new GridLayout(2, false));
        for (ParameterSpec p : d.parameters()) editor(shell, p);
        problem = DialogParts.problem(shell, 2);
        Button remove = new Button(shell, SWT.PUSH);
        remove.setText("Remove");
        remove.setToolTipText("Remove " + original.name() + " from the chart");
        remove.addListener(SWT.Selection, e -> {
            keep = true;
            window.removeIndicator(current);
            shell.close();
        });
        ok = DialogParts.cancelOk(shell, 1, "OK");
        ok.addListener(SWT.Selection, e -> {
            if (pending != null) apply(pending); // typed and confirmed before the preview came
            keep = true;
            shell.close();
        });
        shell.addListener(SWT.Dispose, e -> {
            if (!keep) apply(original);
        });
        shell.pack();
        shell.setSize(Math.max(360, shell.getSize().x), shell.getSize().y);
    }

    void open() {
        Themed.dialog(shell);
        shell.open();
    }

    private void editor(Composite parent, ParameterSpec p) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(p.label());
        Object value = original.values().get(p.key());
        GridData fill = new GridData(SWT.FILL, SWT.CENTER, true, false);
        switch (p.type()) {
            case INT, DOUBLE -> {
                Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
                t.setText(number(value));
                t.setLayoutData(fill);
                t.addListener(SWT.Modify, e -> changed());
                editors.put(p.key(), t::getText);
            }
            case BOOLEAN -> {
                Button b = new Button(parent, SWT.CHECK);
                b.setSelection((Boolean) value);
                b.addListener(SWT.Selection, e -> changed());
                editors.put(p.key(), () -> Boolean.toString(b.getSelection()));
            }
            case ENUM -> {
                Combo c = new Combo(parent, SWT.READ_ONLY);
                c.setItems(p.choices().toArray(String[]::new));
                c.select(p.choices().indexOf(value.toString()));
                c.setLayoutData(fill);
                c.addListener(SWT.Selection, e -> changed());
                editors.put(p.key(), c::getText);
            }
            case COLOR -> {
                Button b = new Button(parent, SWT.PUSH);
                b.setData(value);
                b.setText(String.format("#%08X", (Integer) value));
                b.addListener(SWT.Selection, e -> {
                    ColorDialog cd = new ColorDialog(shell);
                    int argb = (Integer) b.getData();
                    cd.setRGB(new RGB((argb >> 16) & 255, (argb >> 8) & 255, argb & 255));
                    RGB rgb = cd.open();
                    if (rgb == null) return;
                    int picked = (argb & 0xFF000000) | rgb.red << 16 | rgb.green << 8 | rgb.blue;
                    b.setData(picked);
                    b.setText(String.format("#%08X", picked));
                    changed();
                });
                editors.put(p.key(), () -> String.format("#%08X", (Integer) b.getData()));
            }
            case SOURCE -> {
                Combo c = new Combo(parent, SWT.READ_ONLY);
                List<String> items = sources();
                c.setItems(items.toArray(String[]::new));
                String now = original.input() != null ? chained(original) : ((PriceSource) value).name().toLowerCase(Locale.ROOT);
                c.select(Math.max(0, items.indexOf(now)));
                c.setLayoutData(fill);
                c.addListener(SWT.Selection, e -> changed());
                editors.put(p.key(), c::getText);
            }
        }
    }

    /** Prices, then the outputs of the other indicators on the chart (an EMA of the RSI). */
    private List<String> sources() {
        List<String> items = new ArrayList<>();
        for (PriceSource s : PriceSource.values()) items.add(s.name().toLowerCase(Locale.ROOT));
        for (IndicatorBinding b : session.indicators()) {
            if (b == current || b.spec().uses(original.indicator())) continue;
            var outputs = b.spec().values().descriptor().outputs();
            for (var o : outputs) items.add(outputs.size() == 1 ? b.spec().name() : b.spec().name() + "." + o.key());
        }
        return items;
    }

    private static String chained(IndicatorSpec s) {
        IndicatorSpec in = s.input();
        return in.outputs() == 1 ? in.name() : in.name() + "." + in.values().descriptor().outputs().get(s.output()).key();
    }

    /** Reads every editor, previews the result when it is valid, says what is wrong when it is not. */
    private void changed() {
        StringBuilder text = new StringBuilder(original.values().descriptor().id()).append('(');
        String sep = "";
        for (var e : editors.entrySet()) {
            text.append(sep).append(e.getKey()).append('=').append(e.getValue().get().trim());
            sep = ",";
        }
        try {
            pending = IndicatorSpec.parse(text.append(')').toString(), window.indicators());
            problem.setText("");
            ok.setEnabled(true);
            // previewed once typing pauses: each preview recomputes the history on the indicator's thread
            shell.getDisplay().timerExec(PREVIEW_DELAY_MS, applyPending);
        } catch (IllegalArgumentException e) {
            pending = null;
            problem.setText(e.getMessage());
            ok.setEnabled(false);
        }
        shell.layout(true, true);
    }

    private static final int PREVIEW_DELAY_MS = 250;
    private IndicatorSpec pending;
    private final Runnable applyPending = this::applyPending;
    private final Runnable watch = this::watch;

    private void applyPending() {
        if (pending == null || shell.isDisposed()) return;
        apply(pending);
        pending = null;
        watch();
    }

    /**
     * Parameters that make no sense together (a fast MACD slower than its slow one) are the plugin's to
     * refuse, in create(), which runs on the indicator's own thread: the dialog watches the preview and says
     * why it failed.
     */
    private void watch() {
        if (shell.isDisposed()) return;
        String error = current.error();
        if (error != null) {
            problem.setText(error.replaceFirst("^IllegalArgumentException: ", ""));
            ok.setEnabled(false);
            shell.layout(true, true);
        } else if (!current.idle()) {
            shell.getDisplay().timerExec(100, watch);
        }
    }

    private void apply(IndicatorSpec spec) {
        if (spec.name().equals(current.spec().name()) || !session.indicators().contains(current)) return;
        current = session.replaceIndicator(current, spec);
        window.chart().requestFrame();
    }

    private static String number(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(v);
    }

    /** The problem shown, for tests and the status of the OK button. */
    String problem() {
        return problem.isDisposed() ? "" : problem.getText();
    }
}
