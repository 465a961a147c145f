package kaohe.template;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seal keys an installation holds: the current one, which seals new templates, and retired ones,
 * which only verify the templates they sealed. Looked up by fingerprint, as a template names its key.
 */
public final class SealKeyring {

    private final TemplateSeal current;
    private final Map<String, TemplateSeal> keys = new LinkedHashMap<>();

    SealKeyring(TemplateSeal current, List<TemplateSeal> retired) {
        this.current = current;
        if (current != null) {
            keys.put(current.fingerprint(), current);
        }
        retired.forEach(key -> keys.putIfAbsent(key.fingerprint(), key));
    }

    /** A ring of one key, for code that seals and judges with a secret it was given. */
    public static SealKeyring of(TemplateSeal only) {
        return new SealKeyring(only, List.of());
    }

    /** The key new templates are sealed with; empty when the installation has none yet. */
    public Optional<TemplateSeal> current() {
        return Optional.ofNullable(current);
    }

    public Optional<TemplateSeal> named(String fingerprint) {
        return Optional.ofNullable(keys.get(fingerprint == null ? "" : fingerprint.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Every key, current first. */
    public Collection<TemplateSeal> keys() {
        return keys.values();
    }

    public boolean holds(String fingerprint) {
        return named(fingerprint).isPresent();
    }

    /**
     * Whether {@code claimed} is a seal of these fields: under the key the template names, or, for templates
     * sealed before they named their key, under any key held.
     */
    public boolean verifies(List<String> fields, String keyName, String claimed) {
        if (keyName != null && !keyName.isBlank()) {
            return named(keyName).map(key -> key.verifies(fields, claimed)).orElse(false);
        }
        return keys.values().stream().anyMatch(key -> key.verifies(fields, claimed));
    }
}
