package org.candela.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * {@code logs/candela.log} that rolls over at a size: past {@code limitBytes} it becomes
 * {@code candela.log.1} (the older ones move up to {@code .keep}, the oldest goes) and a new file starts, so
 * a workstation that runs for weeks keeps at most {@code limitBytes × (keep + 1)} of log. (java.util.logging's
 * FileHandler renames the current file when it rotates; this one keeps the name people look for.)
 */
final class RollingLog extends StreamHandler {

    private final Path file;
    private final long limitBytes;
    private final int keep;
    private long written;

    RollingLog(Path file, long limitBytes, int keep) throws IOException {
        this.file = file;
        this.limitBytes = limitBytes;
        this.keep = keep;
        open();
    }

    private void open() throws IOException {
        written = Files.exists(file) ? Files.size(file) : 0;
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        setOutputStream(new OutputStream() {
            public void write(int b) throws IOException {
                out.write(b);
                written++;
            }

            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                written += len;
            }

            public void flush() throws IOException {
                out.flush();
            }

            public void close() throws IOException {
                out.close();
            }
        });
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) return;
        super.publish(record);
        flush();
        if (written >= limitBytes) roll();
    }

    private void roll() {
        try {
            close();
            for (int i = keep - 1; i >= 1; i--) {
                Path older = file.resolveSibling(file.getFileName() + "." + i);
                if (Files.exists(older)) Files.move(older, file.resolveSibling(file.getFileName() + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            open();
        } catch (IOException e) {
            reportError("the log could not roll over: " + e.getMessage(), e, java.util.logging.ErrorManager.WRITE_FAILURE);
        }
    }
}
