package kaohe.demo;

import java.util.List;
import java.util.Set;
import kaohe.plan.PeerGroup;
import kaohe.plan.Plan;
import kaohe.shared.UnitCode;

/**
 * Who plays which part in the demo's story, taken by position from the plan's own unit lists so any plan
 * plays the same story: for Jiaxing 海盐县 is rejected then corrected, 海宁市, 市交通运输局 and 市卫生计生委
 * are late, 市水利局 reports only after publication, 平湖市 is sent back by the review, 南湖区 loses points,
 * 市国资委 is vetoed and 桐乡市 objects to the draft and is upheld. Positions past the end of a short list wrap around.
 */
record DemoCast(Set<UnitCode> late, UnitCode rejectedThenCorrected, UnitCode neverReports, UnitCode sentBack,
                UnitCode adjusted, UnitCode vetoed, UnitCode objects) {

    static DemoCast of(Plan plan) {
        List<UnitCode> counties = plan.unitsOf(PeerGroup.COUNTY);
        List<UnitCode> bureaus = plan.unitsOf(PeerGroup.BUREAU);
        return new DemoCast(Set.of(at(counties, 4), at(bureaus, 11), at(bureaus, 19)), at(counties, 3), at(bureaus, 24),
                at(counties, 5), at(counties, 0), at(bureaus, 20), at(counties, 6));
    }

    private static UnitCode at(List<UnitCode> units, int position) {
        return units.get(position % units.size());
    }
}
