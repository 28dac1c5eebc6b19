package org.rightsacademy.catalog.model;

import java.util.List;
import java.util.Optional;

/**
 * A quiz as written: its answer key file ({@code quizzes/<id>.yaml}) and, through its questions and
 * scenarios, the words of every language file.
 *
 * @param settings the settings its file sets; the others take the defaults of its role
 * @param questions its fixed questions, in order
 * @param draws what it draws at random from the course's bank by tag
 */
public record Quiz(
    String id,
    Role role,
    QuizSettings.Overrides settings,
    List<Question> questions,
    List<Draw> draws,
    List<Scenario> scenarios) {

  /** What the quiz is for in its course, which sets its default settings. */
  public enum Role {
    PRE,
    MODULE,
    FINAL
  }

  public Quiz {
    questions = List.copyOf(questions);
    draws = List.copyOf(draws);
    scenarios = List.copyOf(scenarios);
  }

  /** Its settings: what it sets, the defaults of its role for the rest. */
  public QuizSettings settings(int coursePassMark) {
    QuizSettings defaults =
        role == Role.FINAL
            ? QuizSettings.finalTestDefaults(coursePassMark)
            : QuizSettings.defaults(coursePassMark);
    return settings.over(defaults);
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  public Optional<Scenario> scenario(String scenarioId) {
    return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
  }

  public Quiz withSettings(QuizSettings.Overrides newSettings) {
    return new Quiz(id, role, newSettings, questions, draws, scenarios);
  }

  public Quiz withQuestions(List<Question> newQuestions) {
    return new Quiz(id, role, settings, newQuestions, draws, scenarios);
  }

  public Quiz withScenarios(List<Scenario> newScenarios) {
    return new Quiz(id, role, settings, questions, draws, newScenarios);
  }
}
