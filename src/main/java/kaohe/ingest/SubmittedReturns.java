package kaohe.ingest;

import java.util.List;
import kaohe.shared.Period;

/** What every unit sent for a period, as the submission log, reminders and data-quality notes need it. */
public interface SubmittedReturns {

    /** Every file submitted for the period, in the order received; files that named no unit are left out. */
    List<Submission> submissions(String planId, Period period);

    /** Every finding of the period's returns, by return and then in the order the rules raised them. */
    List<PeriodFinding> findings(String planId, Period period);
}
