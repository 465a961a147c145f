package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedBlocksTests {

    private static final SortedBlocks.Order ASCENDING = Long::compare;

    @Test
    void valuesAddedAndRemovedAnywhereReadBackInAscendingOrder() {
        Random random = new Random(27);
        List<Long> expected = new ArrayList<>();
        SortedBlocks blocks = SortedBlocks.EMPTY;
        // Enough values that blocks split many times, with duplicates, and removals that empty whole blocks.
        for (int step = 0; step < 5_000; step++) {
            long value = random.nextInt(400);
            if (random.nextInt(3) == 0 && !expected.isEmpty()) {
                long gone = expected.get(random.nextInt(expected.size()));
                expected.remove(gone);
                blocks = blocks.without(gone, ASCENDING);
            } else {
                expected.add(value);
                blocks = blocks.with(value, ASCENDING);
            }
        }
        Collections.sort(expected);
        assertThat(expected.size()).isGreaterThan(4 * SortedBlocks.BLOCK);
        assertThat(read(blocks)).isEqualTo(expected);
    }

    @Test
    void valuesInAnyOrderSortByTheOrderGivenNotByTheirBits() {
        Random random = new Random(27);
        // Odd lengths leave a last run without a partner; the order is descending so the longs' own order would fail.
        for (int length : new int[]{0, 1, 2, 7, 64, 65, 1_000, 1_027}) {
            long[] values = random.longs(length, -500, 500).toArray();
            List<Long> expected = new ArrayList<>(java.util.Arrays.stream(values).boxed().toList());
            expected.sort(Collections.reverseOrder());

            long[] sorted = SortedBlocks.sort(values, (a, b) -> Long.compare(b, a));

            assertThat(java.util.Arrays.stream(sorted).boxed().toList()).isEqualTo(expected);
        }
    }

    @Test
    void anEarlierSequenceIsUnchangedByLaterUpdates() {
        long[] ascending = new long[3 * SortedBlocks.BLOCK];
        for (int i = 0; i < ascending.length; i++) {
            ascending[i] = 2L * i;
        }
        SortedBlocks before = SortedBlocks.of(ascending);
        SortedBlocks after = before;
        for (int i = 0; i < 2 * SortedBlocks.BLOCK; i++) {
            after = after.with(1, ASCENDING).without(2L * i, ASCENDING);
        }
        List<Long> original = new ArrayList<>();
        for (long value : ascending) {
            original.add(value);
        }
        assertThat(read(before)).isEqualTo(original);
        assertThat(after.size()).isEqualTo(ascending.length);
        assertThat(after.get(0)).isEqualTo(1);
        assertThat(after.get(2 * SortedBlocks.BLOCK - 1)).isEqualTo(1);
        assertThat(after.get(2 * SortedBlocks.BLOCK)).isEqualTo(4L * SortedBlocks.BLOCK);
    }

    @Test
    void removingAValueThatIsNotThereChangesNothing() {
        SortedBlocks blocks = SortedBlocks.of(new long[]{1, 3, 5});
        assertThat(blocks.without(4, ASCENDING)).isSameAs(blocks);
        assertThat(SortedBlocks.EMPTY.without(4, ASCENDING).size()).isZero();
    }

    private static List<Long> read(SortedBlocks blocks) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            values.add(blocks.get(i));
        }
        return values;
    }
}
