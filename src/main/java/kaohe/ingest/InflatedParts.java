package kaohe.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * The parts of a zip package, inflated once by {@link WorkbookGuard} within its limits (at most
 * {@link IngestLimits#maxUncompressedBytes()} in all), and held while one file is judged.
 */
final class InflatedParts implements XlsxStreamReader.Parts {

    private final Map<String, byte[]> parts;

    InflatedParts(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /** The part under exactly this name, as {@link java.util.zip.ZipFile#getEntry} finds it; {@code null} when there is none. */
    @Override
    public InputStream open(String name) {
        byte[] part = parts.get(name);
        return part == null ? null : new ByteArrayInputStream(part);
    }
}
