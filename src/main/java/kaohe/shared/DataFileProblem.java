package kaohe.shared;

/**
 * A data file the office keeps (reference values, recipients …) that cannot be used as it is. The
 * message is Chinese and names the file and line, so the command can print it as it stands.
 */
public class DataFileProblem extends Refusal {

    public DataFileProblem(String message) {
        super(message);
    }
}
