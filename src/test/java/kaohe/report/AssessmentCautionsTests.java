package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kaohe.ingest.ReturnStatus;
import kaohe.ingest.Submission;
import kaohe.plan.DueItems;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.plan.ShippedPlan;
import kaohe.score.ReferenceValues;
import kaohe.shared.Period;
import org.junit.jupiter.api.Test;

/** When an assessment is not fit to publish as it stands, and what it says about it. */
class AssessmentCautionsTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period Q4 = Period.of("2019Q4");
    private static final Instant AFTER_DEADLINE = Instant.parse("2020-03-01T00:00:00Z");

    private static List<Submission> accepted(int units) {
        List<Submission> submissions = new ArrayList<>();
        for (ReportingUnit unit : PLAN.units()) {
            if (submissions.size() < units && !DueItems.of(PLAN, unit.code(), Q4).isEmpty()) {
                submissions.add(new Submission(unit.code().value(), unit.name() + ".xlsx", Instant.parse("2020-01-05T02:00:00Z"),
                        ReturnStatus.ACCEPTED, 0, 0));
            }
        }
        return submissions;
    }

    @Test
    void nothingReceivedIsRefusedWithTheLikelyCauses() {
        AssessmentCautions cautions = AssessmentCautions.of(PLAN, Q4, List.of(), ReferenceValues.none(), AFTER_DEADLINE);

        assertThat(cautions.nothingReceived()).isTrue();
        assertThat(cautions.refusal()).contains("没有收到任何一份合格报表").contains("--home").contains("--anyway");
    }

    @Test
    void beforeTheDeadlineTheResultsAreSaidToBeProvisional() {
        Instant deadlineDay = PLAN.deadline().deadline(Q4).atTime(18, 0).atZone(kaohe.plan.DeadlineRule.PLAN_TIME).toInstant();

        List<String> lines = AssessmentCautions.of(PLAN, Q4, accepted(100), ReferenceValues.none(), deadlineDay).lines();

        assertThat(lines).anyMatch(l -> l.contains("报送截止日（" + PLAN.deadline().deadline(Q4) + "）之前") && l.contains("临时结果"));
    }

    @Test
    void manyUnitsMissingIsSaidWithTheCount() {
        AssessmentCautions cautions = AssessmentCautions.of(PLAN, Q4, accepted(5), ReferenceValues.none(), AFTER_DEADLINE);

        assertThat(cautions.nothingReceived()).isFalse();
        assertThat(cautions.lines()).anyMatch(l -> l.contains("中有 " + (cautions.units() - 5) + " 个没有合格报表"));
    }

    @Test
    void aFullQuarterAfterTheDeadlineWithReferenceValuesCarriesNoCaution(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        StringBuilder csv = new StringBuilder("code,period,value,source\n");
        PLAN.indicators().stream().filter(i -> i.rule().kind().needsReference()).forEach(i -> csv.append(i.code()).append(",2019Q4,")
                .append(i.rule().kind() == kaohe.plan.TargetKind.RANK_FRONT ? "10,前列名次线\n" : "0.5,全国平均\n"));
        java.nio.file.Path file = java.nio.file.Files.writeString(temp.resolve("references.csv"), csv);
        ReferenceValues references = ReferenceValues.load(file);

        List<String> lines = AssessmentCautions.of(PLAN, Q4, accepted(100), references, AFTER_DEADLINE).lines();

        assertThat(lines).isEmpty();
    }

    @Test
    void missingReferenceValuesNameTheIndicatorsLeftOut() {
        List<String> lines = AssessmentCautions.of(PLAN, Q4, accepted(100), ReferenceValues.none(), AFTER_DEADLINE).lines();

        assertThat(lines).anyMatch(l -> l.startsWith("缺少 2019Q4 的参照值") && l.contains("data/reference/"));
    }
}
