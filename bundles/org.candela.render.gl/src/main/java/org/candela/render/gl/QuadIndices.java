package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.IntBuffer;

/**
 * The shared element buffer that turns every 4 vertices into a quad (two triangles). Grows by doubling.
 *
 * <p>Why not instancing: on Mesa's llvmpipe (the software GL of CI and of machines without a GPU) an
 * instanced quad costs about 2.7 µs, an indexed quad about 1.4 µs (measured, docs/BENCHMARKS.md).
 */
final class QuadIndices implements AutoCloseable {

    private final GL3 gl;
    final int id;
    private int capacity;

    QuadIndices(GL3 gl) {
        this.gl = gl;
        int[] ids = new int[1];
        gl.glGenBuffers(1, ids, 0);
        id = ids[0];
    }

    /** Binds the buffer to the bound VAO, holding indices for at least {@code quads} quads. */
    void bind(int quads) {
        gl.glBindBuffer(GL3.GL_ELEMENT_ARRAY_BUFFER, id);
        if (quads <= capacity) return;
        capacity = Math.max(1024, Integer.highestOneBit(quads) * 2);
        IntBuffer idx = IntBuffer.allocate(capacity * 6);
        for (int q = 0; q < capacity; q++) {
            int v = q * 4;
            idx.put(v).put(v + 1).put(v + 2).put(v + 2).put(v + 1).put(v + 3);
        }
        idx.flip();
        gl.glBufferData(GL3.GL_ELEMENT_ARRAY_BUFFER, capacity * 24L, idx, GL3.GL_STATIC_DRAW);
    }

    @Override
    public void close() {
        gl.glDeleteBuffers(1, new int[] {id}, 0);
    }
}
