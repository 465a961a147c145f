package kaohe.ingest;

import java.util.function.Supplier;
import kaohe.template.SealKeyring;
import kaohe.template.TemplateSeal;

/**
 * How far ingest trusts a template's hidden identity: sealed templates must carry a check by one of this
 * installation's keys (the one they name); templates written before seals existed are taken, with a
 * warning, only when their visible headers agree with the identity, unless the office has switched that off.
 * The keys are asked for when a return is judged, not when the application starts, so a command that
 * judges no return never stops at a missing key.
 */
public final class TemplateTrust {

    private final Supplier<SealKeyring> keys;
    private final boolean acceptUnsealed;

    public TemplateTrust(Supplier<SealKeyring> keys, boolean acceptUnsealed) {
        this.keys = keys;
        this.acceptUnsealed = acceptUnsealed;
    }

    public TemplateTrust(TemplateSeal seal, boolean acceptUnsealed) {
        this(() -> SealKeyring.of(seal), acceptUnsealed);
    }

    public SealKeyring keys() {
        return keys.get();
    }

    /** Whether consistent templates without a seal are still accepted. */
    public boolean acceptUnsealed() {
        return acceptUnsealed;
    }
}
