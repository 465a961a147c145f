package kaohe.cli;

import java.nio.file.Path;
import kaohe.DatabaseSettings;
import kaohe.plan.PlanCatalog;
import picocli.CommandLine.Option;

/**
 * Options every command takes. Each falls back to a system property, then an environment variable,
 * then the default (see README, "Configuration").
 */
class CommonOptions {

    @Option(names = "--home", paramLabel = "DIR",
            defaultValue = "${sys:kaohe.home:-${env:KAOHE_HOME:-var}}",
            description = "Runtime folder (inbox, archive, rejected, outbox, embedded database). Default: ${DEFAULT-VALUE}")
    Path home;

    @Option(names = "--plan", paramLabel = "ID",
            defaultValue = "${sys:kaohe.plan:-${env:KAOHE_PLAN}}",
            description = "Plan id under the plans folder, or a plan folder's path. Default: the plan marked default=true")
    String plan;

    @Option(names = "--plans-dir", paramLabel = "DIR",
            defaultValue = "${sys:kaohe.plans-dir:-${env:KAOHE_PLANS_DIR:-data/plans}}",
            description = "Folder holding the plans. Default: ${DEFAULT-VALUE}")
    Path plansDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            defaultValue = "${sys:kaohe.db.url:-${env:KAOHE_DB_URL}}",
            description = "Database URL, e.g. jdbc:mysql://127.0.0.1:3306/kaohe. Default: embedded database under --home")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${sys:kaohe.db.user:-${env:KAOHE_DB_USER}}",
            description = "Database user")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${sys:kaohe.db.password:-${env:KAOHE_DB_PASSWORD}}",
            description = "Database password", arity = "0..1", interactive = false)
    String dbPassword;

    Path planFolder() {
        return new PlanCatalog(plansDir).locate(plan);
    }

    /** Starts the application for a command that needs the database, with these options applied. */
    org.springframework.context.ConfigurableApplicationContext startApplication(java.util.Map<String, Object> more) {
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>(more);
        properties.put("kaohe.plans-dir", plansDir.toString());
        properties.put("kaohe.plan", planFolder().toString());
        return kaohe.KaoheApplication.start(home, database(), properties);
    }

    /**
     * For commands that only read what earlier commands left (status, explain, remind, review, report-up): a home
     * that does not exist is a mistyped --home, refused in one line, never created with an empty database
     * whose every unit would read 未报送.
     */
    org.springframework.context.ConfigurableApplicationContext startReading(java.util.Map<String, Object> more) {
        if (!java.nio.file.Files.isDirectory(home)) {
            throw new kaohe.shared.Refusal("找不到工作目录 " + home.toAbsolutePath().normalize() + "（--home）：这条命令只读取已有的数据，"
                    + "不会新建工作目录。请检查 --home 或环境变量 KAOHE_HOME 的拼写");
        }
        return startApplication(more);
    }

    DatabaseSettings database() {
        return DatabaseSettings.of(dbUrl, dbUser, dbPassword, home);
    }
}
