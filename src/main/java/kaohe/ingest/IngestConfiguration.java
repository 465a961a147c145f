package kaohe.ingest;

import java.nio.file.Path;
import java.time.Clock;
import kaohe.plan.Plan;
import kaohe.template.TemplateSeal;
import org.springframework.beans.factory.annotation.Value;
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
    IngestLimits ingestLimits(@Value("${kaohe.ingest.max-file-mb:10}") long maxFileMb,
                              @Value("${kaohe.ingest.max-uncompressed-mb:16}") long maxUncompressedMb,
                              @Value("${kaohe.ingest.max-rows:2000}") int maxRows,
                              @Value("${kaohe.ingest.settle-seconds:5}") int settleSeconds,
                              @Value("${kaohe.ingest.rate-change-warning:20}") int rateChangeWarning) {
        return new IngestLimits(maxFileMb << 20, maxUncompressedMb << 20, maxRows, settleSeconds, rateChangeWarning);
    }

    @Bean
    TemplateSeal templateSeal(@Value("${kaohe.home}") String home, @Value("${kaohe.template.secret:}") String secret) {
        return TemplateSeal.forInstallation(Path.of(home), secret);
    }

    @Bean
    TemplateTrust templateTrust(TemplateSeal seal, @Value("${kaohe.ingest.unsealed-templates:accept}") String unsealed) {
        if (!unsealed.equals("accept") && !unsealed.equals("reject")) {
            throw new IllegalArgumentException("kaohe.ingest.unsealed-templates must be accept or reject, not " + unsealed);
        }
        return new TemplateTrust(seal, unsealed.equals("accept"));
    }

    @Bean
    Inbox inbox(@Value("${kaohe.home}") String home, IngestLimits limits, Clock clock) {
        return new Inbox(Path.of(home).resolve("inbox"), limits.settleSeconds(), clock);
    }

    @Bean
    StagingArea stagingArea(@Value("${kaohe.home}") String home) {
        return new StagingArea(Path.of(home).resolve("staging"));
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
    ReturnFiler returnFiler(@Value("${kaohe.home}") String home, ReturnStore store, IngestRuns runs, Clock clock) {
        return new ReturnFiler(Path.of(home), store, runs, clock);
    }

    @Bean
    Quarantine quarantine(@Value("${kaohe.home}") String home, Inbox inbox, IngestFailures failures,
                          @Value("${kaohe.ingest.max-attempts:3}") int maxAttempts, Clock clock) {
        return new Quarantine(Path.of(home), inbox.root(), failures, maxAttempts, clock);
    }
}
