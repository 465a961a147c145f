package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;

/**
 * Checks a file before any workbook library opens it: the extension, the size, and for .xlsx the
 * inflated size of its zip parts, measured by streaming with a fixed buffer so the check itself
 * cannot exhaust memory.
 */
public final class WorkbookGuard {

    private final IngestLimits limits;

    public WorkbookGuard(IngestLimits limits) {
        this.limits = limits;
    }

    public Optional<Finding> check(Path file, String originalName) throws IOException {
        String extension = extension(originalName);
        if (!extension.equals("xlsx") && !extension.equals("xls")) {
            return Optional.of(Finding.ofFile(FindingCode.F005, extension.isEmpty() ? "（无扩展名）" : "." + extension));
        }
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            return Optional.of(Finding.ofFile(FindingCode.F003, megabytes(size), megabytes(limits.maxFileBytes())));
        }
        if (isZip(file)) {
            return inflatedTooLarge(file);
        }
        return Optional.empty();
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

    private Optional<Finding> inflatedTooLarge(Path file) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > 10_000) {
                    return Optional.of(Finding.ofFile(FindingCode.F004, "压缩包内文件过多"));
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        return Optional.of(Finding.ofFile(FindingCode.F004,
                                "解压后超过 " + megabytes(limits.maxUncompressedBytes()) + " MB，疑似压缩炸弹"));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A broken zip is for the reader to report as an unreadable workbook.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1 << 20), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
