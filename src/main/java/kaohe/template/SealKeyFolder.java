package kaohe.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import kaohe.shared.OperatorFailure;
import kaohe.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an installation keeps its seal keys: {@code <home>/secret/template-seal.key} holds the current key
 * (unless a secret is configured instead), {@code <home>/secret/retired/*.key} the keys it replaced, which
 * still verify the templates they sealed. The folder is the owner's only (0700), each key file too (0600).
 * Reading never makes a key: {@link #readOrMake()} does, and only callers that know no template was
 * issued under a lost key may call it.
 */
public final class SealKeyFolder {

    private static final Logger LOG = LoggerFactory.getLogger(SealKeyFolder.class);

    static final String KEY_FILE = "secret/template-seal.key";
    static final String RETIRED = "secret/retired";
    /** A made key is 64 hex digits; anything much shorter was cut or typed by hand. */
    static final int MIN_FILE_KEY = 32;
    static final int MIN_CONFIGURED = 16;

    private final Path home;
    private final String configured;

    public SealKeyFolder(Path home, String configured) {
        this.home = home;
        this.configured = configured == null || configured.isBlank() ? null : configured;
    }

    /** The secret configured as a system property or environment variable, or null. */
    public static String configuredSecret() {
        String property = System.getProperty(TemplateSeal.PROPERTY);
        return property != null && !property.isBlank() ? property : System.getenv(TemplateSeal.ENVIRONMENT);
    }

    public Path keyFile() {
        return home.resolve(KEY_FILE);
    }

    public Path retiredFolder() {
        return home.resolve(RETIRED);
    }

    public boolean isConfigured() {
        return configured != null;
    }

    /** Where the current key comes from, as an operator would look for it. */
    public String currentSource() {
        return isConfigured() ? TemplateSeal.ENVIRONMENT + "（或 " + TemplateSeal.PROPERTY + "）" : keyFile().toString();
    }

    /** The keys as they stand; the ring has no current key when the key file is missing and nothing is configured. */
    public SealKeyring read() {
        TemplateSeal current;
        if (configured != null) {
            if (configured.trim().length() < MIN_CONFIGURED) {
                throw new OperatorFailure("配置的模板密钥（" + TemplateSeal.ENVIRONMENT + " 或 " + TemplateSeal.PROPERTY + "）只有 "
                        + configured.trim().length() + " 个字符，至少需要 " + MIN_CONFIGURED + " 个：请改用足够长的随机密钥");
            }
            current = TemplateSeal.of(configured);
        } else {
            current = Files.exists(keyFile()) ? keyIn(keyFile(), MIN_FILE_KEY) : null;
        }
        return new SealKeyring(current, retired());
    }

    /** {@link #read()}, making the key file first when there is no key at all. */
    public SealKeyring readOrMake() {
        SealKeyring ring = read();
        if (ring.current().isPresent()) {
            return ring;
        }
        make(keyFile());
        return read();
    }

    /**
     * Retires the current key (kept under {@code secret/retired/}, so the templates it sealed still verify)
     * and makes a new one for the templates issued from now on.
     */
    public SealKeyring rotate() {
        if (configured != null) {
            throw new Refusal("模板密钥由 " + TemplateSeal.ENVIRONMENT + " 配置，不能在此轮换：请把旧密钥原样写入 " + retiredFolder()
                    + " 下的一个 .key 文件，再把 " + TemplateSeal.ENVIRONMENT + " 改为新密钥");
        }
        TemplateSeal old = read().current().orElseThrow(() -> new Refusal("没有可轮换的模板密钥：" + keyFile() + " 不存在"));
        try {
            ownerOnlyFolder(retiredFolder());
            Path retired = retiredFolder().resolve(old.fingerprint() + ".key");
            if (!Files.exists(retired)) {
                Path temp = ownerOnlyTemp(retiredFolder());
                Files.copy(keyFile(), temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Path temp = ownerOnlyTemp(keyFile().getParent());
            Files.writeString(temp, newSecret(), StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temp, keyFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the template seal key in " + keyFile().getParent(), e);
        }
        LOG.info("template seal key {} retired to {}; new templates are sealed with {}", old.fingerprint(), retiredFolder(),
                read().current().map(TemplateSeal::fingerprint).orElse("?"));
        return read();
    }

    private List<TemplateSeal> retired() {
        List<TemplateSeal> keys = new ArrayList<>();
        if (!Files.isDirectory(retiredFolder())) {
            return keys;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(retiredFolder(), "*.key")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                keys.add(keyIn(file, MIN_CONFIGURED));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the retired seal keys in " + retiredFolder(), e);
        }
        return keys;
    }

    private static TemplateSeal keyIn(Path file, int minimum) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template seal key " + file, e);
        }
        if (text.length() < minimum) {
            throw new OperatorFailure("模板密钥文件 " + file + (text.isEmpty() ? " 是空的" : " 只有 " + text.length() + " 个字符")
                    + "，至少需要 " + minimum + " 个：请从备份恢复该文件；若从未发出过模板，可删除它，下次会新建密钥");
        }
        warnIfOthersCanRead(file);
        return TemplateSeal.of(text);
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
                return;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warn("template seal key {} is readable by other accounts ({}): anyone who reads it can seal a template for any unit; "
                        + "run chmod 600 on it", file, PosixFilePermissions.toString(permissions));
            }
        } catch (IOException e) {
            LOG.warn("cannot read the permissions of {}: {}", file, e.toString());
        }
    }

    /** Written whole beside its name, then linked into place: a process racing this one reads a whole key or makes none. */
    private static void make(Path file) {
        try {
            ownerOnlyFolder(file.getParent());
            Path temp = ownerOnlyTemp(file.getParent());
            try {
                Files.writeString(temp, newSecret(), StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
                Files.createLink(file, temp);
                LOG.info("made the template seal key {}", file);
            } catch (FileAlreadyExistsException raced) {
                // Another process made it first: use theirs.
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the template seal key " + file, e);
        }
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret) + "\n";
    }

    private static boolean posix(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix");
    }

    /** Creates the folder (and its parents) and makes it the owner's only. */
    private static void ownerOnlyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (posix(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static Path ownerOnlyTemp(Path folder) throws IOException {
        return posix(folder)
                ? Files.createTempFile(folder, ".key", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, ".key", ".tmp");
    }
}
