package org.sightline.server.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The server's users, API tokens, collections (with members and filed documents) and audit log,
 * kept in the store's database in tables of their own. Implementations: {@link JdbcAccountStore}.
 */
public interface AccountStore extends AutoCloseable {
    List<User> users();

    Optional<User> user(long id);

    Optional<User> userByName(String name);

    /** @throws IllegalArgumentException when the name is taken */
    User createUser(String name, String passwordHash, Role role);

    Optional<String> passwordHash(long userId);

    void setPasswordHash(long userId, String passwordHash);

    void setRole(long userId, Role role);

    void setDisabled(long userId, boolean disabled);

    /** A token that acts as the user until {@code expiresAt}. */
    TokenInfo addToken(long userId, String tokenHash, String label, java.time.Instant expiresAt);

    /** The token's user and expiry, expired or not: the caller checks, and says which it was. */
    Optional<TokenGrant> tokenByHash(String tokenHash);

    /** Deletes every token of the user; how many there were. */
    int deleteTokens(long userId);

    /**
     * The user's session epoch: a session is theirs only while it holds the epoch it was signed in
     * under. Starts at 0.
     */
    long sessionEpoch(long userId);

    /** Ends every session of the user (they hold an older epoch now); the new epoch. */
    long endSessions(long userId);

    /** The user of a session signed in under {@code epoch}; empty when the user's epoch has moved on since. */
    Optional<User> userInSession(long userId, long epoch);

    List<TokenInfo> tokens(long userId);

    /** Deletes the user's token; false when they hold no token of that id (nothing was deleted). */
    boolean deleteToken(long userId, long tokenId);

    /** Whose token this id is, if it exists: for the audit log only, never for an answer. */
    Optional<Long> tokenOwner(long tokenId);

    List<Collection> collections();

    Optional<Collection> collection(long id);

    Collection shared();

    /** @throws IllegalArgumentException when the name is taken */
    Collection createCollection(String name, Tlp tlp);

    void setTlp(long collectionId, Tlp tlp);

    /** False when the user already was a member. */
    boolean addMember(long collectionId, long userId);

    /** False when the user was no member (nothing removed). */
    boolean removeMember(long collectionId, long userId);

    /** Collection ids the user is a member of. */
    Set<Long> memberships(long userId);

    List<User> members(long collectionId);

    /** Files a document in a collection (again: no change). */
    default void file(long collectionId, String documentId, String filedBy) {
        file(collectionId, documentId, filedBy, null);
    }

    /** Files a document in a collection under the metadata it came with (null: none kept); again: no change. */
    void file(long collectionId, String documentId, String filedBy, org.sightline.core.DocumentMetadata metadata);

    /** Every filing with its metadata, by document id, in the order they were made. */
    Map<String, List<Filing>> filingRecords();

    /** The ids of the collections a document is filed in (none: it is in Shared, unfiled). */
    Set<Long> filingsOf(String documentId);

    /** Every filing: document id to the ids of its collections. */
    Map<String, Set<Long>> filings();

    int documentCount(long collectionId);

    void audit(String actor, String action, String target, String outcome, String detail);

    /** The latest entries, newest first. */
    List<AuditEntry> audit(int limit);

    @Override
    void close();

    /** The queue of uploads waiting to be read, kept beside the accounts. */
    UploadJobs uploadJobs();
}
