package org.rightsacademy.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage.BankQuestion;
import org.rightsacademy.catalog.CoursePackage.Draw;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.Quiz;

/**
 * What an attempt of a quiz can show, as weights: every question the attempt may draw with the
 * expected number of times it is on the paper, and the number of questions the paper has. A
 * question without an objective is fixed (weight 1); for each objective the quiz's questions name,
 * the paper holds one question among every question of the course with that objective (each
 * weighing 1/n); a tag draw of {@code count} questions picks among the bank's questions with the
 * tag that are not the quiz's own (each weighing count/n). An expected score per question then
 * gives the paper's expected score: every question of a paper weighs the same.
 *
 * @param items each question the paper may hold, with its weight
 * @param size the number of questions of a paper
 */
public record QuizDraws(List<Weighted> items, int size) {

  /** A question of the bank and the expected number of times an attempt shows it. */
  public record Weighted(String quiz, Question question, double weight) {}

  public static QuizDraws of(CoursePackage course, Quiz quiz) {
    List<BankQuestion> bank = course.bank();
    List<Weighted> items = new ArrayList<>();
    int size = 0;
    Set<String> own = new HashSet<>();
    for (Question question : quiz.questions()) {
      own.add(quiz.id() + "/" + question.id());
      if (question.objective() == null) {
        items.add(new Weighted(quiz.id(), question, 1));
        size++;
      }
    }
    for (String objective : quiz.objectives()) {
      List<BankQuestion> parallel = course.parallelItems(objective);
      parallel.forEach(b -> items.add(new Weighted(b.quiz(), b.question(), 1.0 / parallel.size())));
      size++;
    }
    for (Draw draw : quiz.draws()) {
      List<BankQuestion> candidates =
          bank.stream()
              .filter(b -> b.question().tags().contains(draw.tag()) && !own.contains(b.key()))
              .toList();
      int drawn = Math.min(draw.count(), candidates.size());
      candidates.forEach(
          b -> items.add(new Weighted(b.quiz(), b.question(), drawn / (double) candidates.size())));
      size += drawn;
    }
    return new QuizDraws(List.copyOf(items), size);
  }
}
