package kaohe.ingest;

import java.nio.file.Path;
import java.time.Instant;
import kaohe.shared.UnitCode;

/**
 * A file found in the inbox, with what identified it when it was listed.
 *
 * @param path         its real path (no link in it: the inbox lists none)
 * @param originalName the name as the submitter gave it; stored for the record, never used as a path
 * @param folderUnit   the unit whose inbox sub-folder held it, or null for the inbox itself
 * @param fileKey      the file system's identity of the file (device and inode), or null where there is none
 */
public record InboxFile(Path path, String originalName, UnitCode folderUnit, long size, Instant modified, Object fileKey) {

    /** The file as it is now, for callers that judge single files outside an inbox run. */
    public static InboxFile of(Path path, UnitCode folderUnit) throws java.io.IOException {
        var attributes = java.nio.file.Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return new InboxFile(path.toAbsolutePath(), Inbox.originalName(path), folderUnit, attributes.size(),
                attributes.lastModifiedTime().toInstant(), attributes.fileKey());
    }
}
