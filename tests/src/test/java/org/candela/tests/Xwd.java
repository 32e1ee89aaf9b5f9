package org.candela.tests;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** A screenshot of the X display through {@code xwd -root}, decoded (24- or 32-bit TrueColor). */
final class Xwd {

    final int width, height;
    private final int[] argb;

    private Xwd(int width, int height, int[] argb) {
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    int rgb(int x, int y) {
        return argb[y * width + x] & 0xFFFFFF;
    }

    /** The share of every second pixel of the rectangle [x0, x1) × [y0, y1) within 12 levels of {@code rgb}. */
    double share(int x0, int y0, int x1, int y1, int rgb) {
        int near = 0, all = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y += 2) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x += 2) {
                int c = rgb(x, y);
                all++;
                if (Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) < 12 && Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255)) < 12
                        && Math.abs((c & 255) - (rgb & 255)) < 12) near++;
            }
        }
        return all == 0 ? 0 : near / (double) all;
    }

    static Xwd captureRoot() throws IOException, InterruptedException {
        return capture("-root");
    }

    /** A top-level window by its X id (a dialog: without a compositor the root picture shows it black). */
    static Xwd captureWindow(String id) throws IOException, InterruptedException {
        return capture("-id", id);
    }

    private static Xwd capture(String... which) throws IOException, InterruptedException {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("xwd", "-silent"));
        cmd.addAll(java.util.List.of(which));
        Process p = new ProcessBuilder(cmd).start();
        byte[] data = p.getInputStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        int[] h = new int[25];
        for (int i = 0; i < h.length; i++) h[i] = in.readInt();
        int headerSize = h[0], width = h[4], height = h[5], byteOrder = h[7], bitsPerPixel = h[11];
        int bytesPerLine = h[12], colors = h[19];
        if (bitsPerPixel != 32 && bitsPerPixel != 24) throw new IOException("expected 24 or 32 bits per pixel, got " + bitsPerPixel);
        int bpp = bitsPerPixel / 8;
        int offset = headerSize + colors * 12;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int o = offset + y * bytesPerLine + x * bpp;
                int b0 = data[o] & 255, b1 = data[o + 1] & 255, b2 = data[o + 2] & 255;
                int last = data[o + bpp - 1] & 255, beforeLast = data[o + bpp - 2] & 255, third = data[o + bpp - 3] & 255;
                argb[y * width + x] = byteOrder == 0 ? (b2 << 16) | (b1 << 8) | b0 : (third << 16) | (beforeLast << 8) | last;
            }
        }
        return new Xwd(width, height, argb);
    }
}
