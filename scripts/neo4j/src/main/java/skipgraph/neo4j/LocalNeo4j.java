package skipgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;

/**
 * A throw-away Neo4j Community 5.26 server in this JVM, for tests and local development: Bolt and
 * HTTP (with the Query API) on free loopback ports, authentication on with a known password, the
 * data in a temporary directory removed on exit. Prints one line, {@code NEO4J_READY {json}}, once
 * the server answers, and stops when its standard input closes or on SIGTERM/SIGINT, so a parent
 * that dies takes the server with it.
 *
 * <p>Environment: NEO4J_PASSWORD (default {@code skipgraph-local}), NEO4J_PAGECACHE (default
 * {@code 256m}), NEO4J_TX_TIMEOUT_S (server-side cap on any transaction, default 60),
 * NEO4J_DATA_DIR (keep the data there instead of a temporary directory).
 */
public final class LocalNeo4j {
  private static final String DEFAULT_PASSWORD = "skipgraph-local";

  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    String password = envOr("NEO4J_PASSWORD", DEFAULT_PASSWORD);
    if (password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
      System.exit(2);
    }
    String keptDir = System.getenv("NEO4J_DATA_DIR");
    Path dir = keptDir != null && !keptDir.isBlank()
        ? Files.createDirectories(Path.of(keptDir))
        : Files.createTempDirectory("skipgraph-neo4j-");
    boolean removeDir = keptDir == null || keptDir.isBlank();

    long started = System.nanoTime();
    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(dir)
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
        .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", 0))
        .withConfig(HttpConnector.enabled, true)
        .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", 0))
        .withConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", 0))
        .withConfig(ServerSettings.http_enabled_modules,
            Set.of(ConfigurableServerModules.TRANSACTIONAL_ENDPOINTS,
                ConfigurableServerModules.QUERY_API_ENDPOINTS))
        // Each Query API request waiting on a lock holds a web thread, and the default is one per
        // core: on a two-core machine, two waiters starve the commit that would free the lock.
        .withConfig(ServerSettings.webserver_max_threads, 64)
        .withConfig(GraphDatabaseSettings.auth_enabled, true)
        .withConfig(GraphDatabaseSettings.udc_enabled, false)
        .withConfig(BoltConnector.server_bolt_telemetry_enabled, false)
        // A throw-away server: stop in a second or two, not after Bolt's default grace periods.
        .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .withConfig(GraphDatabaseSettings.pagecache_memory,
            parseBytes(envOr("NEO4J_PAGECACHE", "256m")))
        // A transaction nobody finishes (a client that died mid-way) is ended by the server.
        .withConfig(GraphDatabaseSettings.transaction_timeout,
            Duration.ofSeconds(Long.parseLong(envOr("NEO4J_TX_TIMEOUT_S", "60"))))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop = () -> {
      long stopping = System.nanoTime();
      try {
        neo4j.close();
        System.err.println("NEO4J_STOPPED in " + (System.nanoTime() - stopping) / 1_000_000 + " ms");
      } finally {
        if (removeDir) deleteQuietly(dir);
        stopped.countDown();
      }
    };
    Thread hook = new Thread(stop, "neo4j-stop");
    Runtime.getRuntime().addShutdownHook(hook);

    // The harness starts with auth on and the default user's password still to be changed.
    neo4j.databaseManagementService()
        .database("system")
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            java.util.Map.of("password", password));
    neo4j.defaultDatabaseService().executeTransactionally("RETURN 1");

    URI bolt = neo4j.boltURI();
    URI http = neo4j.httpURI();
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("NEO4J_READY {\"bolt\":\"" + stripSlash(bolt) + "\",\"http\":\"" + stripSlash(http)
        + "\",\"queryApi\":\"" + stripSlash(http) + "/db/neo4j/query/v2\",\"user\":\"neo4j\""
        + ",\"password\":\"" + json(password) + "\",\"database\":\"neo4j\",\"version\":\""
        + neo4jVersion() + "\",\"startMs\":" + ms + ",\"pid\":" + ProcessHandle.current().pid()
        + "}");
    System.out.flush();

    // Stop when the parent closes our stdin (or dies, which closes it too).
    InputStream in = System.in;
    try {
      while (in.read() != -1) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe is an end of input as well.
    }
    Runtime.getRuntime().removeShutdownHook(hook);
    stop.run();
    stopped.await();
    System.exit(0);
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static long parseBytes(String text) {
    String t = text.trim().toLowerCase();
    long unit = 1;
    if (t.endsWith("g")) unit = 1L << 30;
    else if (t.endsWith("m")) unit = 1L << 20;
    else if (t.endsWith("k")) unit = 1L << 10;
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
    return Long.parseLong(digits) * unit;
  }

  private static String stripSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String neo4jVersion() {
    Package p = Neo4j.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "5.26" : v;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary directory left behind is harmless; the server is stopped either way.
    }
  }
}
