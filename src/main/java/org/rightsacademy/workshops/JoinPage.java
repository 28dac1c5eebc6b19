package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountForm;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.people.InvalidInputException;
import org.rightsacademy.people.LoginCapacity;
import org.rightsacademy.platform.ClientAddress;

/**
 * {@code /join}: a participant types the code the trainer reads out. Signed in, they join; new,
 * they register on the spot — the only way to register — with the profile the reports need, and are
 * enrolled in the workshop's courses. Code lookups count against the address's sign-in budget, so
 * codes cannot be guessed at speed.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private WorkshopService workshops;
  @EJB private AccountService accounts;
  @Inject private CurrentUser user;
  @Inject private LoginCapacity capacity;
  @Inject private Clock clock;
  @Inject private ClientAddress clientAddress;
  @Inject private org.rightsacademy.people.LoginPage login;

  private String code;
  private String typed;
  private transient Workshop workshop;
  private AccountForm form = new AccountForm();
  private String password;

  /** Opens the workshop the code in the address names; an unknown code says so. */
  public void load() {
    workshop = null;
    if (code == null || code.isBlank()) {
      return;
    }
    HttpServletRequest request = Faces.getRequest();
    if (!capacity.admit(clientAddress.of(request), clock.instant())) {
      Messages.addError(null, "join.too_many");
      return;
    }
    Optional<Workshop> found = workshops.byCode(code);
    if (found.isEmpty()) {
      Messages.addError(null, "join.unknown");
      return;
    }
    workshop = found.get();
    if (form.getCountry() == null) {
      form.setCountry(workshop.getCountry());
      form.setLanguage(workshop.getLanguage());
    }
  }

  /** The typed code, into the address (so that a refresh or a sign-in keeps it). */
  public String check() {
    Optional<String> normal = JoinCode.normalize(typed);
    if (normal.isEmpty()) {
      Messages.addError("code:typed", "join.malformed");
      return null;
    }
    return "/join?faces-redirect=true&code=" + normal.get();
  }

  /** A signed-in person joins. */
  public String join() {
    Workshop current = reloaded();
    Account account = user.account().orElse(null);
    if (current == null || account == null) {
      return null;
    }
    try {
      workshops.join(current, account.getId(), Participant.Via.CODE);
    } catch (InvalidInputException e) {
      Messages.addError(null, "join.closed");
      return null;
    }
    Messages.addFlashInfo(null, "join.joined", current.getTitle());
    return "/learn/courses?faces-redirect=true";
  }

  /**
   * A new participant registers and joins, and is signed in with the credentials just chosen
   * (through the sign-in page's own path, so the sign-in is counted and audited as any other).
   */
  public String register() {
    Workshop current = reloaded();
    if (current == null) {
      return null;
    }
    if (!current.isOpenForJoining()) {
      Messages.addError(null, "join.closed");
      return null;
    }
    Account account;
    try {
      account = accounts.register(form.toDraft(), password);
      workshops.join(current, account.getId(), Participant.Via.CODE);
    } catch (InvalidInputException e) {
      form.report(e);
      e.problems().stream()
          .filter(p -> p.field().equals("password"))
          .forEach(
              p ->
                  Messages.addError(
                      "form:password",
                      p.messageKey(),
                      org.rightsacademy.people.PasswordPolicy.MIN_LENGTH));
      password = null;
      return null;
    }
    String chosen = password;
    password = null;
    jakarta.security.enterprise.AuthenticationStatus status =
        login.authenticate(account.getUsername(), chosen);
    boolean signedIn =
        status == jakarta.security.enterprise.AuthenticationStatus.SUCCESS
            || status == jakarta.security.enterprise.AuthenticationStatus.SEND_CONTINUE;
    Messages.addFlashInfo(
        null, signedIn ? "join.registered_signed_in" : "join.registered", current.getTitle());
    if (status == jakarta.security.enterprise.AuthenticationStatus.SEND_CONTINUE) {
      return null;
    }
    return status == jakarta.security.enterprise.AuthenticationStatus.SUCCESS
        ? "/learn/courses?faces-redirect=true"
        : "/login?faces-redirect=true";
  }

  /**
   * From the signed-in detour back to the join page, with the code (only ever a well-formed one).
   */
  public String backToJoin() {
    return "/join?faces-redirect=true&code=" + JoinCode.normalize(code).orElse("");
  }

  public int getMinPasswordLength() {
    return org.rightsacademy.people.PasswordPolicy.MIN_LENGTH;
  }

  private Workshop reloaded() {
    Optional<Workshop> found = code == null ? Optional.empty() : workshops.byCode(code);
    if (found.isEmpty()) {
      Messages.addError(null, "join.unknown");
      return null;
    }
    workshop = found.get();
    return workshop;
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public boolean isSignedIn() {
    return user.isSignedIn();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTyped() {
    return typed;
  }

  public void setTyped(String typed) {
    this.typed = typed;
  }

  public AccountForm getForm() {
    return form;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
