package kaohe.ingest;

import java.util.Arrays;

/**
 * An ascending sequence of packed values that never changes once made: adding or removing a value makes a new one,
 * which shares every block but the one it touched. Readers of an older sequence need no lock, and an update copies one
 * block and the block index, not every value: a peer group of 10,000 units copied 80 KB per item for each return it
 * took in as one array, 960 bytes or so as blocks (issue 27, 100×).
 */
final class SortedBlocks {

    /** Values per block after a split; a block holds up to twice as many before it splits. */
    static final int BLOCK = 64;

    /** How two packed values compare. */
    interface Order {
        int compare(long a, long b);
    }

    static final SortedBlocks EMPTY = new SortedBlocks(new long[0][], new int[0]);

    private final long[][] blocks;
    /** ends[i]: how many values blocks 0..i hold together. */
    private final int[] ends;

    private SortedBlocks(long[][] blocks, int[] ends) {
        this.blocks = blocks;
        this.ends = ends;
    }

    /** The values of an ascending array, in blocks of {@link #BLOCK}. */
    static SortedBlocks of(long[] ascending) {
        int count = (ascending.length + BLOCK - 1) / BLOCK;
        long[][] blocks = new long[count][];
        int[] ends = new int[count];
        for (int b = 0; b < count; b++) {
            int from = b * BLOCK;
            int to = Math.min(ascending.length, from + BLOCK);
            blocks[b] = Arrays.copyOfRange(ascending, from, to);
            ends[b] = to;
        }
        return new SortedBlocks(blocks, ends);
    }

    /**
     * Sorts packed values in place by their order (a merge sort, stable, on the longs themselves: packed values of
     * different scales do not compare as longs, and boxing them to sort was what packing them avoids).
     */
    static long[] sort(long[] values, Order order) {
        long[] from = values;
        long[] to = new long[values.length];
        for (int width = 1; width < values.length; width *= 2) {
            for (int low = 0; low < values.length; low += 2 * width) {
                int middle = Math.min(low + width, values.length);
                int high = Math.min(low + 2 * width, values.length);
                int left = low;
                int right = middle;
                for (int k = low; k < high; k++) {
                    to[k] = right >= high || left < middle && order.compare(from[left], from[right]) <= 0 ? from[left++] : from[right++];
                }
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != values) {
            System.arraycopy(from, 0, values, 0, values.length);
        }
        return values;
    }

    int size() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    /** The value of rank {@code index} (0-based). */
    long get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int block = blockOfRank(index);
        return blocks[block][index - start(block)];
    }

    /** A sequence with {@code value} added in its place. */
    SortedBlocks with(long value, Order order) {
        if (blocks.length == 0) {
            return new SortedBlocks(new long[][]{{value}}, new int[]{1});
        }
        int block = blockFor(value, order);
        long[] old = blocks[block];
        int at = place(old, value, order);
        long[] grown = new long[old.length + 1];
        System.arraycopy(old, 0, grown, 0, at);
        grown[at] = value;
        System.arraycopy(old, at, grown, at + 1, old.length - at);
        if (grown.length <= 2 * BLOCK) {
            long[][] nextBlocks = blocks.clone();
            nextBlocks[block] = grown;
            int[] nextEnds = ends.clone();
            for (int b = block; b < nextEnds.length; b++) {
                nextEnds[b]++;
            }
            return new SortedBlocks(nextBlocks, nextEnds);
        }
        long[][] nextBlocks = new long[blocks.length + 1][];
        int[] nextEnds = new int[ends.length + 1];
        System.arraycopy(blocks, 0, nextBlocks, 0, block);
        System.arraycopy(ends, 0, nextEnds, 0, block);
        nextBlocks[block] = Arrays.copyOfRange(grown, 0, BLOCK);
        nextBlocks[block + 1] = Arrays.copyOfRange(grown, BLOCK, grown.length);
        nextEnds[block] = start(block) + BLOCK;
        for (int b = block; b < ends.length; b++) {
            nextEnds[b + 1] = ends[b] + 1;
        }
        System.arraycopy(blocks, block + 1, nextBlocks, block + 2, blocks.length - block - 1);
        return new SortedBlocks(nextBlocks, nextEnds);
    }

    /** A sequence with one value equal to {@code value} taken out; this one when there is none. */
    SortedBlocks without(long value, Order order) {
        if (blocks.length == 0) {
            return this;
        }
        int block = blockFor(value, order);
        long[] old = blocks[block];
        int at = place(old, value, order);
        if (at == old.length || order.compare(old[at], value) != 0) {
            return this;
        }
        if (old.length == 1) {
            long[][] nextBlocks = new long[blocks.length - 1][];
            int[] nextEnds = new int[ends.length - 1];
            System.arraycopy(blocks, 0, nextBlocks, 0, block);
            System.arraycopy(blocks, block + 1, nextBlocks, block, blocks.length - block - 1);
            System.arraycopy(ends, 0, nextEnds, 0, block);
            for (int b = block + 1; b < ends.length; b++) {
                nextEnds[b - 1] = ends[b] - 1;
            }
            return new SortedBlocks(nextBlocks, nextEnds);
        }
        long[] shrunk = new long[old.length - 1];
        System.arraycopy(old, 0, shrunk, 0, at);
        System.arraycopy(old, at + 1, shrunk, at, old.length - at - 1);
        long[][] nextBlocks = blocks.clone();
        nextBlocks[block] = shrunk;
        int[] nextEnds = ends.clone();
        for (int b = block; b < nextEnds.length; b++) {
            nextEnds[b]--;
        }
        return new SortedBlocks(nextBlocks, nextEnds);
    }

    private int start(int block) {
        return block == 0 ? 0 : ends[block - 1];
    }

    private int blockOfRank(int index) {
        int low = 0;
        int high = ends.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] > index) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The first block whose last value is not below {@code value}, or the last block: where it goes or is. */
    private int blockFor(long value, Order order) {
        int low = 0;
        int high = blocks.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            long[] candidate = blocks[mid];
            if (order.compare(candidate[candidate.length - 1], value) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first place whose value is not below {@code value}. */
    private static int place(long[] values, long value, Order order) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (order.compare(values[mid], value) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
