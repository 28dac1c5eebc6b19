package org.rightsacademy.assessment;

import java.util.HashSet;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.platform.Language;

/** What a saved answer must be to be stored: checked against the question as the paper shows it. */
final class AnswerCheck {

  private AnswerCheck() {}

  /**
   * The answer in its stored form, if it fits the question as shown on this paper: only option and
   * match ids of the question, each at most once; a short answer of reasonable length.
   */
  static String validated(
      CoursePackage course, AttemptItem item, String response, Language language) {
    Question question =
        Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
    if (question.key() instanceof CoursePackage.AnswerKey.Open essay) {
      String text = EssayText.sanitise(response);
      if (EssayText.length(text) > essay.maxLength()) {
        throw new AttemptException(
            AttemptException.Reason.TOO_LONG,
            "answer to question "
                + item.getPosition()
                + " is longer than "
                + essay.maxLength()
                + " characters");
      }
      return text;
    }
    String value = response == null ? "" : response.strip();
    if (question.type() == CoursePackage.QuestionType.NUMERICAL) {
      if (value.isEmpty()) {
        return "";
      }
      return NumberInput.normalise(value, language)
          .orElseThrow(
              () ->
                  new AttemptException(
                      AttemptException.Reason.NOT_A_NUMBER,
                      "answer to question " + item.getPosition() + " is not a number: " + value));
    }
    if (value.length() > Answer.MAX_LENGTH) {
      throw new AttemptException(
          AttemptException.Reason.INVALID_ANSWER,
          "answer to question "
              + item.getPosition()
              + " is longer than "
              + Answer.MAX_LENGTH
              + " characters");
    }
    Answer answer = Answer.decode(question.type(), value);
    Set<String> options = new HashSet<>(question.options());
    boolean fits =
        switch (answer) {
          case Answer.Choices c ->
              options.containsAll(c.picked())
                  && (question.type() == CoursePackage.QuestionType.MULTIPLE
                      || c.picked().size() <= 1);
          case Answer.Order o ->
              options.containsAll(o.items()) && new HashSet<>(o.items()).size() == o.items().size();
          case Answer.Pairs p ->
              options.containsAll(p.pairs().keySet())
                  && question.matches().containsAll(p.pairs().values());
          case Answer.Text t -> true;
        };
    if (!fits) {
      throw new AttemptException(
          AttemptException.Reason.INVALID_ANSWER,
          "answer to question "
              + item.getPosition()
              + " names options the question does not have: "
              + value);
    }
    return answer.encode();
  }
}
