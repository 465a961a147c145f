package kaohe.ingest;

import kaohe.template.TemplateSeal;

/**
 * How far ingest trusts a template's hidden identity: sealed templates must carry this installation's
 * check; templates written before seals existed are taken, with a warning, only when their visible
 * headers agree with the identity, unless the office has switched that off.
 *
 * @param acceptUnsealed whether consistent templates without a seal are still accepted
 */
public record TemplateTrust(TemplateSeal seal, boolean acceptUnsealed) {
}
