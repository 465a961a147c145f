package kaohe.report;

import java.time.LocalDate;
import kaohe.plan.PeerGroup;
import kaohe.plan.Plan;

/**
 * The 公文 elements of a 通报 around its content (GB/T 9704-2012): who issues it, its 发文字号, to whom it goes and
 * who gets a copy, who prints it and when. The office's own settings ({@code kaohe.bulletin.*}) where it gave them;
 * otherwise what the plan implies, and a blank number for the office to fill.
 */
record BulletinForm(String office, String number, String to, String cc, String printer, String date, String rectifyBy,
                    java.util.List<String> requirements) {

    /** Days the units owing a 整改 report have, from the 通报's date. */
    static final int RECTIFY_DAYS = 30;

    /** What the office asks of the units when it writes nothing for the period: its own words go in {@code <home>/bulletin/P.txt}. */
    static final java.util.List<String> DEFAULT_REQUIREMENTS = java.util.List.of(
            "各单位要对照本单位的滞后项目，逐项分析原因，明确整改措施和完成时限，确保完成年度目标任务。",
            "各单位要严格报送纪律，按时、准确报送季度数据和进展情况；对迟报、漏报和数据失实的单位，将在下期通报中予以说明。");

    static BulletinForm of(kaohe.KaoheProperties.Bulletin settings, Plan plan, LocalDate date) {
        return of(settings, plan, date, DEFAULT_REQUIREMENTS);
    }

    /**
     * @param requirements the office's paragraphs for 下步工作要求 (from {@code <home>/bulletin/P.txt}), or the default
     */
    static BulletinForm of(kaohe.KaoheProperties.Bulletin settings, Plan plan, LocalDate date, java.util.List<String> requirements) {
        return of(settings, plan, date, requirements, RECTIFY_DAYS);
    }

    static BulletinForm of(kaohe.KaoheProperties.Bulletin settings, Plan plan, LocalDate date, java.util.List<String> requirements,
                           int rectifyDays) {
        var reporting = plan.reporting();
        String number = settings.numberPrefix() + "〔" + date.getYear() + "〕" + (settings.number().isBlank() ? "　" : settings.number().trim()) + "号";
        String to = settings.to().isBlank() ? defaultTo(reporting.label(PeerGroup.COUNTY), reporting.area()) : settings.to().trim();
        return new BulletinForm(reporting.office(), number, to.endsWith("：") ? to : to + "：", settings.cc().trim(),
                settings.printer().isBlank() ? reporting.office() : settings.printer().trim(), chinese(date),
                chinese(date.plusDays(rectifyDays)), java.util.List.copyOf(requirements));
    }

    /** The plan's default 下步工作要求, in its folder: what the office's file for a period replaces. */
    static final String PLAN_REQUIREMENTS = "bulletin-requirements.txt";

    /**
     * The office's 下步工作要求 for the period: one paragraph a non-blank line of {@code officeFile}; without it, the
     * plan's default ({@code planFile}); without that, Kaohe's own. Lines starting with # are the file's comments.
     */
    static java.util.List<String> requirements(java.nio.file.Path officeFile, java.nio.file.Path planFile) {
        java.util.List<String> office = requirements(officeFile);
        return office != DEFAULT_REQUIREMENTS ? office : requirements(planFile);
    }

    /** The office's 下步工作要求 for the period: one paragraph a non-blank line of {@code file}, or the default when there is none. */
    static java.util.List<String> requirements(java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return DEFAULT_REQUIREMENTS;
        }
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8).stream()
                    .map(l -> l.replace("\uFEFF", "").strip()).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return lines.isEmpty() ? DEFAULT_REQUIREMENTS : lines;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the office's 下步工作要求 " + file, e);
        }
    }

    /** 各县（市、区）人民政府，市政府各部门、直属各单位 (as 000 addresses the city's units); a province says 省. */
    static String defaultTo(String countyGroup, String area) {
        String level = area.length() > 1 ? area.substring(1) : "市";
        return "各" + countyGroup + "人民政府，" + level + "政府各部门、直属各单位";
    }

    /** 2020年1月14日: Arabic numerals, no leading zeros (GB/T 9704 成文日期). */
    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
