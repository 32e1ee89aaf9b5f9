/**
 * What the user set up, as plain data: the {@link org.candela.chart.workspace.Workspace} the window is
 * restored from and saves into, and the file it lives in ({@link org.candela.chart.workspace.WorkspaceFile}:
 * JSON with a schema version, written atomically, the previous version kept as a backup). No SWT here.
 */
package org.candela.chart.workspace;
