package kaohe.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Optional;
import kaohe.DatabaseSettings;

/**
 * The failures an operator can fix without reading a stack trace, said in one Chinese line with what
 * and where: the database that cannot be reached, refuses the login or the privilege, the disk that
 * is full. Anything else is reported as a failure with its exception; the trace goes to the log.
 */
final class OperatorErrors {

    private OperatorErrors() {
    }

    static Optional<String> describe(Throwable failure, DatabaseSettings database) {
        String where = database == null ? "" : where(database);
        String user = database == null || database.user() == null ? "" : database.user();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof kaohe.shared.Refusal problem) {
                return Optional.of(problem.getMessage());
            }
            if (t instanceof kaohe.shared.OperatorFailure operatorFailure) {
                return Optional.of(operatorFailure.getMessage());
            }
            if (t instanceof SQLException sql) {
                Optional<String> described = sql(sql, where, user, database);
                if (described.isPresent()) {
                    return described;
                }
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return Optional.of("无法连接数据库 " + where + "：服务器未启动、地址或端口有误，或网络不通");
            }
            if (t instanceof UnknownHostException) {
                return Optional.of("无法连接数据库 " + where + "：找不到主机“" + t.getMessage() + "”");
            }
            if (t instanceof FileSystemException fs && isDiskFull(fs.getMessage())) {
                return Optional.of("磁盘空间已满，无法写入 " + nz(fs.getFile()) + "：请清理磁盘后重新运行，已处理的文件不会重复计入");
            }
            if (t instanceof java.io.IOException io && isDiskFull(io.getMessage())) {
                return Optional.of("磁盘空间已满，写入失败：请清理磁盘后重新运行，已处理的文件不会重复计入");
            }
            if (t instanceof AccessDeniedException denied) {
                return Optional.of("没有权限读写 " + nz(denied.getFile()) + "：请检查该文件夹的属主和权限");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sql(SQLException e, String where, String user, DatabaseSettings database) {
        int code = e.getErrorCode();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (code == 1045 || state.equals("28000") || state.equals("28P01")) {
            return Optional.of("数据库 " + where + " 拒绝了用户“" + user + "”的登录：用户名或密码错误");
        }
        if (code == 1044 || code == 1142 || code == 1227 || code == 1370) {
            return Optional.of("数据库用户“" + user + "”在 " + where + " 上缺少所需权限（" + e.getMessage()
                    + "）：请授予该用户对本库的 SELECT、INSERT、UPDATE、DELETE、CREATE、ALTER、INDEX、DROP 权限");
        }
        if (code == 1049) {
            return Optional.of("数据库 " + where + " 不存在：请先建库（CREATE DATABASE … CHARACTER SET utf8mb4）");
        }
        if (code == 1021 || code == 1114 || (code == 3 && e.getMessage() != null && e.getMessage().contains("28"))) {
            return Optional.of("数据库服务器 " + where + " 磁盘已满或表已满（" + e.getMessage() + "）：请清理数据库服务器的磁盘");
        }
        if (code == 90020 || (e.getMessage() != null && e.getMessage().contains("Database may be already in use"))) {
            return Optional.of("嵌入式数据库 " + where + " 正被另一个 Kaohe 进程使用（例如正在运行的 serve）：请等它结束后再运行，"
                    + "或让各进程共用一个 MySQL 数据库");
        }
        if (state.startsWith("08")) {
            return Optional.of("无法连接数据库 " + where + "：服务器未启动、地址或端口有误，或网络不通");
        }
        return Optional.empty();
    }

    /** host:port of a MySQL URL, the file of the embedded database. */
    static String where(DatabaseSettings database) {
        String url = database.url();
        if (url.startsWith("jdbc:h2:file:")) {
            String path = url.substring("jdbc:h2:file:".length());
            return path.contains(";") ? path.substring(0, path.indexOf(';')) : path;
        }
        int start = url.indexOf("//");
        if (start < 0) {
            return url;
        }
        String rest = url.substring(start + 2);
        int end = rest.length();
        for (char c : new char[]{'/', '?', ';'}) {
            int i = rest.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        String hostPort = rest.substring(0, end);
        if (hostPort.contains("@")) {
            hostPort = hostPort.substring(hostPort.lastIndexOf('@') + 1);
        }
        return hostPort.contains(":") || hostPort.isEmpty() ? hostPort : hostPort + ":3306";
    }

    private static boolean isDiskFull(String message) {
        return message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
