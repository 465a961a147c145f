package kaohe.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The integrity check on a template's identity: an HMAC-SHA256, under a secret of this installation,
 * of the template version, plan, plan version, unit and period written in its hidden sheet. A unit
 * can unhide that sheet and edit it, but cannot compute the check for another unit without the secret,
 * which never leaves the server: it is configured ({@value #PROPERTY} / {@value #ENVIRONMENT}) or kept
 * in {@code <home>/secret/template-seal.key}, made on first use and readable by its owner only.
 */
public final class TemplateSeal {

    public static final String PROPERTY = "kaohe.template.secret";
    public static final String ENVIRONMENT = "KAOHE_TEMPLATE_SECRET";
    static final String KEY_FILE = "secret/template-seal.key";

    private final byte[] key;

    private TemplateSeal(byte[] key) {
        this.key = key.clone();
    }

    public static TemplateSeal of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a template secret must not be empty");
        }
        return new TemplateSeal(secret.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code configured} when it is given, else the home's key file (made on first use). */
    public static TemplateSeal forInstallation(Path home, String configured) {
        if (configured != null && !configured.isBlank()) {
            return of(configured);
        }
        return of(keyFile(home.resolve(KEY_FILE)));
    }

    /** For code outside Spring: the secret configured as a system property or environment variable, else the home's key file. */
    public static TemplateSeal forInstallation(Path home) {
        String property = System.getProperty(PROPERTY);
        return forInstallation(home, property != null && !property.isBlank() ? property : System.getenv(ENVIRONMENT));
    }

    /** The hex check of these identity fields, in this order. */
    public String seal(List<String> fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // Length-prefixed, so no two different field lists give the same input.
            for (String field : fields) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compared in constant time, so the check cannot be guessed byte by byte. */
    public boolean verifies(List<String> fields, String claimed) {
        if (claimed == null) {
            return false;
        }
        return MessageDigest.isEqual(seal(fields).getBytes(StandardCharsets.US_ASCII),
                claimed.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the template secret " + file, e);
        }
    }

    /** Written whole beside its name, then linked into place: a process racing this one reads a whole key or makes none. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(file.getParent(), ".key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), ".key", ".tmp");
        try {
            Files.writeString(temp, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // Another process made it first: use theirs.
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
