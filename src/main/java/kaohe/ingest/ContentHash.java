package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kaohe.shared.Sha256;

/** SHA-256 of a file's bytes, streamed: the identity that makes re-ingesting the same file a no-op. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.of(in);
        }
    }
}
