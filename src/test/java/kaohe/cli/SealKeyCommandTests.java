package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import kaohe.template.TemplateSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The seal key as an operator meets it on the command line: batches recorded, a replaced key stopping ingest with exit 3. */
class SealKeyCommandTests {

    @TempDir
    Path home;

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = KaoheCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int status = line.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void templatesRecordTheirKeyAndIngestUnderAnotherKeyStopsWithOneChineseLineAndExit3() {
        Result templates = run("templates", "--period", "2019Q2", "--unit", "330402", "--home", home.toString());
        assertThat(templates.status()).as(templates.err()).isZero();

        Result status = run("seal-key", "status", "--home", home.toString());
        assertThat(status.status()).as(status.err()).isZero();
        String fingerprint = TemplateSeal.of(System.getProperty(TemplateSeal.PROPERTY)).fingerprint();
        assertThat(status.out()).contains("指纹 " + fingerprint).contains("已发出模板 1 批，由密钥 " + fingerprint + " 盖章");

        String configured = System.getProperty(TemplateSeal.PROPERTY);
        System.setProperty(TemplateSeal.PROPERTY, "a-secret-configured-by-mistake");
        Result ingest;
        try {
            ingest = run("ingest", "--home", home.toString(), "--settle-seconds", "0");
        } finally {
            System.setProperty(TemplateSeal.PROPERTY, configured);
        }

        assertThat(ingest.status()).isEqualTo(3);
        assertThat(ingest.err().strip()).startsWith("kaohe: 已发出的 1 批模板由密钥 " + fingerprint + " 盖章").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void aRunWhereMostFilesFailTheSealSaysSoAndExits1() throws Exception {
        kaohe.template.TemplateSeal another = TemplateSeal.of("the-key-of-another-installation");
        for (String unit : java.util.List.of("330402", "330411", "330421")) {
            kaohe.ingest.FilledReturn.template(kaohe.plan.ShippedPlan.plan(), unit, "2019Q2", another).everything()
                    .saveTo(home.resolve("inbox").resolve(unit + ".xlsx"));
        }

        Result ingest = run("ingest", "--home", home.toString(), "--settle-seconds", "0");

        assertThat(ingest.status()).isEqualTo(1);
        assertThat(ingest.out()).contains("退回 3 份").contains("因模板校验未通过（F014）").contains("模板密钥");
    }
}
