package kaohe.ingest;

/** What became of a submitted file. */
public enum ReturnStatus {
    /** stored and current for its unit and period */
    ACCEPTED,
    /** stored, but a later accepted return of the same unit and period replaced it */
    SUPERSEDED,
    /** kept under rejected/ with a feedback workbook; never scored */
    REJECTED,
    /** the same content as an earlier file; nothing new stored */
    DUPLICATE,
    /** accepted, then sent back by the office's review (退回修改): not scored until a corrected return is accepted */
    RETURNED
}
