package kaohe.ingest;

import kaohe.KaoheProperties;
import java.time.Clock;
import kaohe.plan.Plan;
import kaohe.template.SealKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ingest's plain-Java parts as beans, with their limits from properties (README, "Configuration"). */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    kaohe.shared.MovableClock clock() {
        return new kaohe.shared.MovableClock(java.time.ZoneId.systemDefault());
    }

    @Bean
    IngestLimits ingestLimits(KaoheProperties properties) {
        KaoheProperties.Ingest ingest = properties.ingest();
        return new IngestLimits((long) ingest.maxFileMb() << 20, (long) ingest.maxUncompressedMb() << 20, ingest.maxRows(),
                ingest.settleSeconds(), ingest.rateChangeWarning());
    }

    @Bean
    TemplateTrust templateTrust(SealKeys keys, KaoheProperties properties) {
        return new TemplateTrust(keys::current, properties.ingest().unsealedTemplates() == KaoheProperties.UnsealedTemplates.ACCEPT);
    }

    @Bean
    Inbox inbox(KaoheProperties properties, IngestLimits limits, Clock clock) {
        return new Inbox(properties.home().resolve("inbox"), limits.settleSeconds(), clock);
    }

    @Bean
    StagingArea stagingArea(KaoheProperties properties) {
        return new StagingArea(properties.home().resolve("staging"));
    }

    @Bean
    IngestRuns ingestRuns() {
        return new IngestRuns();
    }

    @Bean
    ReturnIngest returnIngest(Plan plan, IngestLimits limits, TemplateTrust trust, StagingArea staging, ReturnStore store) {
        return new ReturnIngest(plan, limits, trust, staging, store::idByHash, store);
    }

    @Bean
    ReturnFiler returnFiler(KaoheProperties properties, ReturnStore store, IngestRuns runs, Clock clock, Plan plan, ReturnIngest ingest,
                            javax.sql.DataSource dataSource) {
        return new ReturnFiler(properties.home(), store, runs, clock, plan, ingest::again, dataSource);
    }

    @Bean
    Quarantine quarantine(KaoheProperties properties, Inbox inbox, IngestFailures failures, Clock clock) {
        return new Quarantine(properties.home(), inbox.root(), failures, properties.ingest().maxAttempts(), clock);
    }
}
