package org.candela.marketdata.support;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one exchange's frames into events for a {@code E} sink, counting frames and the malformed ones:
 * a frame that is not a JSON object never reaches {@link #read(JsonNode, Object)}, and the protocol code
 * calls {@link #malformed()} for a bad entry, so a corrupt frame is counted and never becomes a candle.
 *
 * <pre>{@code
 * final class MyMessages extends MessageReader<MyMessages.Events> {
 *     protected void read(JsonNode m, Events out) { ... out.trade(...) ... or malformed(); }
 * }
 * }</pre>
 *
 * @param <E> where the events go
 */
public abstract class MessageReader<E> {

    private long frames, bad, ignored;

    /** One frame, as text. */
    public final void read(String text, E out) {
        frames++;
        JsonNode m = Json.object(text);
        if (m == null) bad++;
        else read(m, out);
    }

    /** One frame that is a JSON object. */
    protected abstract void read(JsonNode message, E out);

    /** Counts a malformed frame or entry. */
    protected final void malformed() {
        bad++;
    }

    /**
     * Counts a frame or entry of a kind this reader does not handle (an unknown message type on a known
     * channel): it is ignored, never read as something it resembles.
     */
    protected final void ignored() {
        ignored++;
    }

    /** Frames (or entries) of unknown types, ignored. */
    public final long ignoredCount() {
        return ignored;
    }

    /** Frames read. */
    public final long frames() {
        return frames;
    }

    /** Frames (or entries in them) that were malformed and produced nothing. */
    public final long bad() {
        return bad;
    }
}
