/** The SWT workbench: the window, its menus and status bar, and the GL chart canvas. */
package org.candela.ui;
