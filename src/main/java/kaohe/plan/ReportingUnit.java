package kaohe.plan;

import kaohe.shared.UnitCode;

/** A county government or municipal bureau that files returns. */
public record ReportingUnit(UnitCode code, String name, PeerGroup peerGroup) {
}
