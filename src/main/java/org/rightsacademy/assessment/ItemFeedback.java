package org.rightsacademy.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.platform.Language;

/**
 * What a learner is told about one checked answer: right, partly right or not, the feedback of the
 * options they chose, the question's feedback, and its legal source, in their language.
 */
public record ItemFeedback(String verdict, double score, List<String> notes, String source) {

  public static String verdict(double score) {
    return score >= 1 ? "right" : score > 0 ? "partly" : "wrong";
  }

  public static ItemFeedback of(CoursePackage course, AttemptItem item, Language language) {
    Question question =
        Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
    QuestionText text =
        Optional.ofNullable(question.texts().get(language))
            .orElse(question.texts().get(Language.DEFAULT));
    double score = item.getScore().orElse(0.0);
    List<String> notes = new ArrayList<>();
    if (Answer.decode(question.type(), item.getResponse().orElse(null))
        instanceof Answer.Choices chosen) {
      item.getOptionOrder().stream()
          .filter(chosen.picked()::contains)
          .map(option -> text.options().get(option).feedback())
          .filter(feedback -> feedback != null)
          .forEach(notes::add);
    }
    if (question.key() instanceof CoursePackage.AnswerKey.Numbers numbers) {
      String note = PaperView.numericFeedback(numbers, text, item.getResponse().orElse(""));
      if (note != null) {
        notes.add(note);
      }
    }
    if (question.key() instanceof CoursePackage.AnswerKey.Accepted accepted
        && !accepted.answers().isEmpty()) {
      String note = ShortAnswers.feedback(question, accepted, text, item.getResponse().orElse(""));
      if (note != null) {
        notes.add(note);
      }
    }
    if (text.feedback() != null) {
      notes.add(text.feedback());
    }
    return new ItemFeedback(verdict(score), score, List.copyOf(notes), text.source());
  }
}
