package org.homelessgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts Neo4j Community embedded with Bolt on loopback and APOC core, for the product's
 * one-command start and for the tests. It talks to its Node parent in JSON lines on stdout
 * ({"event":"ready"|"error"|"stopped",...}) and stops when its stdin closes, so it never
 * outlives the parent, and on SIGINT/SIGTERM through a shutdown hook.
 *
 * <p>Environment: NEO4J_BOLT_PORT (7687), NEO4J_DATA_DIR (required), NEO4J_PAGECACHE (256m),
 * NEO4J_PASSWORD (required), NEO4J_PLUGIN_DIR (required), NEO4J_TX_TIMEOUT_SECONDS (60). Heap is set
 * by the parent with -Xms/-Xmx.
 */
public final class Launcher {
  private static final String HOST = "127.0.0.1";

  private Launcher() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    int port;
    try {
      port = Integer.parseInt(env.getOrDefault("NEO4J_BOLT_PORT", "7687"));
    } catch (NumberFormatException e) {
      fail("BAD_CONFIG", "NEO4J_BOLT_PORT is not a number: " + env.get("NEO4J_BOLT_PORT"), "Set it to a free port such as 7687.");
      return;
    }
    String dataDir = required(env, "NEO4J_DATA_DIR");
    String password = required(env, "NEO4J_PASSWORD");
    String pluginDir = required(env, "NEO4J_PLUGIN_DIR");
    long pageCache = parseBytes(env.getOrDefault("NEO4J_PAGECACHE", "256m"));
    Duration txTimeout;
    try {
      txTimeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("NEO4J_TX_TIMEOUT_SECONDS", "60")));
    } catch (NumberFormatException e) {
      fail("BAD_CONFIG", "NEO4J_TX_TIMEOUT_SECONDS is not a whole number of seconds.", "Use a number such as 60.");
      return;
    }

    if (!portIsFree(port)) {
      fail("PORT_IN_USE", "Bolt port " + HOST + ":" + port + " is already in use.",
          "Stop whatever listens there (another Neo4j?) or set NEO4J_BOLT_PORT to a free port.");
      return;
    }

    Path home = Path.of(dataDir).toAbsolutePath();
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      fail("DATA_DIR", "Cannot create the data folder " + home + ": " + e.getMessage(),
          "Check the folder's permissions or set NEO4J_DATA_DIR to a writable folder.");
      return;
    }

    DatabaseManagementService service;
    try {
      service = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.plugin_dir, Path.of(pluginDir).toAbsolutePath())
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
          // No query may hold the database longer than this, whoever sent it.
          .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
          .build();
    } catch (Throwable t) {
      String why = rootMessage(t);
      if (why.toLowerCase(Locale.ROOT).contains("lock")) {
        fail("STORE_LOCKED", "The database in " + home + " is locked by another process: " + why,
            "Stop the other Neo4j that uses this folder (or wait for it to exit), or set NEO4J_DATA_DIR to another folder.");
      } else if (why.toLowerCase(Locale.ROOT).contains("address already in use")) {
        fail("PORT_IN_USE", "Bolt port " + HOST + ":" + port + " is already in use: " + why,
            "Stop whatever listens there or set NEO4J_BOLT_PORT to a free port.");
      } else {
        fail("START_FAILED", "Neo4j did not start: " + why, "See " + home.resolve("logs/debug.log") + " for details.");
      }
      return;
    }

    AtomicBoolean stopped = new AtomicBoolean(false);
    CountDownLatch done = new CountDownLatch(1);
    Runnable stop = () -> {
      if (stopped.compareAndSet(false, true)) {
        try {
          service.shutdown();
        } finally {
          emit("{\"event\":\"stopped\"}");
          done.countDown();
        }
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    try {
      // The built-in user gets the password the parent chose; CHANGE NOT REQUIRED so drivers can log in.
      service.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (Throwable t) {
      // On a restart the password is already the one we set, and Neo4j refuses to "change" it to itself.
      if (!rootMessage(t).contains("Old password and new password cannot be the same")) {
        fail("START_FAILED", "Could not set the database password: " + rootMessage(t),
            "Delete the file .password and the data folder " + home + ", then start again.");
      }
    }

    emit("{\"event\":\"ready\",\"bolt\":\"bolt://" + HOST + ":" + port + "\",\"dataDir\":" + quote(home.toString())
        + ",\"neo4j\":" + quote(org.neo4j.kernel.internal.Version.getNeo4jVersion()) + "}");

    // The parent holds our stdin open; when it closes (the parent exited or died), stop.
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // Input is ignored; only the end of the stream matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same as end of stream.
      }
      stop.run();
      System.exit(0);
    }, "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();

    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      fail("BAD_CONFIG", name + " is not set.", "Start the database through npm start or the test setup, which set it.");
    }
    return value;
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** "512m", "1g", "1048576" to bytes. */
  static long parseBytes(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("k")) {
      unit = 1024L;
    } else if (t.endsWith("m")) {
      unit = 1024L * 1024;
    } else if (t.endsWith("g")) {
      unit = 1024L * 1024 * 1024;
    }
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
    try {
      return Long.parseLong(digits) * unit;
    } catch (NumberFormatException e) {
      fail("BAD_CONFIG", "NEO4J_PAGECACHE is not a size: " + text, "Use a size such as 256m or 1g.");
      return 0;
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    StringBuilder all = new StringBuilder(String.valueOf(t.getMessage()));
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      all.append(" / ").append(root.getMessage());
    }
    return all.toString();
  }

  private static void fail(String code, String message, String hint) {
    emit("{\"event\":\"error\",\"code\":" + quote(code) + ",\"message\":" + quote(message) + ",\"hint\":" + quote(hint) + "}");
    System.exit(2);
  }

  private static synchronized void emit(String json) {
    System.out.println(json);
    System.out.flush();
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
