package kaohe.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Stores the version of the plan a command runs under the first time any command uses it, so every
 * assessment (which records the version it was computed under) names a plan that can be read back.
 * Idempotent; two processes starting at once both end with the one stored version.
 */
@Component
class StoredPlanVersion {

    private static final Logger LOG = LoggerFactory.getLogger(StoredPlanVersion.class);

    private final Plan plan;
    private final PlanStore store;

    StoredPlanVersion(Plan plan, PlanStore store) {
        this.plan = plan;
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void store() {
        if (store.idOf(plan.id(), plan.version()).isPresent()) {
            return;
        }
        try {
            store.save(plan);
            LOG.info("stored plan {} version {}", plan.id(), plan.version().substring(0, 12));
        } catch (DataIntegrityViolationException raced) {
            // Another process stored the same version a moment earlier.
            store.idOf(plan.id(), plan.version()).orElseThrow(() -> raced);
        }
    }
}
