package kaohe.plan;

import java.util.Optional;

/**
 * How firmly a plan states a target: 达到 (binding: the number is the bar), 左右 (about: the bar is the number less, or
 * for a ceiling more, the tolerance the plan states), 争取 (aspire: reached, it scores in full; missed, it costs the unit
 * nothing and the item is left out of its total). The plan's README gives the readings and why.
 */
public enum TargetWording {
    AS_STATED("达到"), ABOUT("左右"), ASPIRE("争取");

    private final String word;

    TargetWording(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The column's text: empty or 达到, 左右, 争取. */
    static Optional<TargetWording> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of(AS_STATED);
        }
        for (TargetWording w : values()) {
            if (w.word.equals(t)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
