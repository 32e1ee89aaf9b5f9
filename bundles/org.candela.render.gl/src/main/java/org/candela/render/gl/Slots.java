package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.util.ArrayList;
import java.util.List;

/**
 * One vertex buffer and vertex array per draw-list layer, made on first use and kept across frames, so each
 * layer's buffer can be compared with what it held last frame (see {@link VertexBuffer}).
 */
final class Slots implements AutoCloseable {

    /** Declares a pass's vertex attributes on the bound array buffer. */
    interface Attributes {
        void declare(GL3 gl);
    }

    /** A layer's buffer and the vertex array that reads it. */
    record Slot(int vao, VertexBuffer vertices) {
    }

    private final GL3 gl;
    private final int stride;
    private final Attributes attributes;
    private final QuadIndices indices;
    private final List<Slot> slots = new ArrayList<>();

    /** {@code indices} is bound to each vertex array, or null for passes that draw arrays. */
    Slots(GL3 gl, int stride, Attributes attributes, QuadIndices indices) {
        this.gl = gl;
        this.stride = stride;
        this.attributes = attributes;
        this.indices = indices;
    }

    Slot get(int i) {
        while (slots.size() <= i) {
            VertexBuffer vb = new VertexBuffer(gl, stride);
            int[] ids = new int[1];
            gl.glGenVertexArrays(1, ids, 0);
            gl.glBindVertexArray(ids[0]);
            gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, vb.id);
            attributes.declare(gl);
            if (indices != null) indices.bind(1024);
            gl.glBindVertexArray(0);
            slots.add(new Slot(ids[0], vb));
        }
        return slots.get(i);
    }

    @Override
    public void close() {
        for (Slot s : slots) {
            s.vertices().close();
            gl.glDeleteVertexArrays(1, new int[] {s.vao()}, 0);
        }
        slots.clear();
    }
}
