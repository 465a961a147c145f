package kaohe.report;

import java.nio.file.Path;
import kaohe.plan.Plan;
import kaohe.score.AssessmentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    AssessmentExport assessmentExport(Plan plan, AssessmentStore store, @Value("${kaohe.home}") String home) {
        return new AssessmentExport(plan, store, Path.of(home));
    }
}
