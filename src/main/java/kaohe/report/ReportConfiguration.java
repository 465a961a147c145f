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
    ReportTemplates reportTemplates() {
        return new ReportTemplates();
    }

    @Bean
    AssessmentReports assessmentReports(Plan plan, AssessmentStore store, kaohe.ingest.ReturnStore returns, ReportTemplates templates) {
        return new AssessmentReports(plan, store, returns, templates);
    }

    @Bean
    AssessmentExport assessmentExport(Plan plan, AssessmentStore store, @Value("${kaohe.home}") String home, AssessmentReports reports) {
        return new AssessmentExport(plan, store, Path.of(home), reports);
    }
}
