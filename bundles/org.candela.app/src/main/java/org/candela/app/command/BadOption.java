package org.candela.app.command;

/**
 * A command-line option the launcher lets through but the bundles refuse (a drawing naming a tool that is not
 * installed): the command ends with exit code 2, as the launcher's own usage errors do.
 */
final class BadOption extends IllegalArgumentException {
    BadOption(String message) {
        super(message);
    }
}
