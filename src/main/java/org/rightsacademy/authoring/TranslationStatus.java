package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.EnumMap;
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

  static final String COURSE = Translations.COURSE;

  /** The ledger's mark for a text published in English because its translation was missing. */
  static final String STAND_IN = Translations.STAND_IN;

  public enum State {
    MISSING,
    OUT_OF_DATE,
    UP_TO_DATE
  }

  /** One translatable item and the state of its translation in each language but English. */
  public record Item(String key, Kind kind, String label, Map<Language, State> states)
      implements java.io.Serializable {
    public State state(Language language) {
      return states.get(language);
    }

    /** The quiz a question or scenario belongs to, or null. */
    public String quiz() {
      return kind == Kind.QUESTION || kind == Kind.SCENARIO
          ? key.substring(key.indexOf(':') + 1, key.indexOf('/'))
          : null;
    }
  }

  public enum Kind {
    COURSE,
    MODULE,
    LESSON,
    QUESTION,
    SCENARIO,
    IMAGE
  }

  /** How many items of each state one language has. */
  public record Summary(Language language, int missing, int outOfDate, int upToDate) {
    public boolean complete() {
      return missing == 0;
    }
  }

  private TranslationStatus() {}

  static String module(String id) {
    return Translations.module(id);
  }

  static String lesson(String key) {
    return Translations.lesson(key);
  }

  static String question(String quiz, String id) {
    return Translations.question(quiz, id);
  }

  static String scenario(String quiz, String id) {
    return Translations.scenario(quiz, id);
  }

  /** One lesson's state in fr, ru and ar (without working out the whole course). */
  public static Item ofLesson(Draft draft, String lessonKey) {
    return item(draft, lesson(lessonKey), Kind.LESSON, draft.lesson(lessonKey).title());
  }

  /** One question's state in fr, ru and ar (without working out the whole course). */
  public static Item ofQuestion(Draft draft, String quiz, String id) {
    return item(draft, question(quiz, id), Kind.QUESTION, id);
  }

  /** Every item of the draft, in course order, with its state in fr, ru and ar. */
  public static List<Item> of(Draft draft) {
    List<Item> items = new ArrayList<>();
    items.add(
        item(draft, COURSE, Kind.COURSE, draft.titles().getOrDefault(Language.EN, draft.code())));
    for (Draft.ModuleView module : draft.modules()) {
      items.add(item(draft, module(module.id()), Kind.MODULE, module.title()));
      for (Draft.LessonView lesson : module.lessons()) {
        items.add(item(draft, lesson(lesson.key()), Kind.LESSON, lesson.title()));
      }
    }
    for (String quiz : draft.quizzes()) {
      for (String scenario : draft.quiz(quiz).scenarios()) {
        String english = draft.quiz(quiz).scenarioText(scenario, Language.EN);
        items.add(
            item(
                draft,
                scenario(quiz, scenario),
                Kind.SCENARIO,
                english == null ? scenario : QuestionTitles.shortened(english)));
      }
      for (QuestionDraft question : draft.quiz(quiz).questions()) {
        QuestionWords english = draft.quiz(quiz).words(question.id(), Language.EN);
        items.add(
            item(
                draft,
                question(quiz, question.id()),
                Kind.QUESTION,
                english == null || english.text() == null
                    ? question.id()
                    : QuestionTitles.shortened(english.text())));
      }
    }
    for (String image : draft.model().altTexts().keySet()) {
      items.add(
          item(
              draft,
              Translations.image(image),
              Kind.IMAGE,
              image.substring(image.lastIndexOf('/') + 1)));
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

  private static Item item(Draft draft, String key, Kind kind, String label) {
    String english = Translations.content(draft.model(), key, Language.EN);
    String current = english == null ? null : Translations.fingerprint(english);
    Map<Language, State> states = new EnumMap<>(Language.class);
    for (Language language : targets()) {
      String recorded = draft.model().ledger().entry(key, language);
      if (Translations.content(draft.model(), key, language) == null || STAND_IN.equals(recorded)) {
        states.put(language, State.MISSING);
      } else if (recorded != null && !recorded.equals(current)) {
        states.put(language, State.OUT_OF_DATE);
      } else {
        states.put(language, State.UP_TO_DATE);
      }
    }
    return new Item(key, kind, label, states);
  }
}
