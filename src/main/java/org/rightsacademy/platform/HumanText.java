package org.rightsacademy.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Human} for pages, in the page's language: {@code #{human.date(workshop.startsOn)}}, {@code
 * #{human.dateTime(p.joinedAt())}}, {@code #{human.period(w.startsOn, w.endsOn)}}, {@code
 * #{human.country(p.country())}}, {@code #{human.status(c.status())}}, {@code
 * #{human.quizKind(a.kind)}}. Nothing a person reads is printed as an ISO stamp or a code.
 */
@Named("human")
@RequestScoped
public class HumanText {

  @Inject private LanguagePreference language;

  private Human human() {
    return Human.in(language.getCurrent());
  }

  /** A day ({@link LocalDate}) or the day of an instant; EL picks methods by name, so one name. */
  public String date(Object value) {
    return switch (value) {
      case null -> "";
      case LocalDate day -> human().date(day);
      case Instant at -> human().date(at);
      default -> value.toString();
    };
  }

  public String dateTime(Instant value) {
    return human().dateTime(value);
  }

  public String moment(Instant value) {
    return human().moment(value);
  }

  public String day(LocalDate value) {
    return human().day(value);
  }

  public String period(LocalDate from, LocalDate to) {
    return human().period(from, to);
  }

  public String country(String code) {
    return human().country(code);
  }

  public String status(Object code) {
    return human().status(code);
  }

  public String quizKind(Object kind) {
    return human().quizKind(kind);
  }
}
