package org.sightline.server.access;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.sightline.store.PostgresLocation;
import org.sightline.store.StoreLocator;

/**
 * {@link AccountStore} in the store's own database, SQLite file or PostgreSQL, on a connection of
 * its own. The SQL is the same for both; only the migrations' column types and SQLite's pragmas
 * differ. On SQLite, WAL lets it read while the store writes, and the busy timeout makes a writer
 * wait for the other instead of failing.
 */
public final class JdbcAccountStore implements AccountStore {
    private final Connection connection;

    private final UploadJobs uploadJobs = new JdbcUploadJobs(this);

    private JdbcAccountStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens the account tables of the store {@code db} names (a path, or a PostgreSQL URL as for {@code --db}). */
    public static JdbcAccountStore open(String db) {
        boolean postgres = PostgresLocation.matches(db);
        PostgresLocation pg = postgres ? PostgresLocation.parse(db) : null;
        String url = postgres ? pg.jdbcUrl() : "jdbc:sqlite:" + Path.of(db).toAbsolutePath();
        String user = postgres ? pg.user() : null;
        String password = postgres ? pg.password() : null;
        String where = StoreLocator.describe(db);
        try {
            // Its own history table, so the store's migrations and the server's never see each other.
            // Common scripts, plus per database what only it needs (SQLite's table rebuilds).
            Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/server/common", postgres ? "classpath:db/server/postgresql" : "classpath:db/server/sqlite")
                    .placeholders(postgres ? Map.of("id", "BIGSERIAL", "ref", "BIGINT") : Map.of("id", "INTEGER", "ref", "INTEGER"))
                    .table("flyway_server_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
            Connection c = DriverManager.getConnection(url, user, password);
            if (!postgres) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = WAL");
                    st.execute("PRAGMA foreign_keys = ON");
                    st.execute("PRAGMA busy_timeout = 10000");
                }
            }
            return new JdbcAccountStore(c);
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("cannot open the account tables in " + where + ": " + e.getMessage(), e);
        }
    }

    /** Whether the store {@code db} names holds the server's account tables (without making them). */
    public static boolean presentIn(String db) {
        boolean postgres = PostgresLocation.matches(db);
        if (!postgres && !java.nio.file.Files.exists(Path.of(db))) {
            return false;
        }
        PostgresLocation pg = postgres ? PostgresLocation.parse(db) : null;
        String url = postgres ? pg.jdbcUrl() : "jdbc:sqlite:" + Path.of(db).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, postgres ? pg.user() : null, postgres ? pg.password() : null);
             ResultSet r = c.getMetaData().getTables(null, null, "server_collections", null)) {
            return r.next();
        } catch (SQLException e) {
            return false;
        }
    }

    public static JdbcAccountStore open(Path dbFile) {
        return open(dbFile.toString());
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    synchronized <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet r = st.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(row.map(r));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("account store: " + e.getMessage(), e);
        }
    }

    synchronized long update(String sql, Object... params) {
        try (PreparedStatement st = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(st, params);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            // SQLite names the constraint; PostgreSQL gives the SQL state of a unique violation.
            if ("23505".equals(e.getSQLState()) || e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                throw new IllegalArgumentException("already exists", e);
            }
            throw new IllegalStateException("account store: " + e.getMessage(), e);
        }
    }

    /** Runs a statement; how many rows it changed (so a caller can say when nothing was). */
    synchronized int changed(String sql, Object... params) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, params);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("account store: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement st, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }

    static String now() {
        return Instant.now().toString();
    }

    private static User user(ResultSet r) throws SQLException {
        return new User(r.getLong("id"), r.getString("name"), Role.valueOf(r.getString("role")), r.getInt("disabled") != 0);
    }

    private static Collection collection(ResultSet r) throws SQLException {
        return new Collection(r.getLong("id"), r.getString("name"), Tlp.valueOf(r.getString("tlp")));
    }

    @Override
    public List<User> users() {
        return list("SELECT * FROM server_users ORDER BY name", JdbcAccountStore::user);
    }

    @Override
    public Optional<User> user(long id) {
        return list("SELECT * FROM server_users WHERE id = ?", JdbcAccountStore::user, id).stream().findFirst();
    }

    @Override
    public Optional<User> userByName(String name) {
        return list("SELECT * FROM server_users WHERE name = ?", JdbcAccountStore::user, name).stream().findFirst();
    }

    @Override
    public User createUser(String name, String passwordHash, Role role) {
        long id = update("INSERT INTO server_users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                name, passwordHash, role.name(), now());
        return user(id).orElseThrow();
    }

    @Override
    public Optional<String> passwordHash(long userId) {
        return list("SELECT password_hash FROM server_users WHERE id = ?", r -> r.getString(1), userId).stream().findFirst();
    }

    @Override
    public void setPasswordHash(long userId, String passwordHash) {
        update("UPDATE server_users SET password_hash = ? WHERE id = ?", passwordHash, userId);
    }

    @Override
    public void setRole(long userId, Role role) {
        update("UPDATE server_users SET role = ? WHERE id = ?", role.name(), userId);
    }

    @Override
    public void setDisabled(long userId, boolean disabled) {
        update("UPDATE server_users SET disabled = ? WHERE id = ?", disabled ? 1 : 0, userId);
    }

    @Override
    public TokenInfo addToken(long userId, String tokenHash, String label, Instant expiresAt) {
        String at = now();
        // Whole seconds: every stored expiry has one format, as people and the migration write it.
        String until = expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        long id = update("INSERT INTO server_tokens (user_id, token_hash, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                userId, tokenHash, label, at, until);
        return new TokenInfo(id, label, at, until);
    }

    @Override
    public Optional<TokenGrant> tokenByHash(String tokenHash) {
        return list("SELECT u.*, t.expires_at AS token_expires_at FROM server_tokens t JOIN server_users u ON u.id = t.user_id"
                        + " WHERE t.token_hash = ?",
                r -> new TokenGrant(user(r), r.getString("token_expires_at")), tokenHash).stream().findFirst();
    }

    @Override
    public List<TokenInfo> tokens(long userId) {
        return list("SELECT id, label, created_at, expires_at FROM server_tokens WHERE user_id = ? ORDER BY id",
                r -> new TokenInfo(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)), userId);
    }

    @Override
    public int deleteTokens(long userId) {
        return changed("DELETE FROM server_tokens WHERE user_id = ?", userId);
    }

    @Override
    public long sessionEpoch(long userId) {
        return list("SELECT session_epoch FROM server_users WHERE id = ?", r -> r.getLong(1), userId).stream().findFirst().orElse(0L);
    }

    @Override
    public synchronized long endSessions(long userId) {
        changed("UPDATE server_users SET session_epoch = session_epoch + 1 WHERE id = ?", userId);
        return sessionEpoch(userId);
    }

    @Override
    public Optional<User> userInSession(long userId, long epoch) {
        return list("SELECT * FROM server_users WHERE id = ? AND session_epoch = ?", JdbcAccountStore::user, userId, epoch)
                .stream().findFirst();
    }

    @Override
    public boolean deleteToken(long userId, long tokenId) {
        return changed("DELETE FROM server_tokens WHERE user_id = ? AND id = ?", userId, tokenId) > 0;
    }

    @Override
    public Optional<Long> tokenOwner(long tokenId) {
        return list("SELECT user_id FROM server_tokens WHERE id = ?", r -> r.getLong(1), tokenId).stream().findFirst();
    }

    @Override
    public List<Collection> collections() {
        return list("SELECT * FROM server_collections ORDER BY id", JdbcAccountStore::collection);
    }

    @Override
    public Optional<Collection> collection(long id) {
        return list("SELECT * FROM server_collections WHERE id = ?", JdbcAccountStore::collection, id).stream().findFirst();
    }

    @Override
    public Collection shared() {
        return list("SELECT * FROM server_collections WHERE name = ?", JdbcAccountStore::collection, Collection.SHARED)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("the Shared collection is missing"));
    }

    @Override
    public Collection createCollection(String name, Tlp tlp) {
        long id = update("INSERT INTO server_collections (name, tlp, created_at) VALUES (?, ?, ?)", name, tlp.name(), now());
        return collection(id).orElseThrow();
    }

    @Override
    public void setTlp(long collectionId, Tlp tlp) {
        update("UPDATE server_collections SET tlp = ? WHERE id = ?", tlp.name(), collectionId);
    }

    @Override
    public boolean addMember(long collectionId, long userId) {
        if (memberships(userId).contains(collectionId)) {
            return false;
        }
        update("INSERT INTO server_members (collection_id, user_id) VALUES (?, ?)", collectionId, userId);
        return true;
    }

    @Override
    public boolean removeMember(long collectionId, long userId) {
        return changed("DELETE FROM server_members WHERE collection_id = ? AND user_id = ?", collectionId, userId) > 0;
    }

    @Override
    public Set<Long> memberships(long userId) {
        return new HashSet<>(list("SELECT collection_id FROM server_members WHERE user_id = ?", r -> r.getLong(1), userId));
    }

    @Override
    public List<User> members(long collectionId) {
        return list("SELECT u.* FROM server_members m JOIN server_users u ON u.id = m.user_id WHERE m.collection_id = ? ORDER BY u.name",
                JdbcAccountStore::user, collectionId);
    }

    @Override
    public void file(long collectionId, String documentId, String filedBy, org.sightline.core.DocumentMetadata m) {
        if (list("SELECT 1 FROM server_filings WHERE collection_id = ? AND document_id = ?", r -> 1, collectionId, documentId).isEmpty()) {
            update("INSERT INTO server_filings (collection_id, document_id, filed_by, filed_at, title, source, url, published,"
                            + " file_name, media_type, has_metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    collectionId, documentId, filedBy, now(), m == null ? null : m.title(), m == null ? null : m.source(),
                    m == null ? null : m.url(), m == null ? null : m.published(), m == null ? null : m.path(),
                    m == null ? null : m.mediaType(), m == null ? 0 : 1);
        }
    }

    @Override
    public Map<String, List<Filing>> filingRecords() {
        Map<String, List<Filing>> map = new HashMap<>();
        list("SELECT * FROM server_filings ORDER BY filed_at, collection_id", r -> {
            org.sightline.core.DocumentMetadata m = r.getInt("has_metadata") == 0 ? null
                    : new org.sightline.core.DocumentMetadata(r.getString("title"), r.getString("source"), r.getString("url"),
                            r.getString("published"), r.getString("file_name"), r.getString("media_type"));
            return map.computeIfAbsent(r.getString("document_id"), k -> new ArrayList<>())
                    .add(new Filing(r.getLong("collection_id"), r.getString("document_id"), m, r.getString("filed_at"),
                            r.getString("filed_by")));
        });
        return map;
    }

    @Override
    public Set<Long> filingsOf(String documentId) {
        return new HashSet<>(list("SELECT collection_id FROM server_filings WHERE document_id = ?", r -> r.getLong(1), documentId));
    }

    @Override
    public Map<String, Set<Long>> filings() {
        Map<String, Set<Long>> map = new HashMap<>();
        list("SELECT document_id, collection_id FROM server_filings",
                r -> map.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getLong(2)));
        return map;
    }

    @Override
    public int documentCount(long collectionId) {
        return list("SELECT COUNT(*) FROM server_filings WHERE collection_id = ?", r -> r.getInt(1), collectionId).get(0);
    }

    @Override
    public void audit(String actor, String action, String target, String outcome, String detail) {
        update("INSERT INTO server_audit (at, actor, action, target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)",
                now(), actor, action, target, outcome, detail);
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return list("SELECT * FROM server_audit ORDER BY id DESC LIMIT ?", r -> new AuditEntry(r.getLong("id"), r.getString("at"),
                r.getString("actor"), r.getString("action"), r.getString("target"), r.getString("outcome"), r.getString("detail")), limit);
    }

    @Override
    public UploadJobs uploadJobs() {
        return uploadJobs;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing to save
        }
    }
}
