package org.disclosureledger.infra.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the database a JDBC URL names when it is missing, through the server's {@code postgres} maintenance
 * database, so that a deployment needs nothing but a role with CREATEDB. Tests use {@link #recreate} for a fresh
 * database per run.
 */
public final class PostgresDatabases {
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([A-Za-z0-9_]+)(\\?.*)?");

    private PostgresDatabases() {
    }

    /** Creates the database of {@code url} if it does not exist; true when it was created. */
    public static boolean ensureExists(String url, String user, String password) throws SQLException {
        Matcher parts = parts(url);
        try (Connection maintenance = connect(maintenanceUrl(parts), user, password)) {
            if (exists(maintenance, parts.group(2))) {
                return false;
            }
            try (Statement statement = maintenance.createStatement()) {
                statement.execute("CREATE DATABASE " + parts.group(2));
            }
            return true;
        }
    }

    private static final java.util.Set<String> RECREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** {@link #recreate} once per JVM and URL: a test run starts from an empty database, whatever ran before. */
    public static void recreateOnce(String url, String user, String password) throws SQLException {
        if (RECREATED.add(url)) {
            recreate(url, user, password);
        }
    }

    /** Drops the database of {@code url} (closing its connections) and creates it anew. */
    public static void recreate(String url, String user, String password) throws SQLException {
        Matcher parts = parts(url);
        try (Connection maintenance = connect(maintenanceUrl(parts), user, password);
             Statement statement = maintenance.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + parts.group(2) + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + parts.group(2));
        }
    }

    private static Matcher parts(String url) {
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException("expected a URL like jdbc:postgresql://host:5432/name with a plain database name: " + url);
        }
        return parts;
    }

    private static String maintenanceUrl(Matcher parts) {
        return parts.group(1) + "postgres" + (parts.group(3) == null ? "" : parts.group(3));
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isBlank()) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
