package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import kaohe.DatabaseSettings;
import org.junit.jupiter.api.Test;

/** What an operator reads when the database or the disk is the problem: one line, what and where. */
class OperatorErrorsTests {

    private static final DatabaseSettings MYSQL = new DatabaseSettings("jdbc:mysql://db.example:3307/kaohe?useSSL=false", "kaohe", "pw");

    @Test
    void anUnreachableServerIsNamedByHostAndPort() {
        Exception failure = new IllegalStateException("context failed",
                new SQLNonTransientConnectionException("Communications link failure", "08S01", new ConnectException("Connection refused")));

        assertThat(OperatorErrors.describe(failure, MYSQL)).contains("无法连接数据库 db.example:3307：服务器未启动、地址或端口有误，或网络不通");
    }

    @Test
    void aRefusedLoginNamesTheUser() {
        Exception failure = new RuntimeException(new SQLException("Access denied for user 'kaohe'@'localhost'", "28000", 1045));

        assertThat(OperatorErrors.describe(failure, MYSQL)).contains("数据库 db.example:3307 拒绝了用户“kaohe”的登录：用户名或密码错误");
    }

    @Test
    void aMissingPrivilegeSaysWhichAreNeeded() {
        Exception failure = new RuntimeException(new SQLException("CREATE command denied to user 'kaohe'", "42000", 1142));

        assertThat(OperatorErrors.describe(failure, MYSQL).orElseThrow()).startsWith("数据库用户“kaohe”在 db.example:3307 上缺少所需权限")
                .contains("CREATE");
    }

    @Test
    void aFullDiskNamesTheFileThatCouldNotBeWritten() {
        Exception failure = new java.io.UncheckedIOException(new FileSystemException("var/archive/2019Q2/x.xlsx", null, "No space left on device"));

        assertThat(OperatorErrors.describe(failure, MYSQL)).contains("磁盘空间已满，无法写入 var/archive/2019Q2/x.xlsx：请清理磁盘后重新运行，已处理的文件不会重复计入");
    }

    @Test
    void theEmbeddedDatabaseInUseByAnotherProcessIsSaidSo() {
        DatabaseSettings embedded = DatabaseSettings.embedded(java.nio.file.Path.of("var"));
        Exception failure = new RuntimeException(new SQLException("Database may be already in use: null. Possible solutions", "90020", 90020));

        assertThat(OperatorErrors.describe(failure, embedded).orElseThrow()).startsWith("嵌入式数据库 ").contains("正被另一个 Kaohe 进程使用")
                .contains("db/kaohe");
    }

    @Test
    void otherFailuresAreNotDressedUpAsOperatorErrors() {
        assertThat(OperatorErrors.describe(new IllegalStateException("a bug"), MYSQL)).isEmpty();
    }

    @Test
    void whereDefaultsTheMysqlPort() {
        assertThat(OperatorErrors.where(new DatabaseSettings("jdbc:mysql://127.0.0.1/test", "root", ""))).isEqualTo("127.0.0.1:3306");
    }
}
