package kaohe.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A plan's version: the SHA-256 of its files' bytes, in a fixed order, so any edit makes a new version. */
final class PlanVersion {

    /** Files a plan may leave out; a plan without them keeps the version it had before they existed. */
    static final List<String> OPTIONAL = List.of(BaselineTable.FILE, UnitTargetTable.FILE);

    private PlanVersion() {
    }

    static String of(Path dir, List<String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                if (OPTIONAL.contains(file) && !Files.exists(dir.resolve(file))) {
                    continue;
                }
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(dir.resolve(file)));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
