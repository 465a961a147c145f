package kaohe.report;

import java.util.List;
import java.util.Map;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.score.Ranking;
import kaohe.score.ReferenceValues;
import kaohe.score.UnitScorer;
import kaohe.shared.Period;

/** A small period of reports built without a database, for template and builder tests. */
final class ReportSamples {

    private ReportSamples() {
    }

    static PeriodReportData period() {
        return period(ShippedPlan.plan(), Period.of("2019Q2"));
    }

    static PeriodReportData period(Plan plan, Period period) {
        var data = new kaohe.score.ScoringData() {
            @Override
            public java.util.Optional<kaohe.score.UnitReturn> current(kaohe.shared.UnitCode unit, Period p) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean hasRejected(kaohe.shared.UnitCode unit, Period p) {
                return false;
            }

            @Override
            public java.util.Optional<java.math.BigDecimal> annualValue(kaohe.shared.UnitCode unit, kaohe.shared.ItemCode item, int year) {
                return java.util.Optional.empty();
            }
        };
        UnitScorer scorer = new UnitScorer(plan, data, ReferenceValues.none());
        return new PeriodReportData(plan, period, Ranking.rank(plan.units().stream().map(u -> scorer.assess(u, period)).toList()),
                Map.of(), List.of(), List.of(), List.of());
    }

    /** The report of the sample period's first unit, as {@link UnitReport} builds it. */
    static ReportInput firstUnitReport() {
        PeriodReportData data = period();
        return UnitReport.build(data, data.units().get(0), PeerFigures.of(data));
    }

    /** The unit template filled with {@code parameters} and {@code rows}, written to {@code pdf}. */
    static java.nio.file.Path unitPdf(Map<String, Object> parameters, List<ReportRow> rows, java.nio.file.Path pdf) throws java.io.IOException {
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(pdf)) {
            PdfRenderer.render(new ReportTemplates().unit(), parameters, rows, out);
        }
        return pdf;
    }

    static List<String> unitParameters() {
        PeriodReportData data = period();
        return List.copyOf(UnitReport.build(data, data.units().get(0)).parameters().keySet());
    }

    static List<String> bulletinParameters() {
        Bulletin bulletin = Bulletin.of(period(), java.time.LocalDate.of(2019, 7, 10));
        return List.copyOf(BulletinReport.build(bulletin, form(), BulletinReport.annexTitles(bulletin)).parameters().keySet());
    }

    static BulletinForm form() {
        return BulletinForm.of(new kaohe.KaoheProperties.Bulletin("", "", "", "", ""), period().plan(), java.time.LocalDate.of(2019, 7, 10));
    }

    static List<String> chartParameters() {
        return List.copyOf(LeadershipCharts.input(LeadershipCharts.of(period()).get(0), "附件4", "考核结果图示", 5).parameters().keySet());
    }

    static List<String> leadershipParameters() {
        // The 附件 label, page numbers and 版记 are added by BulletinReport when the parts are put together.
        List<String> names = new java.util.ArrayList<>(LeadershipReport.build(period()).parameters().keySet());
        names.addAll(List.of("annexLabel", "firstPage", "copiesTo", "printer", "printed"));
        return names;
    }
}
