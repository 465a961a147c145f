package kaohe.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while loading, so one check run reports them all at once. */
final class Problems {

    private final List<PlanProblem> found = new ArrayList<>();
    private final List<PlanProblem> unreadable = new ArrayList<>();

    void add(String file, int line, String column, String message) {
        found.add(new PlanProblem(file, line, column, message));
    }

    /**
     * A file that cannot be read as CSV at all (wrong encoding, a quote never closed). Everything the
     * other files say about its rows would be noise, so when there is one only these are reported.
     */
    void unreadable(String file, int line, String message) {
        PlanProblem problem = new PlanProblem(file, line, "", message);
        found.add(problem);
        unreadable.add(problem);
    }

    boolean hasUnreadableFile() {
        return !unreadable.isEmpty();
    }

    List<PlanProblem> unreadableOnly() {
        return List.copyOf(unreadable);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<PlanProblem> sorted() {
        return found.stream()
                .sorted(Comparator.comparing(PlanProblem::file).thenComparingInt(PlanProblem::line))
                .toList();
    }
}
