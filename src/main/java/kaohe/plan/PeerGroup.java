package kaohe.plan;

/** Units are ranked only against their peers: counties against counties, bureaus against bureaus. */
public enum PeerGroup {
    COUNTY("县（市、区）"), BUREAU("市级部门");

    private final String label;

    PeerGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
