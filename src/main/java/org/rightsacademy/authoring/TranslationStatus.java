package org.rightsacademy.authoring;

import static org.rightsacademy.authoring.PackageYaml.map;
import static org.rightsacademy.authoring.PackageYaml.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.rightsacademy.platform.Language;

/**
 * Which translations of a draft are missing, up to date or out of date. A translation is out of
 * date when the English it was made from (its fingerprint in {@code translations.yaml}) is no
 * longer the English of the item; a translation without a ledger entry came with the package and
 * counts as made from the English beside it.
 */
public final class TranslationStatus {

  static final String COURSE = "course";

  /** The ledger's mark for a text published in English because its translation was missing. */
  static final String STAND_IN = "english";

  public enum State {
    MISSING,
    OUT_OF_DATE,
    UP_TO_DATE
  }

  /** One translatable item and the state of its translation in each language but English. */
  public record Item(String key, Kind kind, String label, Map<Language, State> states) {
    public State state(Language language) {
      return states.get(language);
    }
  }

  public enum Kind {
    COURSE,
    MODULE,
    LESSON,
    QUESTION,
    SCENARIO
  }

  /** How many items of each state one language has. */
  public record Summary(Language language, int missing, int outOfDate, int upToDate) {
    public boolean complete() {
      return missing == 0;
    }
  }

  private TranslationStatus() {}

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

  /** One lesson's state in fr, ru and ar (without working out the whole course). */
  public static Item ofLesson(Draft draft, String lessonKey) {
    return item(
        draft, draft.ledger(), lesson(lessonKey), Kind.LESSON, draft.lesson(lessonKey).title());
  }

  /** Every item of the draft, in course order, with its state in fr, ru and ar. */
  public static List<Item> of(Draft draft) {
    Map<String, Object> ledger = draft.ledger();
    List<Item> items = new ArrayList<>();
    items.add(
        item(
            draft,
            ledger,
            COURSE,
            Kind.COURSE,
            draft.titles().getOrDefault(Language.EN, draft.code())));
    for (Draft.ModuleView module : draft.modules()) {
      items.add(item(draft, ledger, module(module.id()), Kind.MODULE, module.title()));
      for (Draft.LessonView lesson : module.lessons()) {
        items.add(item(draft, ledger, lesson(lesson.key()), Kind.LESSON, lesson.title()));
      }
    }
    for (String quiz : draft.quizzes()) {
      for (String scenario : draft.scenarios(quiz)) {
        items.add(
            item(draft, ledger, scenario(quiz, scenario), Kind.SCENARIO, quiz + " · " + scenario));
      }
      for (QuestionDraft question : draft.questions(quiz)) {
        items.add(
            item(
                draft,
                ledger,
                question(quiz, question.id()),
                Kind.QUESTION,
                quiz + " · " + question.id()));
      }
    }
    return items;
  }

  public static List<Summary> summaries(List<Item> items) {
    List<Summary> summaries = new ArrayList<>();
    for (Language language : targets()) {
      int missing = 0;
      int outOfDate = 0;
      int upToDate = 0;
      for (Item item : items) {
        switch (item.state(language)) {
          case MISSING -> missing++;
          case OUT_OF_DATE -> outOfDate++;
          case UP_TO_DATE -> upToDate++;
        }
      }
      summaries.add(new Summary(language, missing, outOfDate, upToDate));
    }
    return summaries;
  }

  /**
   * The languages a course is translated into: those it declares and any with a translation begun.
   * Publishing asks for confirmation when one of these still has gaps.
   */
  public static List<Language> targets(Draft draft, List<Summary> summaries) {
    List<Language> declared = draft.declaredLanguages();
    return summaries.stream()
        .filter(s -> declared.contains(s.language()) || s.upToDate() + s.outOfDate() > 0)
        .map(Summary::language)
        .toList();
  }

  /** The languages translated from English. */
  public static List<Language> targets() {
    return List.of(Language.FR, Language.RU, Language.AR);
  }

  private static Item item(
      Draft draft, Map<String, Object> ledger, String key, Kind kind, String label) {
    String english = content(draft, key, Language.EN);
    String current = english == null ? null : fingerprint(english);
    Map<String, Object> made = map(ledger.get(key));
    Map<Language, State> states = new EnumMap<>(Language.class);
    for (Language language : targets()) {
      String recorded = text(made.get(language.code()));
      if (content(draft, key, language) == null || STAND_IN.equals(recorded)) {
        states.put(language, State.MISSING);
      } else if (recorded != null && !recorded.equals(current)) {
        states.put(language, State.OUT_OF_DATE);
      } else {
        states.put(language, State.UP_TO_DATE);
      }
    }
    return new Item(key, kind, label, states);
  }

  /** The item's whole text in one language, or null when any part the learner needs is missing. */
  static String content(Draft draft, String key, Language language) {
    String code = language.code();
    if (key.equals(COURSE)) {
      return both(draft.titles().get(language), draft.summaries().get(language));
    }
    String[] kindAndId = key.split(":", 2);
    String id = kindAndId[1];
    return switch (kindAndId[0]) {
      case "module" ->
          draft.modules().stream()
              .filter(m -> m.id().equals(id))
              .findFirst()
              .map(m -> m.titles().get(language))
              .orElse(null);
      case "lesson" -> {
        Draft.LessonView lesson = draft.lesson(id);
        yield both(lesson.titles().get(language), draft.markdown(id, language));
      }
      case "question" -> {
        String[] quizAndId = id.split("/", 2);
        QuestionWords words = draft.words(quizAndId[0], quizAndId[1], language);
        QuestionDraft question =
            draft.questions(quizAndId[0]).stream()
                .filter(q -> q.id().equals(quizAndId[1]))
                .findFirst()
                .orElse(null);
        yield words == null || question == null || !words.completeFor(question)
            ? null
            : PackageYaml.dump(words.toYaml(question));
      }
      case "scenario" -> {
        String[] quizAndId = id.split("/", 2);
        yield draft.scenarioText(quizAndId[0], quizAndId[1], language);
      }
      default -> throw new IllegalArgumentException("unknown item " + key + " (" + code + ")");
    };
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
}
