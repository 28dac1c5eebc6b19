package org.rightsacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.rightsacademy.catalog.model.LearningPackage;
import org.rightsacademy.catalog.model.Lesson;
import org.rightsacademy.catalog.model.Localized;
import org.rightsacademy.catalog.model.PackageWriter;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;
import org.rightsacademy.catalog.model.Quiz;
import org.rightsacademy.catalog.model.Scenario;
import org.rightsacademy.catalog.model.TranslationLedger;
import org.rightsacademy.platform.Language;

/**
 * The translatable items of a package and the translation ledger's edits: what an item says in one
 * language (its fingerprint is what a translation was made from), and the ledger kept true around
 * every edit. Items are named {@code course}, {@code module:<id>}, {@code lesson:<module>/<id>},
 * {@code question:<quiz>/<id>} and {@code scenario:<quiz>/<id>}.
 */
final class Translations {

  static final String COURSE = "course";

  /** The ledger's mark for a text published in English because its translation was missing. */
  static final String STAND_IN = "english";

  private Translations() {}

  static String module(String id) {
    return "module:" + id;
  }

  static String lesson(String key) {
    return "lesson:" + key;
  }

  static String question(String quiz, String id) {
    return "question:" + quiz + "/" + id;
  }

  static String scenario(String quiz, String id) {
    return "scenario:" + quiz + "/" + id;
  }

  /** The item's whole text in one language, or null when any part the learner needs is missing. */
  static String content(LearningPackage course, String key, Language language) {
    if (key.equals(COURSE)) {
      return both(
          course.manifest().title().values().get(language),
          course.manifest().summary().values().get(language));
    }
    String[] kindAndId = key.split(":", 2);
    String id = kindAndId[1];
    return switch (kindAndId[0]) {
      case "module" -> course.module(id).map(m -> m.title().values().get(language)).orElse(null);
      case "lesson" -> {
        Lesson lesson = lesson(course, id);
        yield lesson == null
            ? null
            : both(lesson.title().values().get(language), lesson.body().values().get(language));
      }
      case "question" -> {
        String[] quizAndId = id.split("/", 2);
        Question question =
            course.quiz(quizAndId[0]).flatMap(q -> q.question(quizAndId[1])).orElse(null);
        QuestionText text = question == null ? null : question.texts().values().get(language);
        yield text == null || !QuestionForms.complete(question, text)
            ? null
            : PackageWriter.questionText(text);
      }
      case "scenario" -> {
        String[] quizAndId = id.split("/", 2);
        yield course
            .quiz(quizAndId[0])
            .flatMap(q -> q.scenario(quizAndId[1]))
            .map(s -> s.text().values().get(language))
            .orElse(null);
      }
      case "image" -> course.altText(id, language);
      default -> throw new IllegalArgumentException("unknown item " + key);
    };
  }

  /** A picture's alt texts, named by its path in the package. */
  static String image(String path) {
    return "image:" + path;
  }

  /** The lesson named {@code module/lesson}, or null. */
  static Lesson lesson(LearningPackage course, String key) {
    String[] moduleAndLesson = key.split("/", 2);
    return course
        .module(moduleAndLesson[0])
        .flatMap(
            m -> m.lessons().stream().filter(l -> l.id().equals(moduleAndLesson[1])).findFirst())
        .orElse(null);
  }

  private static String both(String title, String text) {
    return title == null || text == null || text.isBlank() ? null : title + "\n\n" + text.strip();
  }

  /** The first 12 hex digits of the SHA-256 of a text: enough to tell two versions apart. */
  static String fingerprint(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Before the English of an item changes, every translation of it that has no ledger entry yet is
   * recorded as made from the English as it stands: a package as loaded is taken as consistent.
   */
  static LearningPackage beforeChange(LearningPackage course, String item, Language language) {
    String english = language == Language.EN ? content(course, item, Language.EN) : null;
    if (english == null) {
      return course;
    }
    TranslationLedger ledger = course.ledger();
    for (Language other : Language.values()) {
      if (other != Language.EN
          && ledger.entry(item, other) == null
          && content(course, item, other) != null) {
        ledger = ledger.with(item, other, fingerprint(english));
      }
    }
    return course.withLedger(ledger);
  }

  /** A translation just saved is made from the English as it stands now. */
  static LearningPackage afterChange(LearningPackage course, String item, Language language) {
    if (language == Language.EN) {
      return course;
    }
    String english = content(course, item, Language.EN);
    boolean made = english != null && content(course, item, language) != null;
    return course.withLedger(
        course.ledger().with(item, language, made ? fingerprint(english) : null));
  }

  static LearningPackage forget(LearningPackage course, String item) {
    return course.withLedger(course.ledger().without(item));
  }

  /** Fills what an item lacks in a language with its English, and records the stand-in. */
  static LearningPackage standIn(LearningPackage course, String item, Language language) {
    String[] kindAndId = item.split(":", 2);
    // A stand-in from an earlier publication follows the English as it is now.
    boolean renew = STAND_IN.equals(course.ledger().entry(item, language));
    LearningPackage filled =
        switch (kindAndId[0]) {
          case "course" ->
              course.withManifest(
                  course
                      .manifest()
                      .withTexts(
                          fill(course.manifest().title(), language, renew),
                          fill(course.manifest().summary(), language, renew)));
          case "module" ->
              OutlineEdits.changeModule(
                  course, kindAndId[1], m -> m.withTitle(fill(m.title(), language, renew)));
          case "lesson" ->
              OutlineEdits.changeLesson(
                  course,
                  kindAndId[1],
                  lesson -> {
                    Lesson titled = lesson.withTitle(fill(lesson.title(), language, renew));
                    String english = lesson.body().values().get(Language.EN);
                    String own = lesson.body().values().get(language);
                    if ((renew || own == null || own.isBlank()) && english != null) {
                      return titled.withBody(
                          titled
                              .body()
                              .with(
                                  language,
                                  "<div lang=\"en\" dir=\"ltr\">\n\n"
                                      + english.strip()
                                      + "\n\n</div>\n"));
                    }
                    return titled;
                  });
          case "question" -> standInQuestion(course, kindAndId[1], language);
          case "scenario" -> standInScenario(course, kindAndId[1], language);
          case "image" ->
              course.altTexts().containsKey(kindAndId[1])
                  ? course.withAltTexts(
                      kindAndId[1], fill(course.altTexts().get(kindAndId[1]), language, renew))
                  : course;
          default -> throw new IllegalArgumentException("unknown item " + item);
        };
    return filled.withLedger(filled.ledger().with(item, language, STAND_IN));
  }

  private static Localized<String> fill(Localized<String> texts, Language language, boolean renew) {
    String english = texts.values().get(Language.EN);
    String own = texts.values().get(language);
    return (renew || own == null) && english != null ? texts.with(language, english) : texts;
  }

  private static LearningPackage standInQuestion(
      LearningPackage course, String quizAndId, Language language) {
    String[] parts = quizAndId.split("/", 2);
    return QuestionEdits.changeQuestion(
        course,
        parts[0],
        parts[1],
        question -> {
          Localized<QuestionText> texts = question.texts();
          QuestionText english = texts.values().get(Language.EN);
          if (english == null) {
            return question;
          }
          QuestionText own = texts.values().get(language);
          return question.with(
              question.common().withTexts(texts.with(language, merged(own, english))));
        });
  }

  private static LearningPackage standInScenario(
      LearningPackage course, String quizAndId, Language language) {
    String[] parts = quizAndId.split("/", 2);
    Quiz quiz = course.quiz(parts[0]).orElseThrow();
    return course.withQuiz(
        quiz.withScenarios(
            quiz.scenarios().stream()
                .map(
                    s ->
                        s.id().equals(parts[1]) && s.text().values().get(language) == null
                            ? new Scenario(
                                s.id(), s.text().with(language, s.text().get(Language.EN)))
                            : s)
                .toList()));
  }

  /** A translation with every part it lacks taken from the English. */
  private static QuestionText merged(QuestionText own, QuestionText english) {
    if (own == null) {
      return english;
    }
    java.util.Map<String, org.rightsacademy.catalog.model.OptionText> options =
        new java.util.LinkedHashMap<>(own.options());
    english
        .options()
        .forEach(
            (id, option) ->
                options.merge(
                    id,
                    option,
                    (mine, theirs) ->
                        new org.rightsacademy.catalog.model.OptionText(
                            mine.text() == null ? theirs.text() : mine.text(),
                            mine.feedback() == null ? theirs.feedback() : mine.feedback())));
    java.util.Map<String, String> matches = new java.util.LinkedHashMap<>(own.matches());
    english.matches().forEach(matches::putIfAbsent);
    return new QuestionText(
        own.text() == null ? english.text() : own.text(),
        own.source() == null ? english.source() : own.source(),
        own.feedback() == null ? english.feedback() : own.feedback(),
        options,
        matches,
        own.accepted().isEmpty() ? english.accepted() : own.accepted());
  }
}
