package kaohe.plan;

/**
 * What plan.properties says about how results are issued, so that nothing in the reports names a city.
 *
 * @param office         who issues the 通报 (office), e.g. 嘉兴市质量强市工作领导小组办公室
 * @param subject        what the 通报's title calls the programme: 关于2019年第四季度{subject}考核情况的通报
 * @param minimumRanked  a unit whose total rests on fewer counted items than this is not ranked
 *                       (不参与排名); 1 ranks every unit with a total
 * @param countyGroup    what the reports call the county-level peer group: 县（市、区） for a city, 设区市 for a province
 * @param bureauGroup    what they call the departments: 市级部门, 省级部门
 * @param area           the whole the plan covers, as in 全市值, 全市滞后项目: 全市, 全省
 */
public record ReportSettings(String office, String subject, int minimumRanked, String countyGroup, String bureauGroup, String area) {

    public static final String DEFAULT_OFFICE = "考核办公室";
    public static final String DEFAULT_AREA = "全市";

    public ReportSettings {
        if (minimumRanked < 1) {
            throw new IllegalArgumentException("minimum ranked items must be at least 1: " + minimumRanked);
        }
    }

    public ReportSettings(String office, String subject, int minimumRanked) {
        this(office, subject, minimumRanked, PeerGroup.COUNTY.label(), PeerGroup.BUREAU.label(), DEFAULT_AREA);
    }

    /** The settings of a plan that states none: its own name as subject, every unit with a total ranked. */
    public static ReportSettings defaultsFor(String planName) {
        return new ReportSettings(DEFAULT_OFFICE, planName, 1);
    }

    /** The peer group's name in this plan's reports. */
    public String label(PeerGroup group) {
        return group == PeerGroup.COUNTY ? countyGroup : bureauGroup;
    }
}
