package kaohe.plan;

import java.util.Objects;
import kaohe.shared.UnitCode;

/**
 * A county government or municipal bureau that files returns, with the person the office calls about them
 * (联系人, 电话: optional columns of units.csv, empty when not given).
 */
public record ReportingUnit(UnitCode code, String name, PeerGroup peerGroup, String contact, String phone) {

    public ReportingUnit {
        contact = contact == null ? "" : contact;
        phone = phone == null ? "" : phone;
    }

    public ReportingUnit(UnitCode code, String name, PeerGroup peerGroup) {
        this(code, name, peerGroup, "", "");
    }

    /** "联系人 张三，电话 0573-82000000", or "" when units.csv gives neither. */
    public String contactText() {
        if (contact.isEmpty() && phone.isEmpty()) {
            return "";
        }
        return (contact.isEmpty() ? "" : "联系人 " + contact) + (contact.isEmpty() || phone.isEmpty() ? "" : "，")
                + (phone.isEmpty() ? "" : "电话 " + phone);
    }

    /**
     * The plan's unit: code, name and group. Contact details are the office's address book, not the plan, so a
     * stored plan version (which keeps units as the plan defines them) still equals the plan it was stored from.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReportingUnit u && code.equals(u.code) && name.equals(u.name) && peerGroup == u.peerGroup;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, peerGroup);
    }
}
