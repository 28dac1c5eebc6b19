package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.platform.Language;

/**
 * Creating, changing and finding accounts one by one. Every change is audited in its own
 * transaction. Lists of accounts: {@link AccountDirectory}.
 */
@Stateless
public class AccountService {

  public static final String CREATED = "ACCOUNT_CREATED";
  public static final String UPDATED = "ACCOUNT_UPDATED";
  public static final String ROLES_CHANGED = "ACCOUNT_ROLES_CHANGED";
  public static final String DEACTIVATED = "ACCOUNT_DEACTIVATED";
  public static final String REACTIVATED = "ACCOUNT_REACTIVATED";
  public static final String PASSWORD_RESET = "PASSWORD_RESET";
  public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
  public static final String REGISTERED = "ACCOUNT_REGISTERED";
  public static final String IMPORTED = "ACCOUNTS_IMPORTED";

  /** A created account and the one-time password to hand to its owner, shown once. */
  public record Created(String username, String displayName, String oneTimePassword)
      implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private Clock clock;
  @Inject private LoginCapacity capacity;
  @Inject private jakarta.enterprise.event.Event<CountryChanged> moved;

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", Account.normalizeUsername(username))
        .getResultStream()
        .findFirst();
  }

  /**
   * Creates an account with a one-time password that must be replaced at first sign-in.
   *
   * @throws InvalidInputException naming each field that is wrong
   */
  public Created create(AccountDraft draft) {
    List<FieldProblem> problems = new ArrayList<>(draft.problems());
    if (problems.isEmpty() && findByUsername(draft.username()).isPresent()) {
      problems.add(
          new FieldProblem(0, AccountDraft.USERNAME, "problem.username_taken", draft.username()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String password = PasswordPolicy.oneTimePassword();
    Account account =
        persist(draft, capacity.hashingInTurn(() -> PasswordHasher.hash(password)), true);
    audit.record(CREATED, account.getUsername(), describe(account));
    return new Created(account.getUsername(), account.getDisplayName(), password);
  }

  /**
   * A learner registering themselves (only through a workshop's join code, which the caller has
   * checked): the profile the reports need and a password of their choosing.
   *
   * @throws InvalidInputException with every problem, by field, and nothing saved
   */
  public Account register(AccountDraft draft, String password) {
    List<FieldProblem> problems = new ArrayList<>(draft.problems());
    if (problems.isEmpty() && findByUsername(draft.username()).isPresent()) {
      problems.add(
          new FieldProblem(0, AccountDraft.USERNAME, "problem.username_taken", draft.username()));
    }
    PasswordPolicy.check(password)
        .ifPresent(
            problem -> problems.add(new FieldProblem(0, "password", problem.messageKey(), null)));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    // Anyone with a join code comes here: bounded like a sign-in, told "busy" rather than queued
    // for long.
    String hash =
        capacity
            .hashing(() -> PasswordHasher.hash(password))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(new FieldProblem(0, "", "login.busy", null))));
    Account account = persist(draft, hash, false);
    audit.record(account.getUsername(), REGISTERED, account.getUsername(), describe(account), null);
    return account;
  }

  /** Creates an account with a chosen password: the first admin, set up from the environment. */
  public Account createWithPassword(AccountDraft draft, String password, boolean mustChange) {
    Account account =
        persist(draft, capacity.hashingInTurn(() -> PasswordHasher.hash(password)), mustChange);
    audit.record(
        org.rightsacademy.platform.AuditEvent.SYSTEM,
        CREATED,
        account.getUsername(),
        describe(account),
        null);
    return account;
  }

  /**
   * Imports every row or none. Passwords are hashed one at a time in turn with sign-ins (see {@link
   * LoginCapacity#hashingInTurn}), never on every core at once.
   *
   * @throws InvalidInputException with every problem, by row and column, and nothing saved
   */
  public List<Created> importAll(AccountCsv.Parsed parsed) {
    List<FieldProblem> problems = new ArrayList<>(parsed.problems());
    if (problems.isEmpty()) {
      Set<String> taken = existing(parsed.drafts()).keySet();
      for (int i = 0; i < parsed.drafts().size(); i++) {
        String username = parsed.drafts().get(i).username();
        if (taken.contains(username)) {
          problems.add(
              new FieldProblem(
                  parsed.rows().get(i), AccountDraft.USERNAME, "problem.username_taken", username));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return createWithOneTimePasswords(parsed.drafts()).stream().map(Made::created).toList();
  }

  /** An account just created from a list, and what its owner must be told. */
  private record Made(long id, Created created) {}

  /**
   * Creates the accounts with one-time passwords (hashed in turn: this is the slow part), audited
   * as one import.
   */
  private List<Made> createWithOneTimePasswords(List<AccountDraft> drafts) {
    List<OneTimePassword> passwords =
        drafts.stream().map(draft -> OneTimePassword.issue(capacity)).toList();
    List<Account> accounts = createAll(drafts, passwords);
    List<Made> made = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      Account account = accounts.get(i);
      made.add(
          new Made(
              account.getId(),
              new Created(
                  account.getUsername(), account.getDisplayName(), passwords.get(i).password())));
    }
    return made;
  }

  /**
   * Creates accounts whose one-time passwords were hashed beforehand (outside any transaction, in
   * turn with sign-ins), in the caller's transaction, audited as one import.
   */
  public List<Account> createAll(List<AccountDraft> drafts, List<OneTimePassword> passwords) {
    List<Account> made = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      made.add(persist(drafts.get(i), passwords.get(i).hash(), true));
    }
    if (!made.isEmpty()) {
      em.flush();
      audit.record(
          IMPORTED,
          made.size() + " accounts",
          made.stream().map(Account::getUsername).collect(Collectors.joining(",")));
    }
    return made;
  }

  /** Gives an account a new one-time password hashed beforehand; its sessions end. */
  public Account renewOneTimePassword(long id, OneTimePassword password) {
    Account account = require(id);
    account.resetPassword(password.hash());
    audit.record(PASSWORD_RESET, account.getUsername(), "participant list run again");
    return account;
  }

  /**
   * The ids of the accounts that already have these drafts' usernames, by username, in one query.
   */
  private Map<String, Long> existing(List<AccountDraft> drafts) {
    Map<String, Long> ids = new HashMap<>();
    byUsernames(drafts.stream().map(AccountDraft::username).collect(Collectors.toSet()))
        .forEach((name, account) -> ids.put(name, account.getId()));
    return ids;
  }

  /** The accounts that have these (normalised) usernames, by username, in one query. */
  public Map<String, Account> byUsernames(java.util.Collection<String> usernames) {
    Map<String, Account> found = new HashMap<>();
    if (!usernames.isEmpty()) {
      Account.withRolesAndScopes(
              em.createQuery("SELECT a FROM Account a WHERE a.username IN :names", Account.class))
          .setParameter("names", Set.copyOf(usernames))
          .getResultList()
          .forEach(account -> found.put(account.getUsername(), account));
    }
    return found;
  }

  /** Saves the admin's edit of profile, roles and scope; refuses a stale form. */
  public Account update(long id, int expectedVersion, AccountDraft draft) {
    Account account =
        find(id)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(new FieldProblem(0, "", "problem.not_found", null))));
    if (account.getVersion() != expectedVersion) {
      // Someone else saved this account after the form was opened: never overwrite silently.
      throw new InvalidInputException(
          List.of(new FieldProblem(0, "", "problem.stale", account.getUsername())));
    }
    List<FieldProblem> problems =
        draft.problems().stream().filter(p -> !p.field().equals(AccountDraft.USERNAME)).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String rolesBefore = describeRoles(account);
    String countryBefore = account.getCountry();
    account.updateProfile(
        draft.displayName(),
        draft.email(),
        draft.country(),
        draft.institution(),
        draft.gender(),
        draft.language());
    account.grant(draft.roles(), draft.scope());
    audit.record(UPDATED, account.getUsername(), null);
    if (!rolesBefore.equals(describeRoles(account))) {
      audit.record(
          ROLES_CHANGED, account.getUsername(), rolesBefore + " -> " + describeRoles(account));
    }
    em.flush();
    announceMove(account, countryBefore);
    return account;
  }

  /** The person edits their own profile: not their username, roles or scope. */
  public Account updateOwnProfile(String username, int expectedVersion, AccountDraft draft) {
    Account account = findByUsername(username).orElseThrow();
    if (account.getVersion() != expectedVersion) {
      throw new InvalidInputException(
          List.of(new FieldProblem(0, "", "problem.stale", account.getUsername())));
    }
    List<FieldProblem> problems =
        draft.problems().stream()
            .filter(
                p ->
                    !Set.of(AccountDraft.USERNAME, AccountDraft.ROLES, AccountDraft.SCOPE)
                        .contains(p.field()))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String countryBefore = account.getCountry();
    account.updateProfile(
        draft.displayName(),
        draft.email(),
        draft.country(),
        draft.institution(),
        draft.gender(),
        draft.language());
    audit.record(UPDATED, account.getUsername(), "own profile");
    em.flush();
    announceMove(account, countryBefore);
    return account;
  }

  /** Tells the other areas (a learner's completions count in their country) of a new country. */
  private void announceMove(Account account, String countryBefore) {
    if (!java.util.Objects.equals(countryBefore, account.getCountry())) {
      moved.fire(new CountryChanged(account.getId(), account.getCountry()));
    }
  }

  public void deactivate(long id) {
    Account account = require(id);
    account.deactivate();
    audit.record(DEACTIVATED, account.getUsername(), null);
  }

  public void reactivate(long id) {
    Account account = require(id);
    account.reactivate();
    audit.record(REACTIVATED, account.getUsername(), null);
  }

  /**
   * Sets a one-time password, ends the account's sessions, and returns the password to hand over.
   */
  public String resetPassword(long id) {
    Account account = require(id);
    String password = PasswordPolicy.oneTimePassword();
    account.resetPassword(capacity.hashingInTurn(() -> PasswordHasher.hash(password)));
    audit.record(PASSWORD_RESET, account.getUsername(), null);
    return password;
  }

  /**
   * The signed-in person changes their own password.
   *
   * @return the account's new session epoch, to keep the current session alive
   * @throws InvalidInputException if the current password is wrong or the new one is refused
   */
  public int changeOwnPassword(String username, String current, String chosen) {
    Account account = findByUsername(username).orElseThrow();
    if (!capacity.hashingInTurn(() -> PasswordHasher.verify(current, account.getPasswordHash()))) {
      throw new InvalidInputException(
          List.of(new FieldProblem(0, "current", "problem.current_password", null)));
    }
    PasswordPolicy.check(chosen)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(
                  List.of(new FieldProblem(0, "chosen", problem.messageKey(), null)));
            });
    account.changePassword(capacity.hashingInTurn(() -> PasswordHasher.hash(chosen)));
    audit.record(PASSWORD_CHANGED, account.getUsername(), null);
    return account.getSessionEpoch();
  }

  public void changeLanguage(String username, Language language) {
    findByUsername(username).ifPresent(account -> account.changeLanguage(language));
  }

  /**
   * Whether the session stamped with this epoch may go on: the account is active and nothing ended
   * it.
   */
  public SessionState sessionState(String username) {
    List<Object[]> rows =
        em.createNamedQuery(Account.SESSION_STATE, Object[].class)
            .setParameter("username", username)
            .getResultList();
    if (rows.isEmpty()) {
      return new SessionState(false, -1, false);
    }
    Object[] row = rows.get(0);
    return new SessionState((Boolean) row[0], ((Number) row[1]).intValue(), (Boolean) row[2]);
  }

  /** What a request needs to know about its account, read fresh from the database. */
  public record SessionState(boolean active, int epoch, boolean mustChangePassword) {}

  public boolean anyActiveAdmin() {
    return em.createNamedQuery(Account.COUNT_ACTIVE_WITH_ROLE, Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult()
        > 0;
  }

  private Account persist(AccountDraft draft, String hash, boolean mustChange) {
    Account account =
        new Account(draft.username(), draft.displayName(), hash, mustChange, clock.instant());
    account.updateProfile(
        draft.displayName(),
        draft.email(),
        draft.country(),
        draft.institution(),
        draft.gender(),
        draft.language());
    account.grant(draft.roles(), draft.scope());
    em.persist(account);
    return account;
  }

  private Account require(long id) {
    return find(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(new FieldProblem(0, "", "problem.not_found", null))));
  }

  private static String describeRoles(Account account) {
    return account.getRoles() + " scope " + account.getScope().describe();
  }

  private static String describe(Account account) {
    return describeRoles(account)
        + (account.getCountry() == null ? "" : " country " + account.getCountry());
  }
}
