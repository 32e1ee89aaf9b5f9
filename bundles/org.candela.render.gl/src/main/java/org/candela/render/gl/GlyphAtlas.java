package org.candela.render.gl;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.candela.chart.draw.TextMeasure;

/**
 * Every glyph the charts draw, rasterised once into one 8-bit alpha image (so all text of a frame is one
 * textured draw). Rasterised with Java2D in headless mode: no display and no AWT toolkit are needed.
 * Also the {@link TextMeasure} views lay out with, so measured and drawn text agree to the pixel.
 */
public final class GlyphAtlas implements TextMeasure {

    private static final String EXTRA = "·−—…°′";
    private static final int PAD = 1;

    private final int width, height, lineHeight;
    private final byte[] alpha;
    private final int[] advance = new int[128 + EXTRA.length()];
    private final int[] cellX = new int[advance.length], cellY = new int[advance.length], cellW = new int[advance.length];

    /** Rasterises the atlas with the default UI font at {@code pixelSize}. */
    public GlyphAtlas(int pixelSize) {
        System.setProperty("java.awt.headless", "true");
        Font font = pickFont(pixelSize);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        pg.setFont(font);
        FontMetrics fm = pg.getFontMetrics();
        lineHeight = fm.getAscent() + fm.getDescent();
        int ascent = fm.getAscent();
        width = 512;
        int x = 0, y = 0;
        for (int i = 0; i < advance.length; i++) {
            char c = charAt(i);
            if (c == 0) continue;
            advance[i] = fm.charWidth(c);
            int w = advance[i] + 2 * PAD + 2;
            if (x + w > width) {
                x = 0;
                y += lineHeight + 2;
            }
            cellX[i] = x;
            cellY[i] = y;
            cellW[i] = w;
            x += w;
        }
        pg.dispose();
        height = Integer.highestOneBit(y + lineHeight + 2) * 2;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setFont(font);
        g.setColor(java.awt.Color.WHITE);
        for (int i = 0; i < advance.length; i++) {
            char c = charAt(i);
            if (c > ' ') g.drawString(String.valueOf(c), cellX[i] + PAD, cellY[i] + ascent);
        }
        g.dispose();
        alpha = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    private static Font pickFont(int size) {
        for (String name : new String[] {"DejaVu Sans", "Liberation Sans", Font.SANS_SERIF}) {
            Font f = new Font(name, Font.PLAIN, size);
            if (f.getFamily().equalsIgnoreCase(name) || name.equals(Font.SANS_SERIF)) return f;
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    private static char charAt(int i) {
        if (i < 32) return 0;
        if (i < 127) return (char) i;
        if (i < 128) return 0;
        return EXTRA.charAt(i - 128);
    }

    /** Glyph slot of {@code c}, or the slot of '?' for characters the atlas lacks. */
    int slot(char c) {
        if (c >= 32 && c < 127) return c;
        int e = EXTRA.indexOf(c);
        return e >= 0 ? 128 + e : '?';
    }

    int advance(int slot) {
        return advance[slot];
    }

    int cellX(int slot) {
        return cellX[slot];
    }

    int cellY(int slot) {
        return cellY[slot];
    }

    int cellWidth(int slot) {
        return cellW[slot];
    }

    static int pad() {
        return PAD;
    }

    public int atlasWidth() {
        return width;
    }

    public int atlasHeight() {
        return height;
    }

    /** The 8-bit alpha pixels, row by row from the top. */
    public byte[] pixels() {
        return alpha;
    }

    @Override
    public int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) w += advance[slot(text.charAt(i))];
        return w;
    }

    @Override
    public int lineHeight() {
        return lineHeight;
    }
}
