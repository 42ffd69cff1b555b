package cn.haitang.console.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts the SQL statements the current thread prepares, for tests that guard against a query per row
 * (N+1): the suite's pool takes its connections through {@link #wrap} (see {@link DatabaseProxy}), and
 * {@link #count} runs a piece of work with the counter on. Statements of other threads (the search indexer,
 * scheduled jobs) are not counted.
 */
public final class StatementCounter {

    private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    private StatementCounter() {
    }

    /** How many statements the work prepared on this thread. */
    public static int count(Runnable work) {
        AtomicInteger counter = new AtomicInteger();
        COUNTING.set(counter);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return counter.get();
    }

    /** A data source whose connections count the statements prepared on them. */
    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (STATEMENTS.contains(method.getName())) {
                AtomicInteger counter = COUNTING.get();
                if (counter != null) {
                    counter.incrementAndGet();
                    if (System.getenv("STATEMENTS_PRINT") != null && args != null && args.length > 0) {
                        System.out.println("SQL " + String.valueOf(args[0]).replaceAll("\\s+", " "));
                    }
                }
            }
            if (method.getName().equals("unwrap") && args[0] == Connection.class) {
                return proxy;
            }
            return invoke(target, method, args);
        };
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
