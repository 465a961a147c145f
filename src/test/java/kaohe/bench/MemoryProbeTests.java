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
        for (int i = 0; i < 500 && probe.peakLiveHeapBytes() < before + (30L << 20); i++) {
            Thread.sleep(20);
        }

        long peak = probe.peakLiveHeapBytes();
        assertThat(held[31]).hasSize(1 << 20);
        held = null;
        System.gc();
        // What the test JVM itself held before may have been collected meanwhile: the floor is the lower reading.
        long after = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        assertThat(peak).isGreaterThanOrEqualTo(Math.min(before, after) + (30L << 20));
        assertThat(probe.peakRssBytes()).isGreaterThan(32L << 20);
    }
}
