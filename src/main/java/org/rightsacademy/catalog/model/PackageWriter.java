package org.rightsacademy.catalog.model;

import static org.rightsacademy.catalog.model.PackageKeys.CERTIFICATE;
import static org.rightsacademy.catalog.model.PackageKeys.CODE;
import static org.rightsacademy.catalog.model.PackageKeys.COMPLETION;
import static org.rightsacademy.catalog.model.PackageKeys.COUNT;
import static org.rightsacademy.catalog.model.PackageKeys.DRAW;
import static org.rightsacademy.catalog.model.PackageKeys.FILE;
import static org.rightsacademy.catalog.model.PackageKeys.FINAL_TEST;
import static org.rightsacademy.catalog.model.PackageKeys.ID;
import static org.rightsacademy.catalog.model.PackageKeys.LANGUAGES;
import static org.rightsacademy.catalog.model.PackageKeys.LESSONS;
import static org.rightsacademy.catalog.model.PackageKeys.MODULES;
import static org.rightsacademy.catalog.model.PackageKeys.PASS_MARK;
import static org.rightsacademy.catalog.model.PackageKeys.PRE_TEST;
import static org.rightsacademy.catalog.model.PackageKeys.QUESTIONS;
import static org.rightsacademy.catalog.model.PackageKeys.QUIZ;
import static org.rightsacademy.catalog.model.PackageKeys.SCENARIOS;
import static org.rightsacademy.catalog.model.PackageKeys.SETTINGS;
import static org.rightsacademy.catalog.model.PackageKeys.SHOW_SCORE;
import static org.rightsacademy.catalog.model.PackageKeys.SUMMARY;
import static org.rightsacademy.catalog.model.PackageKeys.TAG;
import static org.rightsacademy.catalog.model.PackageKeys.TEXT;
import static org.rightsacademy.catalog.model.PackageKeys.TITLE;
import static org.rightsacademy.catalog.model.PackageKeys.VERSION;
import static org.rightsacademy.catalog.model.PackageKeys.name;
import static org.rightsacademy.catalog.model.QuestionYaml.putIf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rightsacademy.platform.Language;

/**
 * A {@link LearningPackage} as the text files of its folder (format: {@code courses/README.md}):
 * {@code course.yaml}, one Markdown file per lesson and language, each quiz's answer key and
 * language files, and {@code translations.yaml} when the ledger has entries. The media files are
 * not written: their bytes stay with the files they came from.
 */
public final class PackageWriter {

  private PackageWriter() {}

  public static Map<String, byte[]> write(LearningPackage course) {
    Map<String, String> texts = new TreeMap<>();
    texts.put(PackageKeys.MANIFEST, YamlWriter.dump(manifest(course)));
    course
        .lessons()
        .forEach(
            lesson ->
                lesson
                    .body()
                    .values()
                    .forEach(
                        (language, markdown) ->
                            texts.put(PackageKeys.lessonFile(lesson.file(), language), markdown)));
    for (Quiz quiz : course.quizzes()) {
      texts.put(PackageKeys.quizKeyFile(quiz.id()), YamlWriter.dump(answerKey(quiz)));
      for (Language language : languages(quiz, course.manifest().languages())) {
        texts.put(
            PackageKeys.quizTextFile(quiz.id(), language), YamlWriter.dump(words(quiz, language)));
      }
    }
    if (!course.ledger().entries().isEmpty()) {
      Map<String, Object> ledger = new LinkedHashMap<>();
      course
          .ledger()
          .entries()
          .forEach((item, entries) -> ledger.put(item, localized(new Localized<>(entries))));
      texts.put(PackageKeys.LEDGER, YamlWriter.dump(ledger));
    }
    if (!course.altTexts().isEmpty()) {
      Map<String, Object> images = new LinkedHashMap<>();
      course.altTexts().forEach((image, alts) -> images.put(image, localized(alts)));
      texts.put(PackageKeys.IMAGES, YamlWriter.dump(images));
    }
    Map<String, byte[]> files = new TreeMap<>();
    texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return files;
  }

  /**
   * A question's entry in one language file, as written: what the translation ledger fingerprints.
   */
  public static String questionText(QuestionText text) {
    return YamlWriter.dump(QuestionYaml.textEntry(text));
  }

  private static Map<String, Object> manifest(LearningPackage course) {
    Manifest manifest = course.manifest();
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put(CODE, manifest.code());
    yaml.put(VERSION, manifest.version());
    yaml.put(
        LANGUAGES, new ArrayList<>(manifest.languages().stream().map(Language::code).toList()));
    yaml.put(TITLE, localized(manifest.title()));
    yaml.put(SUMMARY, localized(manifest.summary()));
    yaml.put(COMPLETION, new LinkedHashMap<>(Map.of(PASS_MARK, manifest.passMark())));
    if (manifest.certificateShowsScore()) {
      yaml.put(CERTIFICATE, new LinkedHashMap<>(Map.of(SHOW_SCORE, true)));
    }
    putIf(yaml, PRE_TEST, manifest.preTest());
    putIf(yaml, FINAL_TEST, manifest.finalTest());
    List<Object> modules = new ArrayList<>();
    for (Module module : course.modules()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(ID, module.id());
      entry.put(TITLE, localized(module.title()));
      List<Object> lessons = new ArrayList<>();
      for (Lesson lesson : module.lessons()) {
        Map<String, Object> lessonEntry = new LinkedHashMap<>();
        lessonEntry.put(ID, lesson.id());
        lessonEntry.put(FILE, lesson.file());
        lessonEntry.put(TITLE, localized(lesson.title()));
        lessons.add(lessonEntry);
      }
      entry.put(LESSONS, lessons);
      putIf(entry, QUIZ, module.quiz());
      modules.add(entry);
    }
    yaml.put(MODULES, modules);
    return yaml;
  }

  private static Map<String, Object> answerKey(Quiz quiz) {
    Map<String, Object> yaml = new LinkedHashMap<>();
    Map<String, Object> settings = settings(quiz.settings());
    if (!settings.isEmpty()) {
      yaml.put(SETTINGS, settings);
    }
    if (!quiz.scenarios().isEmpty()) {
      yaml.put(SCENARIOS, new ArrayList<>(quiz.scenarios().stream().map(Scenario::id).toList()));
    }
    if (!quiz.draws().isEmpty()) {
      List<Object> draws = new ArrayList<>();
      for (Draw draw : quiz.draws()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(TAG, draw.tag());
        entry.put(COUNT, draw.count());
        draws.add(entry);
      }
      yaml.put(DRAW, draws);
    }
    if (!quiz.questions().isEmpty() || quiz.draws().isEmpty()) {
      List<Object> questions = new ArrayList<>();
      quiz.questions().forEach(q -> questions.add(QuestionYaml.keyEntry(q)));
      yaml.put(QUESTIONS, questions);
    }
    return yaml;
  }

  /** The settings a quiz sets, by their names in the format; empty when it sets none. */
  public static Map<String, Object> settings(QuizSettings.Overrides settings) {
    Map<String, Object> yaml = new LinkedHashMap<>();
    putIf(yaml, PASS_MARK, settings.passMark());
    putIf(yaml, PackageKeys.ATTEMPTS, settings.attempts());
    putIf(yaml, PackageKeys.GRADING, settings.grading() == null ? null : name(settings.grading()));
    putIf(yaml, PackageKeys.TIME_LIMIT, settings.timeLimitMinutes());
    putIf(yaml, PackageKeys.SHUFFLE_QUESTIONS, settings.shuffleQuestions());
    putIf(yaml, PackageKeys.SHUFFLE_OPTIONS, settings.shuffleOptions());
    putIf(
        yaml, PackageKeys.FEEDBACK, settings.feedback() == null ? null : name(settings.feedback()));
    putIf(yaml, PackageKeys.REVEAL, settings.reveal() == null ? null : name(settings.reveal()));
    putIf(
        yaml, PackageKeys.MULTIPLE, settings.multiple() == null ? null : name(settings.multiple()));
    putIf(yaml, PackageKeys.PENALTY, settings.penalty());
    return yaml;
  }

  /** The languages a quiz has words in: the declared ones, and every other it has a text in. */
  private static List<Language> languages(Quiz quiz, List<Language> declared) {
    List<Language> languages = new ArrayList<>();
    for (Language language : Language.values()) {
      boolean has =
          declared.contains(language)
              || quiz.questions().stream().anyMatch(q -> q.texts().has(language))
              || quiz.scenarios().stream().anyMatch(s -> s.text().has(language));
      if (has) {
        languages.add(language);
      }
    }
    return languages;
  }

  private static Map<String, Object> words(Quiz quiz, Language language) {
    Map<String, Object> yaml = new LinkedHashMap<>();
    for (Scenario scenario : quiz.scenarios()) {
      scenario
          .text()
          .in(language)
          .ifPresent(text -> yaml.put(scenario.id(), new LinkedHashMap<>(Map.of(TEXT, text))));
    }
    for (Question question : quiz.questions()) {
      question
          .texts()
          .in(language)
          .ifPresent(text -> yaml.put(question.id(), QuestionYaml.textEntry(text)));
    }
    return yaml;
  }

  private static Map<String, Object> localized(Localized<String> texts) {
    Map<String, Object> yaml = new LinkedHashMap<>();
    texts.values().forEach((language, text) -> yaml.put(language.code(), text));
    return yaml;
  }
}
