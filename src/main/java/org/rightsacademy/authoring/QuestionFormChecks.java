package org.rightsacademy.authoring;

import java.util.List;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.platform.Language;

/**
 * The question editor's own checks of what the trainer typed, each message beside its field or at
 * the top of the form; the package validator checks the rest once the question is saved.
 */
final class QuestionFormChecks {

  /** Whether the form may be saved, and the bundle key of a problem with the weights' sum. */
  record Checked(boolean ok, String weightsError) {}

  private QuestionFormChecks() {}

  static Checked check(
      QuestionType kind,
      Language language,
      String text,
      String source,
      String accept,
      List<OptionRow> options,
      List<OptionRow> matches,
      OpenQuestionForm open) {
    boolean ok = true;
    String weightsError = null;
    if (text == null || text.isBlank()) {
      Messages.addError("question:text", "author.text.required");
      ok = false;
    }
    if (source == null || source.isBlank()) {
      Messages.addError("question:source", "author.source.required");
      ok = false;
    }
    boolean openType = kind == QuestionType.NUMERICAL || kind == QuestionType.ESSAY;
    if (kind != QuestionType.SHORT
        && !openType
        && options.stream().anyMatch(r -> r.text == null || r.text.isBlank())) {
      Messages.addError(null, "author.option.text_required");
      ok = false;
    }
    if (kind == QuestionType.SHORT && !ShortAnswerForm.valid(options, accept, language)) {
      ok = false;
    }
    if (language != Language.EN) {
      return new Checked(ok, null);
    }
    long correct = options.stream().filter(r -> r.correct).count();
    ok &= open.valid(kind, options);
    if (kind != QuestionType.SHORT && !openType && options.size() < 2) {
      Messages.addError(null, "author.option.two");
      ok = false;
    }
    if ((kind == QuestionType.SINGLE || kind == QuestionType.TRUE_FALSE) && correct != 1) {
      Messages.addError(null, "author.correct.one");
      ok = false;
    }
    if (kind == QuestionType.MULTIPLE) {
      weightsError = QuestionForms.weightProblems(options);
      if (weightsError != null || options.stream().anyMatch(r -> r.weightError != null)) {
        Messages.addError(null, "author.weight.fix");
        return new Checked(false, weightsError);
      }
      if (!QuestionForms.weights(options).isEmpty()) {
        return new Checked(ok, null);
      }
    }
    if (kind == QuestionType.MULTIPLE && correct < 1) {
      Messages.addError(null, "author.correct.some");
      ok = false;
    }
    if (kind == QuestionType.MATCHING
        && (matches.size() < 2
            || matches.stream().anyMatch(r -> r.text == null || r.text.isBlank())
            || options.stream()
                .anyMatch(
                    r ->
                        r.match == null
                            || matches.stream().noneMatch(m -> m.id.equals(r.match))))) {
      Messages.addError(null, "author.match.each");
      ok = false;
    }
    return new Checked(ok, null);
  }

  /** The sum of the positive weights typed, as people read it ("" when none is given). */
  static String weightsSum(List<OptionRow> options) {
    if (options.stream().allMatch(r -> QuestionForms.blank(r.weight))) {
      return "";
    }
    double sum =
        options.stream()
            .filter(r -> !QuestionForms.blank(r.weight))
            .mapToDouble(r -> QuestionForms.parse(r.weight))
            .filter(w -> w > 0)
            .sum();
    return GiftImport.percent(sum);
  }
}
