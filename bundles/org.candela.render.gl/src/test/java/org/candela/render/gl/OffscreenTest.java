package org.candela.render.gl;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the GL tests: one 640×400 offscreen canvas and glyph atlas per test class. */
abstract class OffscreenTest {

    static final int W = 640, H = 400;
    static GlyphAtlas atlas;
    static OffscreenCanvas canvas;

    @BeforeAll
    static void openCanvas() {
        GlAvailable.require();
        atlas = new GlyphAtlas(12);
        canvas = new OffscreenCanvas(W, H, atlas);
    }

    @AfterAll
    static void closeCanvas() {
        if (canvas != null) canvas.close();
        canvas = null;
    }
}
