package kaohe.report;

import java.time.LocalDate;
import kaohe.plan.PeerGroup;
import kaohe.plan.Plan;

/**
 * The 公文 elements of a 通报 around its content (GB/T 9704-2012): who issues it, its 发文字号, to whom it goes and
 * who gets a copy, who prints it and when. The office's own settings ({@code kaohe.bulletin.*}) where it gave them;
 * otherwise what the plan implies, and a blank number for the office to fill.
 */
record BulletinForm(String office, String number, String to, String cc, String printer, String date) {

    static BulletinForm of(kaohe.KaoheProperties.Bulletin settings, Plan plan, LocalDate date) {
        var reporting = plan.reporting();
        String number = settings.numberPrefix() + "〔" + date.getYear() + "〕" + (settings.number().isBlank() ? "　" : settings.number().trim()) + "号";
        String to = settings.to().isBlank() ? defaultTo(reporting.label(PeerGroup.COUNTY), reporting.area()) : settings.to().trim();
        return new BulletinForm(reporting.office(), number, to.endsWith("：") ? to : to + "：", settings.cc().trim(),
                settings.printer().isBlank() ? reporting.office() : settings.printer().trim(), chinese(date));
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
