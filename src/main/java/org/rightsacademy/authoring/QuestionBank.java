package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rightsacademy.catalog.model.LearningPackage;
import org.rightsacademy.catalog.model.Module;
import org.rightsacademy.catalog.model.Quiz;

/** A draft's question bank read whole: its quizzes in course order and the ids its items take. */
final class QuestionBank {

  private QuestionBank() {}

  /** The course's quizzes in course order: pre-test, module quizzes, final test. */
  static List<String> quizzes(LearningPackage model) {
    List<String> quizzes = new ArrayList<>();
    if (model.manifest().preTest() != null) {
      quizzes.add(model.manifest().preTest());
    }
    model.modules().stream().map(Module::quiz).filter(q -> q != null).forEach(quizzes::add);
    if (model.manifest().finalTest() != null) {
      quizzes.add(model.manifest().finalTest());
    }
    return quizzes;
  }

  /** Every question and scenario id in the bank: ids are unique across all quizzes. */
  static Set<String> takenIds(LearningPackage model) {
    Set<String> taken = new LinkedHashSet<>();
    for (Quiz quiz : model.quizzes()) {
      quiz.questions().forEach(q -> taken.add(q.id()));
      quiz.scenarios().forEach(s -> taken.add(s.id()));
    }
    return taken;
  }
}
