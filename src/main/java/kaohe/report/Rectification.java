package kaohe.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kaohe.shared.DataFileProblem;

/**
 * Who owes a written 整改 report after a 通报, and within how many days of it: the plan says so in its folder's
 * {@code bulletin.properties} (甘肃's rule, for one, is the last three within a month). A plan that says nothing asks
 * for none.
 *
 * @param failing      every unit rated 不合格 owes one
 * @param lastPerGroup the last this many ranked units of each peer group owe one
 * @param days         days from the 通报's date
 */
public record Rectification(boolean failing, int lastPerGroup, int days) {

    static final Rectification NONE = new Rectification(false, 0, 30);
    /** The shipped plans' rule: the 不合格 units and each group's last, within 30 days. */
    static final Rectification DEFAULT = new Rectification(true, 1, 30);
    static final String FILE = "bulletin.properties";

    boolean asksAny() {
        return failing || lastPerGroup > 0;
    }

    /** The rule in a sentence, for `plan check`: what the plan asks of whom, or that it asks nothing. */
    public String text() {
        if (!asksAny()) {
            return "通报不要求整改报告（计划文件夹中没有 " + FILE + " 或未设要求）";
        }
        String who = failing && lastPerGroup > 0 ? "不合格单位和各组末位 " + lastPerGroup + " 个"
                : failing ? "不合格单位" : "各组末位 " + lastPerGroup + " 个";
        return "通报要求" + who + "在 " + days + " 日内书面报送整改报告";
    }

    /** The plan folder's rule; a bad value is refused with a Chinese message naming the file and key. */
    public static Rectification of(Path planFolder) {
        Path file = planFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        String failing = p.getProperty("rectify-failing", "false").strip();
        if (!failing.equals("true") && !failing.equals("false")) {
            throw new DataFileProblem(file.getFileName() + "：rectify-failing 只能是 true 或 false，现为“" + failing + "”");
        }
        return new Rectification(Boolean.parseBoolean(failing), number(p, "rectify-last", 0, file), number(p, "rectify-days", 30, file));
    }

    private static int number(Properties p, String key, int otherwise, Path file) {
        String text = p.getProperty(key, "").strip();
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= 366) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new DataFileProblem(file.getFileName() + "：" + key + " 应为 0 到 366 之间的整数，现为“" + text + "”");
    }
}
