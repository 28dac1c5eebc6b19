package org.rightsacademy.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.BankQuestion;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.Quiz;

/**
 * The quiz's own questions as one attempt shows them: a question without an objective as written;
 * for each objective the quiz's questions name (once, where it first appears) one question among
 * every question of the course written for it. The choice never repeats, where the bank allows, an
 * item the learner met in another quiz of the course (a pre-test item never reappears in the final
 * test, nor the other way round). A retake of the pre-test shows the items its earlier attempts
 * showed, so the baseline stays a baseline; a retake of any other quiz prefers items not yet seen
 * in it. When the bank is too small, the choice falls back to what there is.
 */
final class ParallelItems {

  private ParallelItems() {}

  static List<BankQuestion> choose(
      CoursePackage course, Quiz quiz, Paper.History history, Random random) {
    boolean preTest = course.preTest() != null && course.preTest().id().equals(quiz.id());
    Set<String> objectives = new LinkedHashSet<>();
    List<BankQuestion> chosen = new ArrayList<>();
    for (Question question : quiz.questions()) {
      if (question.objective() == null) {
        chosen.add(new BankQuestion(quiz.id(), question));
      } else if (objectives.add(question.objective())) {
        chosen.add(pick(course.parallelItems(question.objective()), preTest, history, random));
      }
    }
    return chosen;
  }

  private static BankQuestion pick(
      List<BankQuestion> parallel, boolean preTest, Paper.History history, Random random) {
    List<BankQuestion> fresh = prefer(parallel, b -> !history.otherQuizzes().contains(b.key()));
    List<BankQuestion> pool =
        preTest
            ? prefer(fresh, b -> history.thisQuiz().contains(b.key()))
            : prefer(fresh, b -> !history.thisQuiz().contains(b.key()));
    return pool.get(random.nextInt(pool.size()));
  }

  /** The items that pass the test, or all of them when none does. */
  private static List<BankQuestion> prefer(
      List<BankQuestion> items, java.util.function.Predicate<BankQuestion> test) {
    List<BankQuestion> preferred = items.stream().filter(test).toList();
    return preferred.isEmpty() ? items : preferred;
  }
}
