package kaohe.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak memory of a stretch of work: the largest heap still in use after a full garbage collection (what
 * the work really holds, independent of how big the collector lets the young generation grow) and
 * the process's peak resident set, which Linux lets us reset between stretches. A collection of the young
 * generation alone leaves dead objects in the old one, so its figure would measure the collector's pace, not
 * the work: a 10,000-return ingest read 178 MB that way and holds about 50. The probe therefore asks for a full
 * collection every {@link #SAMPLE_MILLIS} ms (each costs tens of milliseconds, about 2 % of the run) and reads
 * only full collections.
 */
final class MemoryProbe implements AutoCloseable {

    static final long SAMPLE_MILLIS = 2000;

    private final AtomicLong peakLiveHeap = new AtomicLong();
    private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP).map(java.lang.management.MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toSet());

    public MemoryProbe() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        if (!"end of major GC".equals(info.getGcAction())) {
                            return;
                        }
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
                        peakLiveHeap.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
        sampler.scheduleAtFixedRate(System::gc, SAMPLE_MILLIS, SAMPLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private final java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "memory-probe");
                thread.setDaemon(true);
                return thread;
            });

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /** Starts a new stretch: collects what earlier work left behind and forgets earlier peaks. */
    public void reset() {
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakLiveHeap.set(baseline);
        try {
            // "5" resets the kernel's peak resident set (VmHWM) to the current one.
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException e) {
            // Not Linux, or not allowed: the RSS peak then covers the whole run, which the table says.
        }
    }

    private volatile long baseline;

    /**
     * The heap in use after the full collection that started this stretch: what earlier work keeps for good, such as the
     * report fonts an assess loads once per JVM and keeps for the next.
     */
    public long baselineBytes() {
        return baseline;
    }

    public long peakLiveHeapBytes() {
        return peakLiveHeap.get();
    }

    /** The peak resident set since the last reset, or -1 where the system does not tell. */
    public long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
