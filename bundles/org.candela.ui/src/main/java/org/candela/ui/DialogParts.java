package org.candela.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** What the settings, properties and alert dialogs share: the red line that says what is wrong, and Cancel / OK. */
final class DialogParts {

    private DialogParts() {
    }

    /** The line under the fields that says what is wrong with them, in red whatever the theme. */
    static Label problem(Shell shell, int span) {
        Label problem = new Label(shell, SWT.WRAP);
        problem.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_RED));
        problem.setData(Themed.OWN_COLORS, true);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return problem;
    }

    /** Cancel (closes the dialog) and the default button {@code okText}, at the right; returns the latter. */
    static Button cancelOk(Shell shell, int span, String okText) {
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, span, 1));
        buttons.setLayout(new GridLayout(2, true));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> shell.close());
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText(okText);
        shell.setDefaultButton(ok);
        return ok;
    }
}
