package kaohe.ingest;

import java.nio.file.Path;
import java.time.Clock;
import kaohe.plan.Plan;
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
    Inbox inbox(@Value("${kaohe.home}") String home, IngestLimits limits, Clock clock) {
        return new Inbox(Path.of(home).resolve("inbox"), limits.settleSeconds(), clock);
    }

    @Bean
    ReturnIngest returnIngest(Plan plan, IngestLimits limits, ReturnStore store) {
        return new ReturnIngest(plan, limits, store::idByHash, store);
    }

    @Bean
    ReturnFiler returnFiler(@Value("${kaohe.home}") String home, ReturnStore store, Clock clock) {
        return new ReturnFiler(Path.of(home), store, clock);
    }

    @Bean
    InboxReader inboxReader(Inbox inbox, ReturnStore store) {
        return new InboxReader(inbox, store);
    }
}
