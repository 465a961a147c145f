package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Every report of a Jiaxing quarter, read back as a reader's tools read it. */
class AssessmentReportsTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    static Path home;

    static Path outbox;
    static List<CSVRecord> totals;

    @BeforeAll
    static void assessAQuarter() throws Exception {
        // The quarter before, so the unit reports have an earlier quarter to show for the items behind target.
        FilledReturn.template(PLAN, "330402", "2019Q1").everything().status("T13", "滞后").saveTo(home.resolve("inbox/南湖区一季度.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, kaohe.DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            context.getBean(IngestLauncher.class).run(false);
            context.getBean(AssessLauncher.class).run(Period.of("2019Q1"));
        }
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 96).status("T13", "滞后").saveTo(home.resolve("inbox/南湖区.xlsx"));
        FilledReturn.template(PLAN, "330411", "2019Q2").everything().value("Q02", 80).saveTo(home.resolve("inbox/秀洲区.xlsx"));
        FilledReturn.template(PLAN, "HBJ", "2019Q2").everything().value("E04", 45).saveTo(home.resolve("inbox/市环保局.xlsx"));
        FilledReturn.template(PLAN, "330421", "2019Q2").everything().text("Q02", "九十").saveTo(home.resolve("inbox/嘉善县.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, kaohe.DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            context.getBean(IngestLauncher.class).run(false);
            outbox = context.getBean(AssessLauncher.class).run(Period.of("2019Q2")).outbox();
        }
        totals = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(outbox.resolve("totals.csv"), StandardCharsets.UTF_8).substring(1))).getRecords();
    }

    @Test
    void everyUnitsPdfShowsItsNameTotalRankAndRating() throws Exception {
        assertThat(totals).hasSize(PLAN.units().size());
        for (CSVRecord unit : totals) {
            Path pdf = outbox.resolve("units").resolve(unit.get("unit_code") + "-" + unit.get("unit_name") + ".pdf");
            String text = text(pdf);
            // An empty total or rating would be "contained" in any text: each must be there to be looked for.
            assertThat(unit.get("total")).as("total of " + unit.get("unit_name")).matches("\\d+\\.\\d\\d");
            assertThat(unit.get("rating")).as("rating of " + unit.get("unit_name")).isIn("优秀", "良好", "合格", "不合格");
            assertThat(flat(text)).as(pdf.getFileName().toString()).contains("总分" + unit.get("total"));
            assertThat(text).as(pdf.getFileName().toString())
                    .contains(unit.get("unit_name") + " 考核报告")
                    .contains(unit.get("rank").isEmpty() ? "不参与排名" : "第 " + unit.get("rank") + " 名")
                    .contains(unit.get("rating"))
                    .contains("一、考核明细").contains("二、滞后预警").contains("四、滞后项目近期走势").contains("五、数据质量说明");
        }
    }

    @Test
    void theUnitPdfSaysHowItsTotalIsMadeAndWhatTheRatingBandsAre() throws Exception {
        String text = flat(text(outbox.resolve("units/330402-南湖区.pdf")));
        CSVRecord nanhu = totals.stream().filter(r -> r.get("unit_code").equals("330402")).findFirst().orElseThrow();

        assertThat(text).contains("总分" + nanhu.get("total") + "=100×得分合计")
                .contains("÷权重合计").contains("“得分/权重”一栏相加即为得分合计")
                .contains("优秀≥90分，良好80～89.99分，合格60～79.99分，不合格<60分");
    }

    @Test
    void everyPageOfAUnitPdfRepeatsItsTableHeaders() throws Exception {
        try (PDDocument document = Loader.loadPDF(outbox.resolve("units/ZJJ-市质监局.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(flat(stripper.getText(document))).as("page " + page).contains("编码");
            }
        }
    }

    /** Drawn as lines and outlines, the chart stays sharp when printed or zoomed: no picture on the unit report's first page. */
    @Test
    void theCategoryChartOfAUnitReportIsDrawnNotPasted() throws Exception {
        try (PDDocument document = Loader.loadPDF(outbox.resolve("units/ZJJ-市质监局.pdf").toFile())) {
            var page = document.getPage(0);
            assertThat(page.getResources().getXObjectNames()).noneMatch(name -> page.getResources().isImageXObject(name));
            assertThat(flat(new PDFTextStripper().getText(document))).contains("各类得分率");
        }
    }

    @Test
    void aUnitReportShowsTasksAgainstTheirProgressWithTheScaleAndQuartersInWords() throws Exception {
        String text = flat(text(outbox.resolve("units/330402-南湖区.pdf")));

        assertThat(text).contains(flat(UnitReport.MILESTONE_SCALE)).contains("滞后（计40%）").contains("2019年第二季度")
                .doesNotContain("2019Q2");
        String details = text.substring(text.indexOf("一、考核明细"), text.indexOf("二、滞后预警"));
        assertThat(details).as("a task's target is its progress, the unit's part goes with its name").contains("按进度推进")
                .contains("（配合）");
        assertThat(text).as("the rank beside the quarter before's, and the group's median total").containsPattern("上期第\\d+名，(↑\\d+|↓\\d+|持平)")
                .containsPattern("总分中位数\\d+\\.\\d{2}分");
        assertThat(PdfLines.of(outbox.resolve("units/330402-南湖区.pdf")).stream().map(PdfLines.Line::text).filter(l -> l.contains("上期第")))
                .as("the quarter before's place on a line of its own, below the place in the group").isNotEmpty()
                .allMatch(l -> l.startsWith("（上期第"));
    }

    @Test
    void eachItemOfAUnitReportStandsBesideItsPeersMedianCompletion() throws Exception {
        String nanhu = flat(text(outbox.resolve("units/330402-南湖区.pdf")));
        String details = nanhu.substring(nanhu.indexOf("一、考核明细"), nanhu.indexOf("二、滞后预警"));

        // 南湖区 and 秀洲区 both sent every item: each counted item has two peers' completions to take the median of.
        // Q02: 南湖区 100.00 %, 秀洲区 84.21 %, 嘉善县's return rejected: the median of the two that sent a value is 92.11 %,
        // where counting the rejected one's 0 would give 84.21 %.
        assertThat(details).contains("Q02制造业产品质量合格率≥95%96100.00%同组92.11%");
        PeriodReportData data = ReportSamples.period();
        PeerFigures peers = PeerFigures.of(data);
        assertThat(peers.itemMedian(kaohe.plan.PeerGroup.COUNTY, kaohe.shared.ItemCode.of("Q02")))
                .as("no unit of the sample reported: no median to show").isEmpty();
    }

    @Test
    void anItemBehindTargetShowsItsEarlierQuartersInTheUnitPdf() throws Exception {
        String text = flat(text(outbox.resolve("units/330402-南湖区.pdf")));
        String trend = text.substring(text.indexOf("四、滞后项目近期走势"), text.indexOf("五、数据质量说明"));

        assertThat(trend).as("quarters as people write them, never as codes").contains("19年一季度").doesNotContain("2019Q1").contains("T13");
        assertThat(trend.split("滞后（40.00%）", -1)).as("T13 in 2019Q1 and now").hasSize(3);
    }

    @Test
    void theLeadershipPdfOpensWithTheBulletinAsAGongwenAndPutsItsTablesInAnnexes() throws Exception {
        List<PdfLines.Line> lines = PdfLines.of(outbox.resolve("leadership.pdf"));
        List<PdfLines.Line> body = LeadershipPdf.body(lines);
        List<String> texts = body.stream().map(l -> flat(l.text())).toList();
        String bodyText = String.join("", texts);

        assertThat(List.of(index(texts, "嘉兴市质量强市工作领导小组办公室"), index(texts, "关于2019年第二季度"),
                index(texts, "各县（市、区）人民政府，市政府各部门、直属各单位："), index(texts, "一、总体情况"), index(texts, "二、主要成效"),
                index(texts, "三、存在问题"), index(texts, "四、下步工作要求"), index(texts, "附件：1．县（市、区）排名"),
                texts.lastIndexOf("嘉兴市质量强市工作领导小组办公室")))
                .as("版头, title, 主送, the four parts, 附件说明 and 署名 in GB/T 9704's order").isSorted().doesNotHaveDuplicates();
        assertThat(texts.get(texts.size() - 1)).as("成文日期 last").matches("\\d{4}年[1-9]\\d?月[1-9]\\d?日");
        assertThat(bodyText).contains("考核结果为优秀").contains("未报送或报表退回未改").contains("嘉善县")
                .containsPattern("于\\d{4}年\\d{1,2}月\\d{1,2}日前向嘉兴市质量强市工作领导小组办公室书面报送整改报告");
        assertThat(texts).as("the body a leader reads names items and units, never their codes, and points at no file")
                .noneMatch(t -> t.matches("(?s).*(?<![A-Za-z])[A-Z]{1,2}\\d{2}(?!\\d).*") || t.contains("data/") || t.contains("2019Q"));

        String annexes = flat(lines.stream().filter(l -> l.page() > body.get(body.size() - 1).page()).map(PdfLines.Line::text)
                .reduce("", String::concat));
        assertThat(annexes).startsWith("附件1县（市、区）排名").contains("附件2市级部门排名").contains("附件3全市滞后项目")
                .contains("考核结果图示").contains("县（市、区）总分与等级").contains("市级部门×考核类别得分率")
                .contains("考核详情").contains("二、主要目标进展").contains("五、各单位总分构成");
        for (CSVRecord unit : totals) {
            assertThat(annexes).as("the annexes rank every unit").contains(unit.get("unit_name"));
        }
        assertThat(bodyText + annexes).as("who sent which file is the staff workbook's").doesNotContain("南湖区.xlsx");
    }

    /** leadership.pdf's 通报 against GB/T 9704's figures: the 版心, the grid, the faces in their roles, the page numbers. */
    @Test
    void theBulletinInThePdfIsSetOnTheGbT9704GridInFreeFontsInTheirRoles() throws Exception {
        List<PdfLines.Line> lines = PdfLines.of(outbox.resolve("leadership.pdf"));
        List<PdfLines.Line> body = LeadershipPdf.body(lines);

        PdfLines.Line mark = body.get(0);
        assertThat(mark.text()).isEqualTo("嘉兴市质量强市工作领导小组办公室");
        assertThat(mark.firstFont()).contains("NotoSerifSC");
        assertThat((mark.x0() + mark.x1()) / 2).as("the 标志 centred on the 版心").isCloseTo(LeadershipPdf.LEFT + 221, org.assertj.core.data.Offset.offset(3f));
        PdfLines.Line title = body.stream().filter(l -> l.text().startsWith("关于")).findFirst().orElseThrow();
        assertThat(title.firstFont()).contains("NotoSerifSC");
        assertThat(title.firstSize()).as("2号").isEqualTo(22f);
        List<PdfLines.Line> text = LeadershipPdf.bodyText(body);
        assertThat(text).isNotEmpty().allSatisfy(l -> {
            assertThat(l.firstFont()).as(l.text()).containsAnyOf("LXGWWenKai", "NotoSansSC");
            assertThat(l.firstSize()).as("3号 on the 28-character grid: " + l.text()).isEqualTo(BulletinReport.BODY_SIZE);
            assertThat(l.x0()).as("inside the 版心: " + l.text()).isGreaterThanOrEqualTo(LeadershipPdf.LEFT - 0.5f);
            assertThat(l.x1()).as("inside the 版心: " + l.text()).isLessThanOrEqualTo(LeadershipPdf.RIGHT + 0.5f);
            assertThat(l.y()).as("inside the 版心: " + l.text()).isBetween(LeadershipPdf.TOP, LeadershipPdf.BOTTOM);
        });
        assertThat(text.stream().filter(l -> l.text().endsWith("、总体情况")).findFirst().orElseThrow().firstFont())
                .as("一、 headings in the 黑体 role").contains("NotoSansSC");
        assertThat(text.stream().filter(l -> l.text().startsWith("本期参加考核")).findFirst().orElseThrow().firstFont())
                .as("the body in the 仿宋 role").contains("LXGWWenKai");
        for (int i = 1; i < text.size(); i++) {
            if (text.get(i).page() == text.get(i - 1).page()) {
                float off = (text.get(i).y() - text.get(i - 1).y()) % 29f;
                assertThat(Math.min(off, 29f - off)).as("lines on the grid's 29 pt pitch: " + text.get(i).text()).isCloseTo(0f, org.assertj.core.data.Offset.offset(0.5f));
            }
        }
        assertThat(text.stream().filter(l -> l.page() == 2).count()).as("a full page holds the grid's 22 lines").isEqualTo(22);

        List<PdfLines.Line> numbers = lines.stream().filter(l -> l.text().matches("—\\s*\\d+\\s*—")).toList();
        int pages;
        try (PDDocument document = Loader.loadPDF(outbox.resolve("leadership.pdf").toFile())) {
            pages = document.getNumberOfPages();
        }
        assertThat(numbers).as("every page numbered").hasSize(pages).allSatisfy(n -> {
            assertThat(n.text().replaceAll("\\D", "")).isEqualTo(String.valueOf(n.page()));
            if (n.page() % 2 == 1) {
                assertThat(n.pageWidth() - n.x1()).as("odd pages: on the right, one 字 in").isLessThan(130);
            } else {
                assertThat(n.x0()).as("even pages: on the left, one 字 in").isLessThan(130);
            }
        });
    }

    @Test
    void noLineOfTheBulletinStartsWithClosingOrEndsWithOpeningPunctuation() throws Exception {
        List<PdfLines.Line> text = LeadershipPdf.bodyText(LeadershipPdf.body(PdfLines.of(outbox.resolve("leadership.pdf"))));

        assertThat(text).hasSizeGreaterThan(30).allSatisfy(l -> {
            assertThat(ChineseLines.NO_START.indexOf(l.text().charAt(0))).as("starts with closing punctuation: " + l.text()).isNegative();
            assertThat(ChineseLines.NO_END.indexOf(l.text().charAt(l.text().length() - 1))).as("ends with opening punctuation: " + l.text()).isNegative();
        });
    }

    @Test
    void noTextInAnyPdfIsSmallerThanEightPoints() throws Exception {
        List<Path> pdfs;
        try (var files = Files.walk(outbox)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        for (Path pdf : pdfs) {
            assertThat(PdfLines.of(pdf)).as(pdf.getFileName().toString()).isNotEmpty()
                    .allSatisfy(l -> assertThat(l.smallestSize()).as(pdf.getFileName() + ": " + l.text()).isGreaterThanOrEqualTo(8f));
        }
    }

    private static int index(List<String> texts, String start) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start + " in " + texts);
    }

    @Test
    void unitsWithTooFewCountedItemsAreShownAsNotRankedAndDoNotCountAmongTheRanked() throws Exception {
        List<CSVRecord> unranked = totals.stream().filter(r -> !r.get("total").isEmpty() && r.get("rank").isEmpty()).toList();
        assertThat(unranked).isNotEmpty().allMatch(r -> Integer.parseInt(r.get("items")) < PLAN.reporting().minimumRanked());
        long ranked = totals.stream().filter(r -> r.get("peer_group").equals("bureau") && !r.get("rank").isEmpty()).count();
        assertThat(totals.stream().filter(r -> r.get("peer_group").equals("bureau")).mapToInt(r -> r.get("rank").isEmpty() ? 0
                : Integer.parseInt(r.get("rank"))).max().orElseThrow()).isLessThanOrEqualTo((int) ranked);

        String all = flat(text(outbox.resolve("leadership.pdf")));
        assertThat(all).contains("计分项目少于3项，只评等级，不参与排名").contains("不参与" + unranked.get(0).get("unit_name"));
    }

    @Test
    void theWordBulletinSaysWhatThePdfsBulletinSaysInRealTablesWithNoEmbeddedFont() throws Exception {
        String pdfBody = flat(LeadershipPdf.body(PdfLines.of(outbox.resolve("leadership.pdf"))).stream().map(PdfLines.Line::text)
                .reduce("", String::concat));
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(outbox.resolve("bulletin.docx")))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(p -> flat(p.getText())).filter(t -> !t.isEmpty()).toList();
            assertThat(String.join("", paragraphs)).contains("关于2019年第二季度质量提升行动计划考核情况的通报");
            assertThat(paragraphs).contains("县（市、区）排名", "市级部门排名").anyMatch(t -> t.strip().equals("附件1"));
            // The body, from 主送机关 to the office's last 下步工作要求, says what the PDF's says, word for word.
            int to = paragraphs.indexOf(paragraphs.stream().filter(t -> t.endsWith("：")).findFirst().orElseThrow());
            int annexNote = paragraphs.indexOf(paragraphs.stream().filter(t -> t.startsWith("附件：")).findFirst().orElseThrow());
            assertThat(annexNote - to).isGreaterThan(8);
            for (String paragraph : paragraphs.subList(to, annexNote)) {
                assertThat(pdfBody).as("the PDF says it too").contains(paragraph);
            }
            assertThat(docx.getTables()).hasSize(3);
            var counties = docx.getTables().get(0);
            assertThat(counties.getRow(0).getTableCells()).extracting(c -> c.getText()).startsWith("名次", "单位", "总分", "等级");
            assertThat(counties.getRows()).hasSize(1 + PLAN.unitsOf(kaohe.plan.PeerGroup.COUNTY).size());
            assertThat(counties.getRow(0).getTableCells()).extracting(c -> c.getText()).endsWith("上期总分", "名次变化");
            for (var row : counties.getRows().subList(1, counties.getRows().size())) {
                assertThat(row.getCell(7).getText()).as("the rank's change since 2019Q1").matches("↑\\d+|↓\\d+|持平|新列入|—");
            }
            assertThat(counties.getRows().stream().filter(r -> r.getCell(1).getText().equals("南湖区")).findFirst().orElseThrow()
                    .getCell(6).getText()).as("南湖区 was assessed in 2019Q1").matches("\\d+\\.\\d{2}");
            assertThat(docx.getPackage().getParts()).noneMatch(part -> part.getPartName().getName().startsWith("/word/fonts/"));
        }
    }

    /** What a 通报 is for: the results with units named, what went well, what did not, and what must be done by when. */
    @Test
    void theBulletinsFourPartsNameUnitsAndItemsFromTheResultsAndLeaveCautionsToAnAnnex() throws Exception {
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(outbox.resolve("bulletin.docx")))) {
            List<org.apache.poi.xwpf.usermodel.XWPFParagraph> ps = docx.getParagraphs();
            java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
            String current = null;
            for (var p : ps) {
                if ("Heading1".equals(p.getStyle())) {
                    current = p.getText();
                    parts.put(current, "");
                } else if (current != null && !p.getText().startsWith("附件：")) {
                    parts.merge(current, p.getText(), String::concat);
                }
                if (p.getText().startsWith("附件：")) {
                    current = null;
                }
            }
            assertThat(parts.keySet()).containsExactly("一、总体情况", "二、主要成效", "三、存在问题", "四、下步工作要求");
            long failing = totals.stream().filter(r -> r.get("rating").equals("不合格")).count();
            assertThat(parts.get("一、总体情况")).contains("本期参加考核的有7个县（市、区）和25个市级部门").contains("不合格" + failing + "个")
                    .as("no space between Chinese and numbers").doesNotContainPattern("\\p{IsHan} \\d|\\d \\p{IsHan}");
            assertThat(parts.get("二、主要成效")).containsPattern("全市本期计分的\\d+项考核项目（以牵头单位报送的全市值计）中，\\d+项达到目标或序时进度");
            assertThat(parts.get("三、存在问题")).containsPattern("报送截止\\d{4}年\\d{1,2}月\\d{1,2}日（北京时间）")
                    .contains("嘉善县");
            assertThat(parts.get("四、下步工作要求")).startsWith("（一）请").containsPattern("（本期(考核不合格|考核不合格或列本组末位|列本组末位)）认真查找原因，于");
            assertThat(String.join("", parts.values())).as("cautions are the annex's, in words").doesNotContain("注意：");
            int annex = ps.stream().map(p -> p.getText()).toList().indexOf("考核说明");
            assertThat(annex).as("考核说明 is an annex").isPositive();
            assertThat(ps.get(annex + 1).getText()).contains("个应报单位中有").doesNotContain("2019Q");
        }
    }

    /** rectify.csv: the units the 通报's 下步工作要求 asks a 整改 report of, why and by when, for the office to follow up. */
    @Test
    void theUnitsOwingA整改ReportAreListedWithWhyAndTheDateTheBulletinGives() throws Exception {
        List<CSVRecord> owing = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(outbox.resolve("rectify.csv"), StandardCharsets.UTF_8).substring(1))).getRecords();
        String requirement;
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(outbox.resolve("bulletin.docx")))) {
            requirement = docx.getParagraphs().stream().map(p -> p.getText()).filter(t -> t.startsWith("（一）请")).findFirst().orElseThrow();
        }

        assertThat(owing).isNotEmpty().allSatisfy(r -> {
            assertThat(requirement).as("named in the 通报").contains(r.get("unit_name"));
            assertThat(r.get("reason")).isIn("一票否决", "不合格", "本组末位");
            java.time.LocalDate due = java.time.LocalDate.parse(r.get("due"));
            assertThat(requirement).contains("于" + BulletinForm.chinese(due) + "前");
        });
        for (CSVRecord unit : totals) {
            boolean failing = unit.get("rating").equals("不合格");
            assertThat(owing.stream().anyMatch(r -> r.get("unit_code").equals(unit.get("unit_code"))) || !failing)
                    .as(unit.get("unit_name") + " is 不合格 and owes a report").isTrue();
        }
    }

    /** bulletin.docx against GB/T 9704-2012's figures (../shared/spec/GONGWEN.md): page, type, elements and their order. */
    @Test
    void theWordBulletinIsLaidOutAsGbT9704FixesIt() throws Exception {
        double twipsPerMm = 1440 / 25.4;
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(outbox.resolve("bulletin.docx")))) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(((java.math.BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
            var margins = section.getPgMar();
            assertThat(((java.math.BigInteger) margins.getTop()).intValue() / twipsPerMm).as("天头").isCloseTo(37, org.assertj.core.data.Offset.offset(1.0));
            assertThat(((java.math.BigInteger) margins.getLeft()).intValue() / twipsPerMm).as("订口").isCloseTo(28, org.assertj.core.data.Offset.offset(1.0));
            double width = 210 - (((java.math.BigInteger) margins.getLeft()).intValue() + ((java.math.BigInteger) margins.getRight()).intValue()) / twipsPerMm;
            double height = 297 - (((java.math.BigInteger) margins.getTop()).intValue() + ((java.math.BigInteger) margins.getBottom()).intValue()) / twipsPerMm;
            assertThat(width).as("版心 width").isCloseTo(156, org.assertj.core.data.Offset.offset(1.0));
            assertThat(height).as("版心 height").isCloseTo(225, org.assertj.core.data.Offset.offset(1.0));
            int pitch = section.getDocGrid().getLinePitch().intValue();
            assertThat(22 * pitch / twipsPerMm).as("22 lines fill the 版心").isCloseTo(225, org.assertj.core.data.Offset.offset(1.0));
            // 28 characters of 3号 (16 pt, condensed) fit the line.
            assertThat(28 * (16 * 20 + BulletinDocument.CONDENSE)).isLessThanOrEqualTo(11906 - ((java.math.BigInteger) margins.getLeft()).intValue()
                    - ((java.math.BigInteger) margins.getRight()).intValue());

            List<org.apache.poi.xwpf.usermodel.XWPFParagraph> ps = docx.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
            var mark = ps.get(0);
            assertThat(mark.getText()).isEqualTo("嘉兴市质量强市工作领导小组办公室");
            assertThat(mark.getRuns().get(0).getColor()).isEqualTo("FF0000");
            assertThat(font(mark)).isEqualTo("方正小标宋简体");
            assertThat(mark.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            var number = ps.get(1);
            assertThat(number.getText()).matches(".*〔\\d{4}〕.*号");
            var rule = number.getCTP().getPPr().getPBdr().getBottom();
            assertThat(java.util.HexFormat.of().withUpperCase().formatHex((byte[]) rule.getColor())).as("the red rule under the 发文字号").isEqualTo("FF0000");
            assertThat(((java.math.BigInteger) rule.getSpace()).intValue() * 25.4 / 72).as("4 mm below it").isCloseTo(4, org.assertj.core.data.Offset.offset(0.5));
            int title = index(ps, p -> "Title".equals(p.getStyle()));
            assertThat(font(ps.get(title))).isEqualTo("方正小标宋简体");
            assertThat(ps.get(title).getRuns().get(0).getFontSizeAsDouble()).as("2号").isEqualTo(22.0);
            int to = index(ps, p -> p.getText().endsWith("："));
            assertThat(ps.get(to).getText()).isEqualTo("各县（市、区）人民政府，市政府各部门、直属各单位：");
            int heading = index(ps, p -> "Heading1".equals(p.getStyle()));
            assertThat(ps.get(heading).getText()).isEqualTo("一、总体情况");
            assertThat(ps.stream().filter(p -> "Heading1".equals(p.getStyle())).map(p -> p.getText()).toList())
                    .containsExactly("一、总体情况", "二、主要成效", "三、存在问题", "四、下步工作要求");
            assertThat(ps).as("避头尾 and no space added between Chinese and numbers, in every paragraph").allSatisfy(p -> {
                var ppr = p.getCTP().getPPr();
                assertThat(ppr.getKinsoku().getVal().toString()).isIn("on", "1", "true");
                assertThat(ppr.isSetWordWrap()).as("a number such as 79.54 is never split").isFalse();
                assertThat(ppr.getAutoSpaceDN().getVal().toString()).isIn("off", "0", "false");
            });
            assertThat(font(ps.get(heading))).isEqualTo("黑体");
            var body = ps.get(heading + 1);
            assertThat(font(body)).isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).as("3号").isEqualTo(16.0);
            assertThat(body.getCTP().getPPr().getInd().getFirstLineChars().intValue()).as("indented two 字").isEqualTo(200);
            int annexNote = index(ps, p -> p.getText().startsWith("附件：1．"));
            int signature = index(ps, p -> p.getText().equals("嘉兴市质量强市工作领导小组办公室") && p.getAlignment() == org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            assertThat(ps.get(signature + 1).getText()).matches("\\d{4}年[1-9]\\d?月[1-9]\\d?日");
            int annex = index(ps, p -> p.getText().strip().equals("附件1"));
            assertThat(font(ps.get(annex))).isEqualTo("黑体");
            var versionMark = ps.get(ps.size() - 1);
            assertThat(versionMark.getText()).contains("嘉兴市质量强市工作领导小组办公室").endsWith("印发");
            assertThat(versionMark.getCTP().getPPr().getFramePr().getYAlign().toString()).as("at the foot of the page").isEqualTo("bottom");
            assertThat(versionMark.getCTP().getPPr().getPBdr().getBottom()).isNotNull();
            assertThat(ps.subList(to + 1, annexNote)).extracting(p -> p.getText())
                    .as("the body a leader reads names items, never their codes, and points at no file")
                    .noneMatch(t -> t.matches("(?s).*\\b[A-Z]{1,2}\\d{2}\\b.*") || t.contains("data/"));
            int requirements = index(ps, p -> p.getText().endsWith("、下步工作要求"));
            assertThat(ps.get(requirements + 1).getText()).as("整改 owed by the 不合格 and last-placed units, with a date")
                    .startsWith("（一）请").contains("书面报送整改报告").containsPattern("于\\d{4}年\\d{1,2}月\\d{1,2}日前");
            assertThat(List.of(0, 1, title, to, heading, requirements, annexNote, signature, annex, ps.size() - 1)).as("the elements in GB/T 9704's order")
                    .isSorted().doesNotHaveDuplicates();

            var styles = docx.getStyles();
            assertThat(styles.getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).as("in Word's navigation pane").isZero();
            assertThat(docx.getSettings().getEvenAndOddHeadings()).isTrue();
            assertThat(docx.getFooterList()).hasSize(2).allSatisfy(footer -> {
                assertThat(footer.getText()).contains("— ").contains(" —");
                assertThat(footer.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
            });
            assertThat(docx.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(16.0);
            try (var in = docx.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/styles.xml")).getInputStream()) {
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("w:eastAsia=\"zh-CN\"");
            }
        }
    }

    /** The East Asian font of the paragraph's first run with text. */
    private static String font(org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
        return p.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank()).findFirst().orElseThrow()
                .getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }

    private static int index(List<org.apache.poi.xwpf.usermodel.XWPFParagraph> ps,
                             java.util.function.Predicate<org.apache.poi.xwpf.usermodel.XWPFParagraph> test) {
        for (int i = 0; i < ps.size(); i++) {
            if (test.test(ps.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such paragraph");
    }

    @Test
    void everyFontInEveryPdfIsEmbedded() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        try (var files = Files.walk(outbox)) {
            files.filter(p -> p.toString().endsWith(".pdf")).forEach(pdfs::add);
        }
        assertThat(pdfs).hasSize(PLAN.units().size() + 1);
        for (Path pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(pdf.getFileName() + " " + font.getName()).isTrue();
                        assertThat(font.getName()).containsAnyOf("NotoSansSC", "NotoSerifSC", "LXGWWenKai");
                    }
                }
            }
        }
    }

    /** Every sheet of the staff workbook prints at 8 pt or more: fitted to the width, or across pages with 编码 and 单位 repeated. */
    @Test
    void everySheetOfTheStaffWorkbookPrintsLegibly() throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(outbox.resolve("assessment.xlsx").toFile())) {
            for (Sheet sheet : workbook) {
                kaohe.template.Legibility.assertPrintsLegibly(sheet, sheet.getRow(0).getLastCellNum());
            }
            assertThat(workbook.getSheet("得分明细").getFitToPage()).as("the wide detail sheet is not shrunk to 4 pt").isFalse();
        }
    }

    @Test
    void theWorkbooksTotalsEqualTotalsCsv() throws Exception {
        try (Workbook workbook = WorkbookFactory.create(outbox.resolve("assessment.xlsx").toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("总分");
            assertThat(List.of("得分明细", "报送值", "审核问题", "报送记录")).allMatch(n -> workbook.getSheet(n) != null);
            Sheet sheet = workbook.getSheet("总分");
            DataFormatter shown = new DataFormatter();
            for (int r = 1; r <= totals.size(); r++) {
                Row row = sheet.getRow(r);
                CSVRecord csv = totals.get(r - 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(csv.get("unit_code"));
                assertThat(shown.formatCellValue(row.getCell(3))).isEqualTo(csv.get("total"));
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(csv.get("rating"));
                assertThat(shown.formatCellValue(row.getCell(5))).isEqualTo(csv.get("rank").isEmpty() && !csv.get("total").isEmpty()
                        ? "不参与排名" : csv.get("rank"));
            }
            assertThat(workbook.getSheet("审核问题").getRow(1).getCell(4).getStringCellValue()).isEqualTo("C101");
            Sheet details = workbook.getSheet("得分明细");
            for (Row row : details) {
                if (row.getRowNum() > 0 && "任务".equals(row.getCell(4).getStringCellValue())) {
                    assertThat(row.getCell(7).getStringCellValue()).as("a task's target is its progress, not the unit's part")
                            .isEqualTo("按进度推进");
                    assertThat(row.getCell(3).getStringCellValue()).matches(".*（(牵头|配合)）");
                }
            }
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("迟报");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("迟报天数");
            for (int r = 1; r <= totals.size(); r++) {
                assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).as("迟报 says whether the unit's return was late").isIn("是", "否");
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void everyColumnOfTheStaffWorkbookIsAsWideAsItsLongestTextUpToEightyUnits() throws Exception {
        try (Workbook workbook = WorkbookFactory.create(outbox.resolve("assessment.xlsx").toFile())) {
            Sheet details = workbook.getSheet("得分明细");
            assertThat(details.getRow(0).getCell(3).getStringCellValue()).isEqualTo("指标 / 任务");
            int longestItem = 0;
            for (Row row : details) {
                if (row.getRowNum() > 0) {
                    longestItem = Math.max(longestItem, kaohe.template.PrintLayout.widthUnits(row.getCell(3).getStringCellValue()));
                }
            }
            assertThat(longestItem).as("the sample holds item names longer than the column used to be (36)").isGreaterThan(36);
            for (Sheet sheet : workbook) {
                int[] longest = new int[sheet.getRow(0).getLastCellNum()];
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (row.getRowNum() > 0 && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            longest[cell.getColumnIndex()] = Math.max(longest[cell.getColumnIndex()],
                                    kaohe.template.PrintLayout.widthUnits(cell.getStringCellValue()));
                        }
                    }
                }
                for (int c = 0; c < longest.length; c++) {
                    // Width in the default font's digits, two per Chinese character, and two to spare so nothing is cut off.
                    assertThat(sheet.getColumnWidth(c) / 256.0).as(sheet.getSheetName() + " " + sheet.getRow(0).getCell(c))
                            .isGreaterThanOrEqualTo(Math.min(longest[c] + 2, 80));
                }
            }
        }
    }

    @Test
    void theStaffWorkbookSpeaksChineseKeepsNumbersAsNumbersAndPrintsLandscapeWithItsHeaderRepeated() throws Exception {
        try (Workbook workbook = WorkbookFactory.create(outbox.resolve("assessment.xlsx").toFile())) {
            assertThat(List.of("总分", "排名", "得分明细", "报送值", "审核问题", "报送情况", "逾期名单", "报送记录", "审计记录"))
                    .allMatch(n -> workbook.getSheet(n) != null);
            Sheet scores = workbook.getSheet("得分明细");
            Row q02 = null;
            for (Row row : scores) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("330402") && row.getCell(2).getStringCellValue().equals("Q02")) {
                    q02 = row;
                }
            }
            assertThat(q02).isNotNull();
            assertThat(q02.getCell(5).getStringCellValue()).isEqualTo("达到");
            assertThat(q02.getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(q02.getCell(6).getNumericCellValue()).isEqualTo(96.0);
            assertThat(q02.getCell(12).getStringCellValue()).isIn("绿灯", "黄灯", "红灯");
            for (Row row : scores) {
                for (int c : new int[]{4, 5, 12, 13}) {
                    assertThat(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue()).as("row " + row.getRowNum())
                            .doesNotContainPattern("[A-Za-z_]{3,}");
                }
            }
            assertThat(workbook.getSheet("审核问题").getRow(1).getCell(1).getStringCellValue()).isEqualTo("嘉善县");
            assertThat(workbook.getSheet("审核问题").getRow(1).getCell(3).getStringCellValue()).isEqualTo("退回");

            Sheet overdue = workbook.getSheet("逾期名单");
            List<String> overdueUnits = new ArrayList<>();
            overdue.forEach(r -> overdueUnits.add(r.getCell(1).getStringCellValue()));
            assertThat(overdueUnits).contains("嘉善县", "市质监局");
            Sheet states = workbook.getSheet("报送情况");
            List<String> files = new ArrayList<>();
            states.forEach(r -> files.add(r.getCell(5) == null ? "" : r.getCell(5).getStringCellValue()));
            assertThat(files).contains("南湖区.xlsx");
            Sheet ranking = workbook.getSheet("排名");
            assertThat(ranking.getRow(1).getCell(0).getStringCellValue()).isEqualTo("县（市、区）");
            assertThat(ranking.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);

            for (Sheet sheet : workbook) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                if (sheet.getFitToPage()) {
                    assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                }
                assertThat(sheet.getRepeatingRows()).isEqualTo(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
            }
        }
    }

    /** Text without the line breaks and spaces a PDF's layout puts in. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

}
