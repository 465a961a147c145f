package kaohe.shared;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment quarter, written {@code 2019Q2}. Q4 is the annual assessment.
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})Q([1-4])");

    public Period {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Parses {@code 2019Q2}; throws IllegalArgumentException with the offending text otherwise. */
    public static Period of(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period like 2019Q2: " + text);
        }
        return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text.trim()).matches();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Period next() {
        return quarter == 4 ? new Period(year + 1, 1) : new Period(year, quarter + 1);
    }

    public Period previous() {
        return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
    }

    /** The quarter the day falls in. */
    public static Period containing(LocalDate day) {
        return new Period(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Number of quarters from {@code earlier} to this one; 0 when equal, negative when earlier is later. */
    public int quartersSince(Period earlier) {
        return (year * 4 + quarter) - (earlier.year * 4 + earlier.quarter);
    }

    public boolean isAnnual() {
        return quarter == 4;
    }

    @Override
    public int compareTo(Period other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    private static final String[] QUARTER_WORDS = {"", "一", "二", "三", "四"};

    /** "2019年第四季度": the quarter as the office writes it for people; {@link #toString()} is for commands and files. */
    public String label() {
        return year + "年第" + QUARTER_WORDS[quarter] + "季度";
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
