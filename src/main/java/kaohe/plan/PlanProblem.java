package kaohe.plan;

/**
 * One thing wrong with the plan files, where it is and what is wrong, in Chinese for the office
 * staff who maintain the plan.
 *
 * @param line   1-based line in the file; 0 when the problem concerns the file as a whole
 * @param column the CSV column or properties key, empty when none applies
 */
public record PlanProblem(String file, int line, String column, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return column.isEmpty() ? where + ": " + message : where + ": [" + column + "] " + message;
    }
}
