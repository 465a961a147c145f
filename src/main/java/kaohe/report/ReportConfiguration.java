package kaohe.report;

import kaohe.plan.Plan;
import kaohe.score.AssessmentStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ReportTemplates reportTemplates() {
        return new ReportTemplates();
    }

    @Bean
    AssessmentReports assessmentReports(Plan plan, AssessmentStore store, kaohe.ingest.SubmittedReturns returns,
                                        kaohe.ingest.AcceptedReturns accepted, ReportTemplates templates,
                                        kaohe.score.ReferenceValues references, java.time.Clock clock, kaohe.audit.AuditTrail audit,
                                        kaohe.shared.ProgressBoard progress, kaohe.KaoheProperties properties,
                                        kaohe.rectify.RectificationRecords rectification, kaohe.ingest.EvidenceFiles evidence) {
        return new AssessmentReports(plan, store, returns, accepted, templates, references, clock, audit, progress, properties.bulletin(), properties.home(),
                new kaohe.plan.PlanCatalog(properties.plansDir()).locate(properties.plan()),
                (period, day) -> kaohe.rectify.RectificationFollowUp.of(period, rectification.dueInForce(plan.id(), period),
                        rectification.reports(plan.id()), day),
                period -> evidence.ofPeriod(plan.id(), period));
    }

    /** Mail goes out only when Boot has configured a sender, i.e. when spring.mail.host is set. */
    @Bean
    ReportMailer reportMailer(org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> sender,
                              Plan plan, kaohe.KaoheProperties properties, MailLog log, java.time.Clock clock) {
        return new ReportMailer(java.util.Optional.ofNullable(sender.getIfAvailable()),
                Recipients.load(properties.recipientsDir().resolve(plan.id() + ".csv")), plan, properties.mail().from(), log, clock);
    }

    @Bean
    Reminders reminders(Plan plan, kaohe.ingest.SubmittedReturns returns, ReportMailer mailer, kaohe.KaoheProperties properties) {
        return new Reminders(plan, returns, mailer, properties.home());
    }

    @Bean
    ReturnNotices returnNotices(Plan plan, kaohe.ingest.IngestRunRecords returns, ReportMailer mailer, kaohe.KaoheProperties properties) {
        return new ReturnNotices(plan, returns, mailer, properties.home());
    }

    @Bean
    AssessmentExport assessmentExport(Plan plan, AssessmentStore store, kaohe.KaoheProperties properties, AssessmentReports reports) {
        return new AssessmentExport(plan, store, properties.home(), reports);
    }
}
