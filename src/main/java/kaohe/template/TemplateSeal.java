package kaohe.template;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The integrity check on a template's identity: an HMAC-SHA256, under a secret of this installation,
 * of the template version, plan, plan version, unit and period written in its hidden sheet. A unit
 * can unhide that sheet and edit it, but cannot compute the check for another unit without the secret,
 * which never leaves the server: it is configured ({@value #PROPERTY} / {@value #ENVIRONMENT}) or kept
 * in {@code <home>/secret/template-seal.key} (see {@link SealKeyFolder}). A template also names the key
 * that sealed it by its {@link #fingerprint()}, so a rotated key keeps verifying the templates it sealed.
 */
public final class TemplateSeal {

    public static final String PROPERTY = "kaohe.template.secret";
    public static final String ENVIRONMENT = "KAOHE_TEMPLATE_SECRET";
    static final String KEY_FILE = SealKeyFolder.KEY_FILE;

    private final byte[] key;
    private final String fingerprint;

    private TemplateSeal(byte[] key) {
        this.key = key.clone();
        this.fingerprint = fingerprintOf(key);
    }

    public static TemplateSeal of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a template secret must not be empty");
        }
        return new TemplateSeal(secret.trim().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code configured} when it is given, else the home's current key, made when the home has none. For
     * homes that never issued templates (the demo, the benchmark, tests); everything that issues or judges
     * templates of an installation goes through {@code SealKeys}, which never makes a key over issued ones.
     */
    public static TemplateSeal forInstallation(Path home, String configured) {
        return new SealKeyFolder(home, configured).readOrMake().current().orElseThrow();
    }

    /** For code outside Spring: the secret configured as a system property or environment variable, else the home's key file. */
    public static TemplateSeal forInstallation(Path home) {
        return forInstallation(home, SealKeyFolder.configuredSecret());
    }

    /**
     * Names the key without revealing it: 16 hex digits of a SHA-256 over a fixed prefix and the key, so the
     * database and the templates can say which key sealed what, and a fingerprint never serves as a key.
     */
    public String fingerprint() {
        return fingerprint;
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

    private static String fingerprintOf(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("kaohe template seal key fingerprint\n".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(key)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
