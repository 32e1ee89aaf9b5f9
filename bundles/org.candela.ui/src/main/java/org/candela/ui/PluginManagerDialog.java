package org.candela.ui;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.BundleListener;

/**
 * File ▸ Plugins…: the installed plugins (bundles from {@code plugins/}) with their version, state and the
 * indicators and connectors they provide; Install… copies a chosen jar in, Uninstall deletes one. The list
 * follows bundle events, so a jar dropped into the folder by hand shows up too.
 */
final class PluginManagerDialog {

    private final WorkbenchWindow window;
    private final PluginFolder folder;
    private final Shell shell;
    private final Table table;
    private final Label message;
    private final BundleListener listener;
    private List<PluginFolder.Plugin> plugins = List.of();

    PluginManagerDialog(WorkbenchWindow window, PluginFolder folder, org.osgi.framework.BundleContext ctx) {
        this.window = window;
        this.folder = folder;
        shell = new Shell(window.shell(), SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText("Plugins");
        shell.setLayout(new GridLayout(3, false));
        Label where = new Label(shell, SWT.NONE);
        where.setText("Plugins in " + folder.dir());
        where.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (String c : new String[] {"Plugin", "Version", "State", "Provides"}) new TableColumn(table, SWT.NONE).setText(c);
        message = new Label(shell, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button install = new Button(shell, SWT.PUSH);
        install.setText("Install…");
        Button uninstall = new Button(shell, SWT.PUSH);
        uninstall.setText("Uninstall");
        install.addListener(SWT.Selection, e -> install());
        uninstall.addListener(SWT.Selection, e -> uninstall());
        listener = e -> shell.getDisplay().asyncExec(this::refresh);
        ctx.addBundleListener(listener);
        shell.addListener(SWT.Dispose, e -> ctx.removeBundleListener(listener));
        shell.setSize(640, 360);
        refresh();
    }

    void open() {
        Themed.dialog(shell);
        shell.open();
    }

    private void refresh() {
        if (shell.isDisposed()) return;
        plugins = folder.list();
        table.removeAll();
        for (PluginFolder.Plugin p : plugins) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {p.name(), p.version(), p.state(), p.provides()});
        }
        for (TableColumn c : table.getColumns()) c.pack();
        if (plugins.isEmpty()) message.setText("No plugins installed. Install… a jar, or drop one into the folder.");
    }

    private void install() {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setFilterExtensions(new String[] {"*.jar"});
        String file = d.open();
        if (file == null) return;
        try {
            String name = folder.install(Path.of(file));
            message.setText("Installing " + name + "…");
        } catch (Exception e) {
            message.setText(e.getMessage());
        }
    }

    private void uninstall() {
        int i = table.getSelectionIndex();
        if (i < 0 || i >= plugins.size()) {
            message.setText("Select a plugin to uninstall.");
            return;
        }
        try {
            folder.uninstall(plugins.get(i));
            message.setText("Uninstalling " + plugins.get(i).name() + "…");
        } catch (Exception e) {
            message.setText(e.getMessage());
        }
        window.chart().requestFrame();
    }
}
