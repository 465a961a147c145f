package kaohe.score;

import kaohe.ingest.AcceptedReturns;
import kaohe.plan.Plan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Scoring's plain-Java parts as beans: the scorer over stored returns and the reference values. */
@Configuration(proxyBeanMethods = false)
class ScoreConfiguration {

    @Bean
    ReferenceValues referenceValues(Plan plan, kaohe.KaoheProperties properties) {
        return ReferenceValues.load(properties.referenceDir().resolve(plan.id() + ".csv"));
    }

    @Bean
    AdjustmentFiles adjustmentFiles(Plan plan, kaohe.KaoheProperties properties) {
        return new AdjustmentFiles(properties.home().resolve("adjustments"), plan);
    }

    @Bean
    UnitScorer unitScorer(Plan plan, AcceptedReturns returns, ReferenceValues references, AdjustmentFiles adjustments,
                          Verifications verifications) {
        return new UnitScorer(plan, new StoredReturnsData(returns, plan.id(), verifications), references, adjustments::of);
    }
}
