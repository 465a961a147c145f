package kaohe.shared;

/**
 * A command refused for a reason the operator can act on: an unusable data file, a period already
 * published, an outdated review workbook. The message is Chinese and complete, so the command line
 * prints it as it stands and exits 1, without a stack trace.
 */
public class Refusal extends RuntimeException {

    public Refusal(String message) {
        super(message);
    }
}
