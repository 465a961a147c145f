package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Workers step a key; the run that opened it sees the steps on whatever display the command line chose. */
class ProgressBoardTests {

    @Test
    void stepsOfAnOpenTaskReachItsDisplayAndStepsAfterItClosedGoNowhere() {
        List<String> shown = new ArrayList<>();
        ProgressBoard board = new ProgressBoard();
        board.showOn((label, total) -> new Progress() {
            private int done;

            @Override
            public void step() {
                shown.add(label + " " + ++done + "/" + total);
            }

            @Override
            public void close() {
                shown.add(label + " closed");
            }
        });

        try (Progress assess = board.open("assess", "2019Q4 考核", 4)) {
            board.step("assess");
            board.step("ingest");
            assess.step();
        }
        board.step("assess");

        assertThat(shown).containsExactly("2019Q4 考核 1/4", "2019Q4 考核 2/4", "2019Q4 考核 closed");
    }
}
