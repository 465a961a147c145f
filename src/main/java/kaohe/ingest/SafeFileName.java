package kaohe.ingest;

import java.util.Locale;

/**
 * A storage name derived from a submitted file's name and content hash. Submitters name files
 * anything (spaces, Chinese, a leading dash, 200 characters, "..", odd symbols); the stored name keeps
 * what is readable and safe, and the hash makes it unique and the same on every retry.
 */
public final class SafeFileName {

    private static final int MAX_BASE = 60;

    private SafeFileName() {
    }

    /** E.g. "南湖区_2019Q2-1a2b3c4d.xlsx" for "南湖区 2019Q2.xlsx". */
    public static String of(String originalName, String contentHash) {
        String extension = WorkbookGuard.extension(originalName);
        String base = extension.isEmpty() ? originalName : originalName.substring(0, originalName.lastIndexOf('.'));
        StringBuilder safe = new StringBuilder();
        base.codePoints().forEach(cp -> safe.appendCodePoint(isSafe(cp) ? cp : '_'));
        String cleaned = safe.toString().replaceAll("_+", "_").replaceAll("^[._\\-]+", "").replaceAll("[._]+$", "");
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_BASE) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_BASE));
        }
        String name = (cleaned.isEmpty() ? "return" : cleaned) + "-" + contentHash.substring(0, 8);
        String ext = extension.matches("[a-z0-9]{1,8}") ? extension : "bin";
        return name + "." + ext.toLowerCase(Locale.ROOT);
    }

    private static boolean isSafe(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' || cp == '（' || cp == '）'
                || cp == '(' || cp == ')';
    }
}
