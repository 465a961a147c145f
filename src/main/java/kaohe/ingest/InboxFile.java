package kaohe.ingest;

import java.nio.file.Path;
import java.time.Instant;
import kaohe.shared.UnitCode;

/**
 * A file found in the inbox.
 *
 * @param originalName the name as the submitter gave it; stored for the record, never used as a path
 * @param folderUnit   the unit whose inbox sub-folder held it, or null for the inbox itself
 */
public record InboxFile(Path path, String originalName, UnitCode folderUnit, long size, Instant modified) {
}
