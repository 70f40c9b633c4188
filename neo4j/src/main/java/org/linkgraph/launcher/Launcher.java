package org.linkgraph.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community in-process with Bolt on 127.0.0.1, for machines without Docker.
 *
 * Everything is set from the environment (see README "Configuration"):
 *   NEO4J_BOLT_PORT (7687), NEO4J_HOME (./.neo4j), NEO4J_PLUGINS_DIR (target/plugins next to the jar),
 *   NEO4J_PAGECACHE (512m), NEO4J_PASSWORD (devpassword, min 8 chars), NEO4J_TX_MEMORY_MAX (1g).
 * The heap is a JVM flag (-Xmx), set by the start script from NEO4J_HEAP.
 *
 * Prints "READY bolt://127.0.0.1:PORT" once Bolt accepts connections; SIGTERM shuts down cleanly.
 * Exit codes: 2 bad configuration, 3 port in use, 4 start failure.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = intEnv("NEO4J_BOLT_PORT", 7687);
        Path home = Path.of(env("NEO4J_HOME", ".neo4j")).toAbsolutePath();
        Path plugins = Path.of(env("NEO4J_PLUGINS_DIR", defaultPluginsDir())).toAbsolutePath();
        String pageCache = env("NEO4J_PAGECACHE", "512m");
        String txMemoryMax = env("NEO4J_TX_MEMORY_MAX", "1g");
        String password = env("NEO4J_PASSWORD", "devpassword");
        if (password.length() < 8) {
            fail(2, "NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum); got " + password.length());
        }
        if (!portIsFree(port)) {
            fail(3, "port " + HOST + ":" + port + " is already in use. Stop whatever listens there "
                    + "(another Neo4j? `npm run db:stop`) or choose another port with NEO4J_BOLT_PORT.");
        }
        Files.createDirectories(home);

        long started = System.nanoTime();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", HOST + ":" + port);
        config.put("server.bolt.advertised_address", HOST + ":" + port);
        config.put("server.http.enabled", "false");
        config.put("server.https.enabled", "false");
        config.put("server.memory.pagecache.size", pageCache);
        config.put("db.memory.transaction.max", txMemoryMax);
        config.put("db.tx_log.preallocate", "false");
        config.put("dbms.security.auth_enabled", "true");
        config.put("server.directories.plugins", plugins.toString());
        config.put("dbms.security.procedures.unrestricted", "apoc.*,gds.*");

        // The typed Setting objects moved between 5.x releases; a generated neo4j.conf with the
        // documented setting names is stable and readable for whoever debugs the store later.
        Path conf = home.resolve("neo4j.conf");
        StringBuilder text = new StringBuilder("# written by the launcher at every start\n");
        config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, text);

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        } catch (RuntimeException e) {
            fail(4, "Neo4j did not start: " + rootMessage(e) + " (store in " + home + ", logs in " + home.resolve("logs") + ")");
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            service.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        setPassword(service, password);
        GraphDatabaseService db = service.database("neo4j");
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            fail(4, "database 'neo4j' did not become available within 2 minutes; see " + home.resolve("logs/debug.log"));
        }
        waitForBolt(port);
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("READY bolt://" + HOST + ":" + port + " in " + ms + " ms (home " + home + ")");
        stopped.await();
    }

    private static void setPassword(DatabaseManagementService service, String password) {
        try (var tx = service.database("system").beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            tx.commit();
        } catch (RuntimeException e) {
            // Re-setting the current password is refused by Neo4j; that is the normal restart case.
            if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        fail(4, "Bolt did not accept connections on " + HOST + ":" + port + " within 30 s");
    }

    private static String defaultPluginsDir() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("plugins").toString();
        } catch (Exception e) {
            return "plugins";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            sb.append(" <- ").append(t.getMessage());
        }
        return sb.toString();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static int intEnv(String name, int fallback) {
        String v = env(name, String.valueOf(fallback));
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1 || n > 65535) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            fail(2, name + " must be a port number between 1 and 65535; got '" + v + "'");
            return -1;
        }
    }

    private static void fail(int code, String message) {
        System.err.println("ERROR " + message);
        System.out.flush();
        Runtime.getRuntime().halt(code);
    }
}
