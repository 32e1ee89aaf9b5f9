package org.candela.chart.draw;

/** Measures text as the renderer will draw it, so views can lay out axes and labels. */
public interface TextMeasure {

    /** Width in pixels of {@code text}. */
    int width(String text);

    /** Height in pixels of one line of text. */
    int lineHeight();

    /** A fixed-pitch measure, for tests and for layout before the renderer exists. */
    static TextMeasure monospace(int charWidth, int lineHeight) {
        return new TextMeasure() {
            @Override
            public int width(String text) {
                return text.length() * charWidth;
            }

            @Override
            public int lineHeight() {
                return lineHeight;
            }
        };
    }
}
