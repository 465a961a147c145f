package kaohe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real DataSource that counts the statements prepared through it, for tests that a load is set-based:
 * one query per table, not one per unit.
 */
public final class StatementCount {

    private final AtomicInteger prepared = new AtomicInteger();
    private final AtomicInteger savepoints = new AtomicInteger();
    private final DataSource dataSource;

    public StatementCount(DataSource target) {
        this.dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? counting(c) : result;
                });
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public int prepared() {
        return prepared.get();
    }

    /** Savepoints made through it. */
    public int savepoints() {
        return savepoints.get();
    }

    public void reset() {
        prepared.set(0);
        savepoints.set(0);
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                        prepared.incrementAndGet();
                    } else if (method.getName().equals("setSavepoint")) {
                        savepoints.incrementAndGet();
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
