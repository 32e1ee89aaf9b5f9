/** The one-shot commands: {@code --snapshot}, {@code --list-plugins}. Private to the bundle. */
package org.candela.app.command;
