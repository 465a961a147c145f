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
            description = "工作目录（收件箱、归档、退回、输出、嵌入式数据库）。默认：${DEFAULT-VALUE}")
    Path home;

    @Option(names = "--plan", paramLabel = "ID",
            defaultValue = "${sys:kaohe.plan:-${env:KAOHE_PLAN}}",
            description = "考核计划编号（计划文件夹下的名称）或计划文件夹路径。默认：标为 default=true 的计划")
    String plan;

    @Option(names = "--plans-dir", paramLabel = "DIR",
            defaultValue = "${sys:kaohe.plans-dir:-${env:KAOHE_PLANS_DIR:-data/plans}}",
            description = "存放考核计划的文件夹。默认：${DEFAULT-VALUE}")
    Path plansDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            defaultValue = "${sys:kaohe.db.url:-${env:KAOHE_DB_URL}}",
            description = "数据库地址，如 jdbc:mysql://127.0.0.1:3306/kaohe。默认：--home 下的嵌入式数据库")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${sys:kaohe.db.user:-${env:KAOHE_DB_USER}}",
            description = "数据库用户名")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${sys:kaohe.db.password:-${env:KAOHE_DB_PASSWORD}}",
            description = "数据库密码", arity = "0..1", interactive = false)
    String dbPassword;

    Path planFolder() {
        return new PlanCatalog(plansDir).locate(plan);
    }

    @Option(names = "--verbose", description = "同时在终端显示运行日志（日志总是写入 <home>/logs/kaohe.log）")
    boolean verbose;

    /**
     * The log goes to {@code <home>/logs/kaohe.log}; the terminal shows only the command's own Chinese lines unless
     * --verbose asks for the log there too.
     */
    java.util.Map<String, Object> logging(Path home) {
        java.util.Map<String, Object> logging = new java.util.LinkedHashMap<>();
        logging.put("logging.file.name", home.resolve("logs").resolve("kaohe.log").toString());
        if (!verbose) {
            logging.put("logging.threshold.console", "OFF");
        }
        return logging;
    }

    /** Starts the application for a command that needs the database, with these options applied. */
    org.springframework.context.ConfigurableApplicationContext startApplication(java.util.Map<String, Object> more) {
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>(logging(home));
        properties.putAll(more);
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
