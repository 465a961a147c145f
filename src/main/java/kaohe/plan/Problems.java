package kaohe.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while loading, so one check run reports them all at once. */
final class Problems {

    private final List<PlanProblem> found = new ArrayList<>();

    void add(String file, int line, String column, String message) {
        found.add(new PlanProblem(file, line, column, message));
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
