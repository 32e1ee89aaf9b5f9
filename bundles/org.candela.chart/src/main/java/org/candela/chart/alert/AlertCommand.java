package org.candela.chart.alert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The user's command run on a firing ({@code --on-alert}, or an alert's own command in the window): {@code sh -c
 * COMMAND} with the firing's JSON line on its standard input, waited for at most {@link #LIMIT_SECONDS} so
 * firings stay in order and a command that hangs cannot pile up. Never on the UI thread.
 */
public final class AlertCommand {

    public static final int LIMIT_SECONDS = 10;

    private AlertCommand() {
    }

    /** Runs it; returns null when it ended well, else one sentence saying what went wrong. */
    public static String run(String command, String json) {
        try {
            Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // a command that does not read its input still runs
            }
            if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "the alert's command took longer than " + LIMIT_SECONDS + " s and was stopped: " + command;
            }
            return p.exitValue() == 0 ? null : "the alert's command exited with " + p.exitValue() + ": " + command;
        } catch (IOException e) {
            return "the alert's command could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the alert's command was interrupted: " + command;
        }
    }
}
