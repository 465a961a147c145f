package kaohe.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, which the demo can set to moments of a past quarter (before and after its
 * deadline) so that on-time and late submissions happen as they would have. Nothing else moves it.
 */
public final class MovableClock extends Clock {

    private volatile Instant fixed;
    private final ZoneId zone;

    public MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void set(Instant instant) {
        this.fixed = instant;
    }

    public void release() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock clock = new MovableClock(zone);
        clock.fixed = fixed;
        return clock;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
