package kaohe.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: of text, of a stream, or of bytes as they are copied. */
public final class Sha256 {

    private Sha256() {
    }

    public static String of(String text) {
        return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String of(InputStream in) throws IOException {
        return copy(in, OutputStream.nullOutputStream());
    }

    /** Copies {@code in} to {@code out} and returns the hash of exactly the bytes copied. */
    public static String copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = digest();
        try (DigestOutputStream hashing = new DigestOutputStream(out, digest)) {
            in.transferTo(hashing);
        }
        return hex(digest.digest());
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
