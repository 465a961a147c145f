package kaohe;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code kaohe.*} setting the application reads, bound and checked in one place. The configuration
 * processor turns these records into the metadata IDEs and README's table are checked against; the
 * database and {@code serve}'s jobs folder are the command line's, read before the application starts.
 *
 * @param home          runtime folder: inbox, archive, rejected, outbox, embedded database
 * @param plan          plan id under the plans folder, or a plan folder's path; empty for the plan marked default=true
 * @param plansDir      where plans live
 * @param referenceDir  reference values (国家、全省平均 and the like), one CSV per plan
 * @param recipientsDir report and reminder recipients, one CSV per plan
 * @param actor         the person the audit trail records for this process; empty for the operating system's user
 * @param ingest        limits and workers of ingest runs
 * @param mail          mail sent by Kaohe
 * @param template      sealing of the templates Kaohe writes
 * @param bulletin      the office's own words on the 通报 (bulletin.docx) it issues
 */
@ConfigurationProperties("kaohe")
public record KaoheProperties(
        @DefaultValue("var") Path home,
        @DefaultValue("data/plans") Path plansDir,
        @DefaultValue("") String plan,
        @DefaultValue("data/reference") Path referenceDir,
        @DefaultValue("data/recipients") Path recipientsDir,
        @DefaultValue("") String actor,
        @DefaultValue Ingest ingest,
        @DefaultValue Mail mail,
        @DefaultValue Template template,
        @DefaultValue Bulletin bulletin) {

    /**
     * @param maxFileMb          larger files are rejected (F003) before they are opened
     * @param maxUncompressedMb  an .xlsx inflating past this is rejected (F004)
     * @param maxRows            a sheet with more rows is rejected (F013)
     * @param settleSeconds      files modified more recently wait for the next run
     * @param rateChangeWarning  percentage points of change against the previous return that warn (V202)
     * @param threads            worker threads, and partitions, of an ingest run; 0 for one per core
     * @param maxAttempts        technical failures of one file before it is moved to failed/
     * @param unsealedTemplates  accept consistent templates written before seals (with F016), or reject them (F014)
     * @param filesPerTransaction files stored in one transaction, together under one savepoint (one at a time under a
     *                            savepoint each once one of them fails); 1 for one transaction per file
     */
    public record Ingest(
            @DefaultValue("10") int maxFileMb,
            @DefaultValue("16") int maxUncompressedMb,
            @DefaultValue("2000") int maxRows,
            @DefaultValue("5") int settleSeconds,
            @DefaultValue("20") int rateChangeWarning,
            @DefaultValue("0") int threads,
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("accept") UnsealedTemplates unsealedTemplates,
            @DefaultValue("20") int filesPerTransaction) {

        public Ingest {
            atLeast("kaohe.ingest.max-file-mb", maxFileMb, 1);
            atLeast("kaohe.ingest.max-uncompressed-mb", maxUncompressedMb, 1);
            atLeast("kaohe.ingest.max-rows", maxRows, 1);
            atLeast("kaohe.ingest.settle-seconds", settleSeconds, 0);
            atLeast("kaohe.ingest.rate-change-warning", rateChangeWarning, 1);
            atLeast("kaohe.ingest.threads", threads, 0);
            atLeast("kaohe.ingest.max-attempts", maxAttempts, 1);
            atLeast("kaohe.ingest.files-per-transaction", filesPerTransaction, 1);
        }

        /** Worker threads for a run: one per core when not set, as reading and checking a file is CPU work, storing it mostly waiting. */
        public int workers() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** What ingest does with a consistent template that carries no seal. */
    public enum UnsealedTemplates {
        ACCEPT, REJECT
    }

    /** @param from the sender of every mail */
    public record Mail(@DefaultValue("kaohe@localhost") String from) {
    }

    /** @param secret the installation secret templates are sealed with; empty for {@code <home>/secret/template-seal.key} */
    public record Template(@DefaultValue("") String secret) {
    }

    /**
     * The parts of a 公文 only the issuing office knows (GB/T 9704-2012).
     *
     * @param numberPrefix 发文字号's organ prefix, e.g. 嘉质强办; empty leaves 〔year〕 and a blank number for the office to fill
     * @param number       the number of this 通报 within the year; empty leaves it blank
     * @param to           主送机关; empty for the plan's groups (各县（市、区）人民政府，市政府各部门、直属各单位)
     * @param cc           抄送, names separated by ，; empty for none (the 版记 then has no 抄送 line)
     * @param printer      印发机关; empty for the issuing office
     */
    public record Bulletin(@DefaultValue("") String numberPrefix, @DefaultValue("") String number, @DefaultValue("") String to,
                           @DefaultValue("") String cc, @DefaultValue("") String printer) {
    }

    public KaoheProperties {
        if (home == null || home.toString().isBlank()) {
            throw new IllegalArgumentException("kaohe.home must name the runtime folder");
        }
    }

    private static void atLeast(String property, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(property + " must be at least " + least + ", not " + value);
        }
    }
}
