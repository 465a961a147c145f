package kaohe.plan;

import java.util.List;

/** The outcome of loading a plan folder: the plan when it is valid, and every problem found. */
public record PlanLoad(Plan plan, List<PlanProblem> problems) {

    public PlanLoad {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return plan != null && problems.isEmpty();
    }
}
