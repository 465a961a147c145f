package kaohe.shared;

import java.util.regex.Pattern;

/**
 * Code of an assessed item, an indicator (Q01, I07S) or a task (T01, K06). Codes are stable:
 * returns, scores and reports refer to them for years, so a code is never reused for another item.
 */
public record ItemCode(String value) implements Comparable<ItemCode> {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

    public ItemCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an item code (a capital letter, then capitals or digits): " + value);
        }
    }

    public static ItemCode of(String value) {
        return new ItemCode(value == null ? null : value.trim());
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value.trim()).matches();
    }

    @Override
    public int compareTo(ItemCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
