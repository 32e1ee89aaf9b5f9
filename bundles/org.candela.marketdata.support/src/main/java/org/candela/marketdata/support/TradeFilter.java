package org.candela.marketdata.support;

/**
 * Drops trades already delivered: the last 8192 trade ids are kept in an open-addressing set, so a trade
 * seen twice (a batch repeated, a snapshot after a reconnect that overlaps what came before) passes once.
 * Ids may be numbers or strings (hashed to 64 bits). O(1) per trade, no allocation.
 *
 * <pre>{@code
 * if (filter.accept(tradeId)) listener.onTrade(time, price, size);
 * }</pre>
 */
public final class TradeFilter {

    private static final int WINDOW = 8192, SLOTS = WINDOW * 2;
    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] slots = new long[SLOTS];
    private final long[] order = new long[WINDOW];
    private int next;
    private long duplicates;

    public TradeFilter() {
        java.util.Arrays.fill(slots, EMPTY);
        java.util.Arrays.fill(order, EMPTY);
    }

    /** True the first time an id is seen (within the last 8192). */
    public synchronized boolean accept(long id) {
        if (id == EMPTY) id = EMPTY + 1;
        int i = slot(id);
        while (slots[i] != EMPTY) {
            if (slots[i] == id) {
                duplicates++;
                return false;
            }
            i = (i + 1) & (SLOTS - 1);
        }
        long evicted = order[next];
        if (evicted != EMPTY) remove(evicted);
        order[next] = id;
        next = (next + 1) % WINDOW;
        slots[freeSlot(id)] = id;
        return true;
    }

    /** {@link #accept(long)} for a string id (Coinbase), by its 64-bit FNV-1a hash. */
    public boolean accept(String id) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < id.length(); k++) {
            h ^= id.charAt(k);
            h *= 0x100000001b3L;
        }
        return accept(h);
    }

    /** How many trades were dropped as duplicates. */
    public synchronized long duplicates() {
        return duplicates;
    }

    private int slot(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 50) & (SLOTS - 1);
    }

    private int freeSlot(long id) {
        int i = slot(id);
        while (slots[i] != EMPTY) i = (i + 1) & (SLOTS - 1);
        return i;
    }

    /** Removes an id and re-seats the entries after it (linear probing deletion). */
    private void remove(long id) {
        int i = slot(id);
        while (slots[i] != id) {
            if (slots[i] == EMPTY) return;
            i = (i + 1) & (SLOTS - 1);
        }
        slots[i] = EMPTY;
        for (int j = (i + 1) & (SLOTS - 1); slots[j] != EMPTY; j = (j + 1) & (SLOTS - 1)) {
            long moved = slots[j];
            slots[j] = EMPTY;
            slots[freeSlot(moved)] = moved;
        }
    }
}
