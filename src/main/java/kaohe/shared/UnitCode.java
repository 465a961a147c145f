package kaohe.shared;

import java.util.regex.Pattern;

/**
 * Code of a reporting unit: a county's six-digit administrative division code (330402) or a
 * bureau's upper-case letter code (ZJJ). Codes appear in file names, so they are kept to this
 * safe alphabet.
 */
public record UnitCode(String value) implements Comparable<UnitCode> {

    private static final Pattern FORM = Pattern.compile("\\d{6}|[A-Z]{2,10}");

    public UnitCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a unit code (six digits or 2-10 capital letters): " + value);
        }
    }

    public static UnitCode of(String value) {
        return new UnitCode(value == null ? null : value.trim());
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value.trim()).matches();
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
