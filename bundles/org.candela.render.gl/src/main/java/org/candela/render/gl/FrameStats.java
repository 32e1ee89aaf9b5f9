package org.candela.render.gl;

/** Counters of the last frame drawn, public so benchmarks and a debug overlay can read them. */
public final class FrameStats {
    public int drawCalls;
    /** Primitives drawn: quads, segments and glyphs. */
    public int instances;
    public long bytesUploaded;

    void reset() {
        drawCalls = 0;
        instances = 0;
        bytesUploaded = 0;
    }

    @Override
    public String toString() {
        return drawCalls + " draw calls, " + instances + " instances, " + bytesUploaded + " bytes uploaded";
    }
}
