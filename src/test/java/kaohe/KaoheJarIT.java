package kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kaohe.plan.PlanFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a separate process the way README tells operators to run it. */
class KaoheJarIT {

    private static final Path JAR = TheJar.JAR;

    @TempDir
    Path temp;

    record Run(int status, String output) {
    }

    private Run kaohe(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(TheJar.command());
        command.addAll(List.of(args));
        try (ChildProcess process = ChildProcess.start(new ProcessBuilder(command), null)) {
            int status = process.awaitExit(java.time.Duration.ofSeconds(180));
            return new Run(status, process.output());
        }
    }

    /**
     * The build ships Spring Boot's extracted layout as target/kaohe.jar and a class-data-sharing archive made from it:
     * with {@code -Xshare:on} the JVM refuses to start unless the archive maps onto this very jar, so a stale or
     * mismatched archive fails here instead of silently costing the start-up it was made to save.
     */
    @Test
    void theJarIsTheExtractedLayoutAndTheBuildsArchiveMapsOntoIt() throws Exception {
        assertThat(Files.isDirectory(Path.of("target/lib"))).isTrue();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path")).contains("lib/");
            assertThat(jar.getEntry("BOOT-INF/")).as("no jar inside a jar to read classes from").isNull();
        }
        assertThat(Files.isRegularFile(Path.of("target/kaohe-standalone.jar"))).as("the self-contained jar for another machine").isTrue();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + TheJar.ARCHIVE, "-Xshare:on", "-jar", JAR.toString(), "--version"));
        try (ChildProcess process = ChildProcess.start(new ProcessBuilder(command), null)) {
            int status = process.awaitExit(java.time.Duration.ofSeconds(60));
            assertThat(status).as(process.output()).isZero();
            assertThat(process.output()).contains("Kaohe");
        }
    }

    /**
     * An operator's scheduler or service manager starts Kaohe from its own working folder, naming the jar and the archive
     * by full path: the archive must map there too, not only when started from the project folder.
     */
    @Test
    void theArchiveMapsWhenKaoheIsStartedFromAnotherFolder() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + TheJar.ARCHIVE.toAbsolutePath(), "-Xshare:on", "-jar", JAR.toAbsolutePath().toString(), "--version");
        try (ChildProcess process = ChildProcess.start(new ProcessBuilder(command).directory(temp.toFile()), null)) {
            int status = process.awaitExit(java.time.Duration.ofSeconds(60));
            assertThat(status).as(process.output()).isZero();
            assertThat(process.output()).contains("Kaohe");
        }
    }

    /** A copy of the jar and its archive moved elsewhere no longer matches: the bench says so instead of timing a run without it. */
    @Test
    void theBenchTellsAnArchiveThatDoesNotMapFromOneThatDoes() throws Exception {
        assertThat(kaohe.bench.FirstReturn.archiveMaps(JAR.toAbsolutePath(), TheJar.ARCHIVE.toAbsolutePath())).isTrue();
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(JAR, copy.resolve("kaohe.jar"));
        Files.copy(TheJar.ARCHIVE, copy.resolve("kaohe.jsa"));
        Files.createDirectories(copy.resolve("lib"));
        try (var libraries = Files.list(Path.of("target/lib"))) {
            for (Path library : libraries.toList()) {
                Files.copy(library, copy.resolve("lib").resolve(library.getFileName()));
            }
        }
        assertThat(kaohe.bench.FirstReturn.archiveMaps(copy.resolve("kaohe.jar"), copy.resolve("kaohe.jsa"))).isFalse();
        List<String> withoutArchive = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                copy.resolve("kaohe.jar").toString(), "--version");
        try (ChildProcess process = ChildProcess.start(new ProcessBuilder(withoutArchive), null)) {
            assertThat(process.awaitExit(java.time.Duration.ofSeconds(60))).as("the copy itself runs: " + process.output()).isZero();
        }
    }

    @Test
    void planCheckExitsZeroOnTheShippedPlanAndOneOnABrokenCopy() throws Exception {
        Run shipped = kaohe("plan", "check");
        assertThat(shipped.status()).as(shipped.output()).isEqualTo(0);
        assertThat(shipped.output()).contains("检查通过");

        PlanFolder broken = PlanFolder.copyOfShipped(temp);
        broken.appendLine("targets.csv", "E04,2016,45,,000_4953c69a70887cfe.txt 附件3 治气");
        Run check = kaohe("plan", "check", "--plan", broken.dir().toString());
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.output()).contains("[year] 2016 年不在计划期");
    }

    @Test
    void planExportListsEveryIndicatorYearAndTaskWithItsCitation() throws Exception {
        Path csv = temp.resolve("plan.csv");

        Run run = kaohe("plan", "export", "--format", "csv", "--out", csv.toString());

        assertThat(run.status()).as(run.output()).isEqualTo(0);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        kaohe.plan.Plan plan = kaohe.plan.ShippedPlan.plan();
        assertThat(lines).hasSize(1 + plan.tasks().size()
                + plan.indicators().stream().mapToInt(i -> i.targets().size()).sum());
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).containsPattern(",\"?00[0-4]_[0-9a-f]{16}\\.txt "));
    }

    @Test
    void aTemplateFromTheTemplatesCommandIsFilledDroppedAndAccepted() throws Exception {
        Path home = temp.resolve("home");
        Run templates = kaohe("templates", "--period", "2019Q2", "--unit", "330402", "--home", home.toString());
        assertThat(templates.status()).as(templates.output()).isEqualTo(0);
        Path template = home.resolve("outbox/2019Q2/templates/330402-南湖区-2019Q2.xlsx");
        assertThat(template).exists();

        kaohe.ingest.FilledReturn.open(template).everything().value("Q02", 97).saveTo(home.resolve("inbox/330402/南湖区.xlsx"));
        Run ingest = kaohe("ingest", "--home", home.toString(), "--settle-seconds", "0");

        assertThat(ingest.status()).as(ingest.output()).isEqualTo(0);
        assertThat(ingest.output()).contains("接受 1 份，退回 0 份");
        assertThat(ingest.output().lines()).as("the terminal shows the command's own lines, the log goes to <home>/logs")
                .noneMatch(l -> l.matches("^\\d{4}-\\d\\d-\\d\\dT.*\\b(INFO|WARN|DEBUG)\\b.*"));
        assertThat(Files.readString(home.resolve("logs/kaohe.log"))).as("off a terminal, progress is a log line")
                .contains("progress 接收报表: 1 of 1");
        assertThat(Files.readString(home.resolve("logs/kaohe.log"))).contains("progress 2019Q2 模板: 1 of 1");
        try (var archived = Files.list(home.resolve("archive/2019Q2/330402"))) {
            assertThat(archived.map(p -> p.getFileName().toString())).singleElement().asString().startsWith("南湖区-");
        }
        Run again = kaohe("ingest", "--home", home.toString(), "--dry-run", "--settle-seconds", "0");
        assertThat(again.output()).contains("试运行").contains("接受 0 份");
    }

    @Test
    void benchPrintsAColumnPerScaleAndTimesANewProcessStoringAReturn() throws Exception {
        Path home = temp.resolve("var");

        Run run = kaohe("bench", "--home", home.toString(), "--scales", "1,2", "--units", "5", "--indicators", "4",
                "--tasks", "1", "--wide-rows", "10");

        assertThat(run.status()).as(run.output()).isEqualTo(0);
        assertThat(run.output()).contains("| | 1× | 2× |")
                .contains("| units = returns (values per return) | 5 (5) | 10 (5) |")
                .contains("| returns .xlsx / .xls (rejected) | 4 / 1 (0) | 8 / 2 (1) |")
                .contains("10-row returns: parse")
                .contains("| launched as | `ingest` storing one return | `status` |")
                .containsPattern("\\| self-contained jar \\| [0-9.]+ \\| [0-9.]+ \\|")
                .containsPattern("\\| extracted layout with the class-data-sharing archive \\| [0-9.]+ \\| [0-9.]+ \\|");
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        assertThat(kaohe("no-such-command").status()).isEqualTo(2);
    }

    @Test
    void aSecondIngestOfTheSameHomeSaysSoInChineseAndExitsCleanly() throws Exception {
        Path home = temp.resolve("busy");
        Path file = kaohe.ingest.FilledReturn.template(kaohe.plan.ShippedPlan.plan(), "330402", "2019Q2").everything()
                .saveTo(home.resolve("inbox/南湖区.xlsx"));
        Run second;
        // This JVM plays the first ingest: the operating system's lock on the home is what the second one meets.
        try (kaohe.ingest.IngestLock first = kaohe.ingest.IngestLock.tryAcquire(home).orElseThrow()) {
            second = kaohe("ingest", "--home", home.toString());
        }

        assertThat(second.status()).as(second.output()).isZero();
        assertThat(second.output()).contains("另一个接收作业正在处理").doesNotContain("Exception");
        assertThat(file).exists();
    }

    @Test
    void anUnreachableDatabaseIsOneChineseLineNamingHostAndPortWithTheTraceInTheLog() throws Exception {
        Path home = temp.resolve("nodb");
        Run run = kaohe("ingest", "--home", home.toString(), "--db-url", "jdbc:mysql://127.0.0.1:1/kaohe", "--db-user", "root");

        assertThat(run.status()).as(run.output()).isEqualTo(3);
        assertThat(run.output()).contains("kaohe: 无法连接数据库 127.0.0.1:1：服务器未启动、地址或端口有误，或网络不通");
        assertThat(run.output().strip().lines()).as("one line, no stack trace or warning dump on the terminal").hasSize(1);
        assertThat(Files.readString(home.resolve("logs/kaohe-errors.log"))).contains("ConnectException");
    }

    @Test
    void aWrongDatabasePasswordIsOneChineseLineNamingTheUser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.isMysqlConfigured(), "needs KAOHE_TEST_MYSQL_URL");
        DatabaseSettings mysql = TestDatabases.freshMysql();
        try {
            Run run = kaohe("status", "--home", Files.createDirectories(temp.resolve("pw")).toString(), "--db-url", mysql.url(), "--db-user", mysql.user(),
                    "--db-password=certainly-wrong");

            assertThat(run.status()).as(run.output()).isEqualTo(3);
            assertThat(run.output()).contains("拒绝了用户“" + mysql.user() + "”的登录：用户名或密码错误");
            assertThat(run.output().strip().lines()).as("one line").hasSize(1);
        } finally {
            TestDatabases.dropCreated();
        }
    }

    /**
     * The build's archive run plays the demo on the embedded database; the MySQL driver's classes are loaded into it
     * beforehand, so a command against MySQL maps them instead of reading and verifying them from their jar.
     */
    @Test
    void aCommandAgainstMySqlTakesTheDriversClassesFromTheArchive() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.isMysqlConfigured(), "needs KAOHE_TEST_MYSQL_URL");
        DatabaseSettings mysql = TestDatabases.freshMysql();
        try {
            List<String> command = new ArrayList<>(TheJar.command("-Xshare:on", "-Xlog:class+load=info"));
            command.addAll(List.of("status", "--home", Files.createDirectories(temp.resolve("cds")).toString(),
                    "--db-url", mysql.url(), "--db-user", mysql.user(), "--db-password=" + mysql.password()));
            String output;
            try (ChildProcess process = ChildProcess.start(new ProcessBuilder(command), null)) {
                assertThat(process.awaitExit(java.time.Duration.ofSeconds(180))).as(process.output()).isZero();
                output = process.output();
            }

            List<String> driver = output.lines().filter(l -> l.contains(" com.mysql.cj.") && l.contains("source:")).toList();
            assertThat(driver).as("the driver's classes from the archive").filteredOn(l -> l.contains("shared objects file")).hasSizeGreaterThan(100);
            // Lambdas are made as the code runs; only a class read from a jar would mean the archive lacked it.
            assertThat(driver).as("none read from the driver's jar").noneMatch(l -> l.contains("source: file:") || l.contains("source: jar:"));
        } finally {
            TestDatabases.dropCreated();
        }
    }

    @Test
    void aDatabaseUserWithoutTheNeededPrivilegesIsOneChineseLineSayingWhichAreNeeded() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.isMysqlConfigured(), "needs KAOHE_TEST_MYSQL_URL");
        DatabaseSettings mysql = TestDatabases.freshMysql();
        String database = mysql.url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        String user = "kaohe_ro_" + ProcessHandle.current().pid();
        try (var c = java.sql.DriverManager.getConnection(mysql.url(), mysql.user(), mysql.password()); var st = c.createStatement()) {
            st.execute("CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY 'ro-pass'");
            st.execute("GRANT SELECT ON " + database + ".* TO '" + user + "'@'%'");
        }
        try {
            Run run = kaohe("status", "--home", Files.createDirectories(temp.resolve("ro")).toString(), "--db-url", mysql.url(), "--db-user", user,
                    "--db-password=ro-pass");

            assertThat(run.status()).as(run.output()).isEqualTo(3);
            assertThat(run.output()).contains("数据库用户“" + user + "”").contains("缺少所需权限").contains("CREATE");
            assertThat(run.output().strip().lines()).as("one line").hasSize(1);
        } finally {
            try (var c = java.sql.DriverManager.getConnection(mysql.url(), mysql.user(), mysql.password()); var st = c.createStatement()) {
                st.execute("DROP USER IF EXISTS '" + user + "'@'%'");
            }
            TestDatabases.dropCreated();
        }
    }

    @Test
    void assessOfAHomeWithNoReturnsRefusesWithExitOneAndGoesAheadWhenTold() throws Exception {
        Path home = temp.resolve("empty");
        Run refused = kaohe("assess", "--period", "2019Q2", "--home", home.toString());

        assertThat(refused.status()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("没有收到任何一份合格报表").contains("--anyway");
        assertThat(home.resolve("outbox")).doesNotExist();

        Run anyway = kaohe("assess", "--period", "2019Q2", "--home", home.toString(), "--anyway");
        assertThat(anyway.status()).as(anyway.output()).isZero();
        assertThat(anyway.output()).contains("注意：本期没有收到任何合格报表");
    }
}
