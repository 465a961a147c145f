package kaohe.plan;

/**
 * Where a target or task comes from: a seed file name and the section in it, e.g.
 * {@code 000_4953c69a70887cfe.txt 附件3 治气}. Several places are separated by "; ".
 */
public record Citation(String text) {

    private static final java.util.regex.Pattern SEED_FILE = java.util.regex.Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

    /** True when every part names a seed file and then a section. */
    public static boolean isValid(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (String part : text.split(";")) {
            String[] words = part.trim().split("\\s+", 2);
            if (words.length < 2 || !SEED_FILE.matcher(words[0]).matches()) {
                return false;
            }
        }
        return true;
    }

    public String seedFile() {
        return text.trim().split("\\s+", 2)[0];
    }

    @Override
    public String toString() {
        return text;
    }
}
