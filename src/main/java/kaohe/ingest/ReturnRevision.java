package kaohe.ingest;

/** The office's 退回修改 of an accepted return. */
public interface ReturnRevision {

    /**
     * Sends an accepted return back: it stops being current, so it is not scored until a corrected
     * return is accepted. False when it is no longer the current return.
     */
    boolean returnForRevision(long returnId);
}
