package kaohe.rectify;

import java.time.Instant;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/** A 整改 report a unit sent, as stored: the file kept under {@code storedPath} (relative to the home). */
public record RectificationReport(long id, Period period, UnitCode unit, String originalName, String storedPath, Instant receivedAt) {
}
