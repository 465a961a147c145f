package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;

/**
 * Checks a file before any workbook library opens it: the extension, the size, and for .xlsx the
 * inflated size of its zip parts, measured by streaming with a fixed buffer so the check itself
 * cannot exhaust memory.
 */
final class WorkbookGuard {

    /** POI refuses more than 1,000 parts; a return has about fifteen. */
    static final int MAX_ENTRIES = 1000;

    private final IngestLimits limits;

    public WorkbookGuard(IngestLimits limits) {
        this.limits = limits;
    }

    public Optional<Finding> check(Path file, String originalName) throws IOException {
        return inspect(file, originalName).refusal();
    }

    /**
     * What {@link #check} found, and for a zip it let through, every part as it inflated it: measuring a part means
     * inflating it, and the reader parses these bytes rather than inflating the file a second time.
     */
    record Inspection(Optional<Finding> refusal, InflatedParts parts) {

        static Inspection refused(Finding finding) {
            return new Inspection(Optional.of(finding), null);
        }
    }

    Inspection inspect(Path file, String originalName) throws IOException {
        String extension = extension(originalName);
        if (!extension.equals("xlsx") && !extension.equals("xls")) {
            return Inspection.refused(Finding.ofFile(FindingCode.F005, extension.isEmpty() ? "（无扩展名）" : "." + extension));
        }
        long size = Files.size(file);
        if (size == 0) {
            return Inspection.refused(Finding.ofFile(FindingCode.F017));
        }
        if (size > limits.maxFileBytes()) {
            return Inspection.refused(Finding.ofFile(FindingCode.F003, megabytes(size), megabytes(limits.maxFileBytes())));
        }
        if (isZip(file)) {
            return inflate(file);
        }
        return new Inspection(Optional.empty(), null);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).trim();
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        }
    }

    /**
     * Inflates every part with the zip reader the workbook reader uses (the central directory, as
     * {@link java.util.zip.ZipFile} reads it), so what is measured is what would be parsed. Fails
     * closed: a zip this reader cannot open is not let through to anything else.
     */
    private Inspection inflate(Path file) throws IOException {
        long total = 0;
        int entries = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Map<String, byte[]> parts = new java.util.HashMap<>();
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var it = zip.entries().asIterator(); it.hasNext(); ) {
                ZipEntry entry = it.next();
                if (++entries > MAX_ENTRIES) {
                    return Inspection.refused(Finding.ofFile(FindingCode.F004, "压缩包内文件超过 " + MAX_ENTRIES + " 个"));
                }
                if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                    return Inspection.refused(Finding.ofFile(FindingCode.F004, "压缩包内有重名的部件“" + clip(entry.getName()) + "”"));
                }
                // The size the directory claims only presizes the copy; what counts is what inflates.
                var part = new java.io.ByteArrayOutputStream((int) Math.min(Math.max(entry.getSize(), 0), buffer.length));
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > limits.maxUncompressedBytes()) {
                            return Inspection.refused(Finding.ofFile(FindingCode.F004,
                                    "解压后超过 " + megabytes(limits.maxUncompressedBytes()) + " MB，疑似压缩炸弹"));
                        }
                        part.write(buffer, 0, n);
                    }
                }
                parts.put(entry.getName(), part.toByteArray());
            }
        } catch (java.util.zip.ZipException | java.io.EOFException | IllegalArgumentException e) {
            // Malformed content; any other IOException is the disk's, and is thrown as a technical failure.
            return Inspection.refused(Finding.ofFile(FindingCode.F001));
        }
        return new Inspection(Optional.empty(), new InflatedParts(parts));
    }

    private static String clip(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60) + "…";
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1 << 20), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
