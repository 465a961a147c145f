package kaohe.plan;

/**
 * What plan.properties says about how results are issued, so that nothing in the reports names a city.
 *
 * @param office         who issues the 通报 (office), e.g. 嘉兴市质量强市工作领导小组办公室
 * @param subject        what the 通报's title calls the programme: 关于2019年第四季度{subject}考核情况的通报
 * @param minimumRanked  a unit whose total rests on fewer counted items than this is not ranked
 *                       (不参与排名); 1 ranks every unit with a total
 */
public record ReportSettings(String office, String subject, int minimumRanked) {

    public static final String DEFAULT_OFFICE = "考核办公室";

    public ReportSettings {
        if (minimumRanked < 1) {
            throw new IllegalArgumentException("minimum ranked items must be at least 1: " + minimumRanked);
        }
    }

    /** The settings of a plan that states none: its own name as subject, every unit with a total ranked. */
    public static ReportSettings defaultsFor(String planName) {
        return new ReportSettings(DEFAULT_OFFICE, planName, 1);
    }
}
