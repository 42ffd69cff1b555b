package cn.haitang.console.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The test suite reaches MariaDB through this small TCP relay, so a test can make the database
 * unreachable ({@link #cut()}) and bring it back ({@link #restore()}) exactly as a network outage
 * would, without touching the server that CI and other runs share.
 */
@Component
public class DatabaseProxy implements BeanPostProcessor {

    private static final Pattern HOST_PORT = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)(/.*)");

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private ServerSocket server;
    private String targetHost;
    private int targetPort;
    private HikariDataSource pool;

    /** Points the application's pool at the relay before it opens its first connection. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && server == null) {
            Matcher m = HOST_PORT.matcher(dataSource.getJdbcUrl());
            if (m.matches()) {
                targetHost = m.group(1);
                targetPort = Integer.parseInt(m.group(2));
                start();
                pool = dataSource;
                String url = "jdbc:mariadb://127.0.0.1:" + server.getLocalPort() + m.group(3);
                dataSource.setJdbcUrl(url);
                // the pool's connections count the statements each thread prepares (StatementCounter)
                try {
                    org.mariadb.jdbc.MariaDbDataSource raw = new org.mariadb.jdbc.MariaDbDataSource(url);
                    raw.setUser(dataSource.getUsername());
                    raw.setPassword(dataSource.getPassword());
                    dataSource.setDataSource(StatementCounter.wrap(raw));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("Cannot reach the database through the relay", e);
                }
            }
        }
        return bean;
    }

    /** Drops every connection and refuses new ones, like a database server gone from the network. */
    public void cut() {
        cut = true;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    /**
     * Lets connections through again and replaces every pooled one: a connection cut in the middle of an
     * exchange can come back to the pool with half a reply unread, and the next test that borrows it reads a
     * stranger's result ("unexpected ResultSet") or waits forever.
     */
    public void restore() {
        cut = false;
        if (pool != null && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private void start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the database relay", e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (cut) {
                        closeQuietly(client);
                        continue;
                    }
                    Socket upstream = new Socket(targetHost, targetPort);
                    // without this, Nagle's algorithm on the relay held back the tail of any result over
                    // one 16 KB read until the peer's delayed ACK: ~40 ms on every large result in tests
                    client.setTcpNoDelay(true);
                    upstream.setTcpNoDelay(true);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // a refused or broken connection: the driver sees it and reports it
                }
            }
        }, "db-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[65536];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // connection closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "db-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

}
