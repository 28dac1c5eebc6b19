package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.rightsacademy.people.Account;

/**
 * {@code GET /teach/poster?id=}: the workshop's A4 join poster as a PDF, in the workshop's
 * language. Under /teach/* (trainers, coordinators, admins), and only for a workshop the person may
 * see; anything else is "not found". Without a public address there is no link to print: 409 with
 * the reason, in the workshop's language.
 */
@WebServlet("/teach/poster")
public class PosterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private WorkshopService workshops;
  @jakarta.inject.Inject private org.rightsacademy.people.CurrentUser user;
  @EJB private org.rightsacademy.platform.PublicAddress publicAddress;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Account> viewer = user.account();
    Optional<Workshop> workshop = Optional.empty();
    try {
      long id = Long.parseLong(request.getParameter("id"));
      workshop =
          workshops
              .find(id)
              .filter(w -> viewer.isPresent() && WorkshopService.canSee(viewer.get(), w));
    } catch (NumberFormatException e) {
      // an id that is not a number names no workshop
    }
    if (workshop.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such workshop");
      return;
    }
    Workshop w = workshop.get();
    ResourceBundle words = ResourceBundle.getBundle("i18n.messages", w.getLanguage().locale());
    Optional<String> address = publicAddress.current();
    if (address.isEmpty()) {
      // A poster exists to carry the link; one with a guessed address would send a room elsewhere.
      org.rightsacademy.platform.Downloads.refuse(
          response, HttpServletResponse.SC_CONFLICT, words.getString("workshop.no_address"));
      return;
    }
    String link = address.get() + "/join.xhtml?code=" + w.getJoinCode();
    byte[] pdf =
        JoinPoster.pdf(
            w,
            link,
            new JoinPoster.Words(
                words.getString("poster.heading"),
                words.getString("poster.scan"),
                words.getString("poster.or_type")));
    org.rightsacademy.platform.Downloads.send(
        response, pdf, "application/pdf", "workshop-" + w.getId() + ".pdf", false);
  }
}
