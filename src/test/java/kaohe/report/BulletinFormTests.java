package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kaohe.KaoheProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's own words on its 通报: 发文字号, 主送, 抄送, 印发机关 from its settings, 下步工作要求 from its file. */
class BulletinFormTests {

    @TempDir
    Path temp;

    private static List<String> paragraphs(Bulletin bulletin, BulletinForm form) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulletinDocument.write(bulletin, form, out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            return docx.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
    }

    @Test
    void theOfficesSettingsAndItsRequirementsFileMakeTheDocument() throws Exception {
        PeriodReportData data = ReportSamples.period();
        LocalDate issued = LocalDate.of(2019, 7, 10);
        Path file = Files.writeString(temp.resolve("2019Q2.txt"), "\uFEFF请各县（市、区）于7月底前完成自查。\n\n  （二）加强数据审核。\n",
                StandardCharsets.UTF_8);
        BulletinForm form = BulletinForm.of(new KaoheProperties.Bulletin("嘉质强办", "3", "", "市质量强市工作领导小组成员单位", "市场监管局办公室"),
                data.plan(), issued, BulletinForm.requirements(file));

        List<String> paragraphs = paragraphs(Bulletin.of(data, issued), form);

        assertThat(paragraphs.get(1)).isEqualTo("嘉质强办〔2019〕3号");
        assertThat(paragraphs).contains("各县（市、区）人民政府，市政府各部门、直属各单位：")
                .anyMatch(p -> p.endsWith("请各县（市、区）于7月底前完成自查。") && p.startsWith("（"))
                .as("a paragraph the office numbered keeps its own number").contains("（二）加强数据审核。")
                .anyMatch(p -> p.contains("于2019年8月9日前向嘉兴市质量强市工作领导小组办公室书面报送整改报告"))
                .contains("抄送：市质量强市工作领导小组成员单位。");
        assertThat(paragraphs.get(paragraphs.size() - 1)).startsWith("市场监管局办公室").endsWith("2019年7月10日印发");
    }

    @Test
    void withoutSettingsTheNumberIsLeftBlankAndTheDefaultRequirementsStand() {
        BulletinForm form = BulletinForm.of(new KaoheProperties.Bulletin("", "", "", "", ""), ReportSamples.period().plan(),
                LocalDate.of(2020, 1, 14), BulletinForm.requirements(temp.resolve("absent.txt")));

        assertThat(form.number()).isEqualTo("〔2020〕　号");
        assertThat(form.cc()).isEmpty();
        assertThat(form.printer()).isEqualTo("嘉兴市质量强市工作领导小组办公室");
        assertThat(form.requirements()).isEqualTo(BulletinForm.DEFAULT_REQUIREMENTS);
        assertThat(BulletinForm.defaultTo("设区市", "全省")).isEqualTo("各设区市人民政府，省政府各部门、直属各单位");
    }

    @Test
    void thePlansFolderGivesTheDefaultRequirementsAndTheRectificationRuleWithChineseMessagesForBadValues() throws Exception {
        Path plan = Files.createDirectories(temp.resolve("plan"));
        Files.writeString(plan.resolve(BulletinForm.PLAN_REQUIREMENTS), "# 注释\n各单位要加强数据审核。\n", StandardCharsets.UTF_8);
        Files.writeString(plan.resolve(Rectification.FILE), "rectify-failing=false\nrectify-last=3\nrectify-days=20\n", StandardCharsets.UTF_8);

        assertThat(BulletinForm.requirements(temp.resolve("2019Q2.txt"), plan.resolve(BulletinForm.PLAN_REQUIREMENTS)))
                .containsExactly("各单位要加强数据审核。");
        Rectification rule = Rectification.of(plan);
        assertThat(rule).isEqualTo(new Rectification(false, 3, 20));
        PeriodReportData data = ReportSamples.period();
        assertThat(Bulletin.owingRectification(data, rule)).as("the last three of each group, no 不合格 as such")
                .allMatch(u -> u.rank() > 0).hasSizeLessThanOrEqualTo(6);
        assertThat(Rectification.of(temp.resolve("nowhere")).asksAny()).as("a plan that says nothing asks for no 整改").isFalse();

        Files.writeString(plan.resolve(Rectification.FILE), "rectify-last=三\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Rectification.of(plan)).hasMessage("bulletin.properties：rectify-last 应为 0 到 366 之间的整数，现为“三”");
    }

    @Test
    void bothShippedPlansSayWhoOwesA整改ReportAndGiveDefaultRequirements() {
        for (String id : List.of("jiaxing-2017-2019", "zhejiang-2017-2019")) {
            Path folder = Path.of("data/plans", id);
            assertThat(Rectification.of(folder)).as(id).isEqualTo(Rectification.DEFAULT);
            assertThat(BulletinForm.requirements(folder.resolve(BulletinForm.PLAN_REQUIREMENTS))).as(id).hasSize(2)
                    .noneMatch(l -> l.startsWith("#"));
        }
    }
}
