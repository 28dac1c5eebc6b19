package org.rightsacademy.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.OptionText;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.LearningPackage;
import org.rightsacademy.catalog.model.Localized;
import org.rightsacademy.catalog.model.Manifest;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.Quiz;
import org.rightsacademy.platform.Language;

/**
 * Turns a learning package as written into the course learners take ({@link CoursePackage}):
 * lessons rendered from Markdown to sanitised HTML, texts in the declared languages only, stigma
 * markers ({@link AvoidedTerm}) taken off every plain text (quiz texts and titles show the term as
 * written; lessons keep the marker and strike it through), each question with its bank tags and its
 * quiz with its settings resolved.
 */
final class CourseAssembler {

  private final LearningPackage source;
  private final Set<String> paths;
  private final List<Language> languages;
  private final List<PackageProblem> problems;

  private CourseAssembler(
      LearningPackage source, Set<String> paths, List<PackageProblem> problems) {
    this.source = source;
    this.paths = paths;
    this.languages = source.manifest().languages();
    this.problems = problems;
  }

  /** Every lesson rendered, what the sanitiser would remove added to {@code problems}. */
  static CoursePackage assemble(
      LearningPackage source, Set<String> paths, String checksum, List<PackageProblem> problems) {
    return new CourseAssembler(source, paths, problems).course(checksum);
  }

  private CoursePackage course(String checksum) {
    Manifest manifest = source.manifest();
    List<CoursePackage.Module> modules = new ArrayList<>();
    for (org.rightsacademy.catalog.model.Module module : source.modules()) {
      List<CoursePackage.Lesson> lessons = new ArrayList<>();
      module.lessons().forEach(lesson -> lessons.add(lesson(lesson)));
      modules.add(
          new CoursePackage.Module(
              module.id(), plain(module.title()), List.copyOf(lessons), quiz(module.quiz())));
    }
    return new CoursePackage(
        manifest.code(),
        manifest.version(),
        languages,
        plain(manifest.title()),
        plain(manifest.summary()),
        manifest.passMark(),
        manifest.certificateShowsScore(),
        List.copyOf(modules),
        quiz(manifest.preTest()),
        quiz(manifest.finalTest()),
        checksum);
  }

  private CoursePackage.Lesson lesson(org.rightsacademy.catalog.model.Lesson lesson) {
    Map<Language, String> html = new EnumMap<>(Language.class);
    for (Language language : languages) {
      String path = PackageFormat.lessonFile(lesson.file(), language);
      String folder = path.substring(0, path.lastIndexOf('/') + 1);
      lesson
          .body()
          .in(language)
          .ifPresent(
              markdown ->
                  html.put(
                      language,
                      LessonRenderer.render(
                          markdown,
                          path,
                          paths,
                          folder,
                          image -> source.altText(image, language),
                          problems)));
    }
    return new CoursePackage.Lesson(lesson.id(), plain(lesson.title()), html);
  }

  private CoursePackage.Quiz quiz(String id) {
    if (id == null) {
      return null;
    }
    Quiz quiz = source.quiz(id).orElse(null);
    if (quiz == null) {
      return null;
    }
    List<CoursePackage.Question> questions = new ArrayList<>();
    quiz.questions().forEach(q -> questions.add(question(quiz.id(), q)));
    List<CoursePackage.Draw> draws =
        quiz.draws().stream().map(d -> new CoursePackage.Draw(d.tag(), d.count())).toList();
    Map<String, Map<Language, String>> scenarios = new LinkedHashMap<>();
    quiz.scenarios().forEach(s -> scenarios.put(s.id(), plain(s.text())));
    return new CoursePackage.Quiz(
        quiz.id(),
        List.copyOf(questions),
        draws,
        quiz.settings(source.manifest().passMark()),
        Map.copyOf(scenarios));
  }

  private CoursePackage.Question question(String quiz, Question question) {
    QuestionType type;
    List<String> matches = List.of();
    AnswerKey key;
    switch (question) {
      case Question.SingleChoice single -> {
        type = QuestionType.SINGLE;
        key = new AnswerKey.Choices(single.correct() == null ? Set.of() : Set.of(single.correct()));
      }
      case Question.MultipleChoice multiple -> {
        type = QuestionType.MULTIPLE;
        key = new AnswerKey.Choices(Set.copyOf(multiple.correct()), multiple.weights());
      }
      case Question.TrueFalse trueFalse -> {
        type = QuestionType.TRUE_FALSE;
        key = new AnswerKey.Choices(Set.of(String.valueOf(trueFalse.correct())));
      }
      case Question.Matching matching -> {
        type = QuestionType.MATCHING;
        matches = matching.matches();
        key = new AnswerKey.Pairs(Map.copyOf(matching.pairs()));
      }
      case Question.Ordering ordering -> {
        type = QuestionType.ORDERING;
        key = new AnswerKey.Sequence(ordering.order());
      }
      case Question.ShortText shortText -> {
        type = QuestionType.SHORT;
        key = new AnswerKey.Accepted(shortText.answers());
      }
      case Question.Numerical numerical -> {
        type = QuestionType.NUMERICAL;
        key = new AnswerKey.Numbers(numerical.answers());
      }
      case Question.Essay essay -> {
        type = QuestionType.ESSAY;
        key = new AnswerKey.Open(essay.maxLength(), essay.rubric());
      }
    }
    Map<Language, QuestionText> texts = new EnumMap<>(Language.class);
    for (Language language : languages) {
      question
          .texts()
          .in(language)
          .filter(t -> t.text() != null && t.source() != null)
          .ifPresent(t -> texts.put(language, text(t)));
    }
    return new CoursePackage.Question(
        question.id(),
        type,
        question.options(),
        matches,
        key,
        question.common().scenario(),
        Set.copyOf(question.bankTags(quiz)),
        texts,
        question.common().shuffle(),
        question.common().objective());
  }

  private static QuestionText text(org.rightsacademy.catalog.model.QuestionText text) {
    Map<String, OptionText> options = new LinkedHashMap<>();
    text.options()
        .forEach(
            (id, option) ->
                options.put(
                    id,
                    new OptionText(
                        AvoidedTerm.strip(option.text()), AvoidedTerm.strip(option.feedback()))));
    Map<String, String> matches = new LinkedHashMap<>();
    text.matches().forEach((id, match) -> matches.put(id, AvoidedTerm.strip(match)));
    return new QuestionText(
        AvoidedTerm.strip(text.text()),
        text.source(),
        AvoidedTerm.strip(text.feedback()),
        Map.copyOf(options),
        Map.copyOf(matches),
        text.accepted().stream().map(AvoidedTerm::strip).toList());
  }

  /** The texts of the declared languages, each without its stigma markers. */
  private Map<Language, String> plain(Localized<String> texts) {
    Map<Language, String> plain = new EnumMap<>(Language.class);
    for (Language language : languages) {
      texts.in(language).ifPresent(t -> plain.put(language, AvoidedTerm.strip(t)));
    }
    return plain;
  }
}
