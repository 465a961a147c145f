package kaohe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryProbeTests {

    @Test
    void peakHeapCountsWhatIsStillHeldAfterACollection() throws Exception {
        MemoryProbe probe = new MemoryProbe();
        probe.reset();
        long before = probe.peakLiveHeapBytes();

        byte[][] held = new byte[32][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1 << 20];
        }
        System.gc();
        // Collection notifications arrive on another thread.
        for (int i = 0; i < 100 && probe.peakLiveHeapBytes() < before + (30L << 20); i++) {
            Thread.sleep(20);
        }

        assertThat(probe.peakLiveHeapBytes()).isGreaterThanOrEqualTo(before + (30L << 20));
        assertThat(held[31]).hasSize(1 << 20);
        assertThat(probe.peakRssBytes()).isGreaterThan(32L << 20);
    }
}
