package org.rightsacademy.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.BankQuestion;
import org.rightsacademy.catalog.CoursePackage.Draw;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.CoursePackage.Quiz;

/**
 * The questions of one attempt, drawn when it starts and never changed after: the quiz's fixed
 * questions and its random draws from the course's bank, questions sharing a scenario kept
 * together, shuffled as the quiz's settings say. Options are shuffled unless the quiz or the
 * question says not to, so that the keyed option's place gives nothing away; the order is stored
 * with the attempt and answers name option ids, so a reload shows the same paper and grading,
 * reviews and statistics never see positions. Ordering questions always start out of order, and the
 * second column of a matching question is always shuffled, or the paper would give the answer. A
 * question with an objective may give way to a parallel item written in another quiz; the item
 * keeps the quiz it is written in, so grading, reviews and statistics find it there.
 */
public record Paper(List<Item> items) {

  /** One question of the paper, where it comes from, and the order its options are shown in. */
  public record Item(
      String quiz, String questionId, List<String> optionOrder, List<String> matchOrder) {}

  /**
   * The questions ("quiz/questionId") the learner was shown in earlier attempts of the course: in
   * this quiz, and in its other quizzes.
   */
  public record History(Set<String> thisQuiz, Set<String> otherQuizzes) {
    public static final History NONE = new History(Set.of(), Set.of());
  }

  /** A first attempt's paper: nothing seen before. */
  public static Paper draw(CoursePackage course, Quiz quiz, Random random) {
    return draw(course, quiz, History.NONE, random);
  }

  /**
   * A paper for a learner with this history; see {@link ParallelItems} for questions with an
   * objective.
   */
  public static Paper draw(CoursePackage course, Quiz quiz, History history, Random random) {
    List<BankQuestion> chosen =
        new ArrayList<>(ParallelItems.choose(course, quiz, history, random));
    Set<String> keys = new HashSet<>();
    chosen.forEach(entry -> keys.add(entry.key()));
    List<BankQuestion> bank = course.bank();
    for (Draw draw : quiz.draws()) {
      List<BankQuestion> candidates =
          new ArrayList<>(
              bank.stream()
                  .filter(b -> b.question().tags().contains(draw.tag()) && !keys.contains(b.key()))
                  .toList());
      Collections.shuffle(candidates, random);
      for (BankQuestion pick : candidates.subList(0, Math.min(draw.count(), candidates.size()))) {
        chosen.add(pick);
        keys.add(pick.key());
      }
    }
    Map<String, List<BankQuestion>> units = new LinkedHashMap<>();
    for (BankQuestion entry : chosen) {
      String unit =
          entry.question().scenario() == null
              ? entry.key()
              : entry.quiz() + "#" + entry.question().scenario();
      units.computeIfAbsent(unit, u -> new ArrayList<>()).add(entry);
    }
    List<List<BankQuestion>> ordered = new ArrayList<>(units.values());
    if (quiz.settings().shuffleQuestions()) {
      Collections.shuffle(ordered, random);
    }
    List<Item> items = new ArrayList<>();
    for (BankQuestion entry : ordered.stream().flatMap(List::stream).toList()) {
      items.add(item(entry, quiz.settings().shuffleOptions(), random));
    }
    return new Paper(List.copyOf(items));
  }

  public static Optional<Quiz> quiz(CoursePackage course, String quizId) {
    return course.quizzes().filter(q -> q.id().equals(quizId)).findFirst();
  }

  public static Optional<Question> question(
      CoursePackage course, String quizId, String questionId) {
    return quiz(course, quizId)
        .flatMap(
            q ->
                q.questions().stream()
                    .filter(question -> question.id().equals(questionId))
                    .findFirst());
  }

  private static Item item(BankQuestion entry, boolean shuffleOptions, Random random) {
    Question question = entry.question();
    List<String> options = new ArrayList<>(question.options());
    List<String> matches = new ArrayList<>(question.matches());
    if (question.type() == QuestionType.ORDERING) {
      Collections.shuffle(options, random);
      scramble(options, ((CoursePackage.AnswerKey.Sequence) question.key()).order(), random);
    } else if (shuffleOptions
        && question.shuffle()
        && (question.type() == QuestionType.SINGLE
            || question.type() == QuestionType.MULTIPLE
            || question.type() == QuestionType.MATCHING)) {
      Collections.shuffle(options, random);
    }
    if (question.type() == QuestionType.MATCHING) {
      Collections.shuffle(matches, random);
      List<String> inKeyOrder =
          options.stream()
              .map(o -> ((CoursePackage.AnswerKey.Pairs) question.key()).pairs().get(o))
              .toList();
      scramble(matches, inKeyOrder, random);
    }
    return new Item(entry.quiz(), question.id(), List.copyOf(options), List.copyOf(matches));
  }

  /** Shuffles until the list no longer reads in the revealing order (when it can differ at all). */
  private static void scramble(List<String> list, List<String> revealing, Random random) {
    if (list.size() < 2) {
      return;
    }
    for (int tries = 0; tries < 10 && list.equals(revealing); tries++) {
      Collections.shuffle(list, random);
    }
    if (list.equals(revealing)) {
      Collections.rotate(list, 1);
    }
  }
}
