package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.List;
import org.rightsacademy.authoring.GiftImport.Shown;
import org.rightsacademy.authoring.gift.GiftQuestion;
import org.rightsacademy.authoring.gift.GiftQuestion.Answer;
import org.rightsacademy.authoring.gift.GiftQuestion.Header;

/** The answers of a GIFT question as the file gives them, for the import preview. */
final class GiftPreview {

  private GiftPreview() {}

  /** The answers as the file gives them, for the preview. */
  static List<Shown> shown(GiftQuestion question) {
    Header h = question.header();
    List<Shown> shown = new ArrayList<>();
    switch (question) {
      case GiftQuestion.MultipleChoice q -> q.answers().forEach(a -> shown.add(shown(a, h)));
      case GiftQuestion.MultipleResponse q -> q.answers().forEach(a -> shown.add(shown(a, h)));
      case GiftQuestion.ShortAnswer q -> q.answers().forEach(a -> shown.add(shown(a, h)));
      case GiftQuestion.TrueFalse q -> {
        shown.add(
            new Shown(q.answer() ? "True" : "False", "100", GiftImport.text(q.rightFeedback(), h)));
        shown.add(
            new Shown(q.answer() ? "False" : "True", "0", GiftImport.text(q.wrongFeedback(), h)));
      }
      case GiftQuestion.Matching q ->
          q.pairs()
              .forEach(
                  p ->
                      shown.add(
                          new Shown(
                              (p.distractor() ? "" : GiftImport.text(p.left(), h) + " → ")
                                  + GiftImport.text(p.right(), h),
                              "",
                              "")));
      case GiftQuestion.Numerical q ->
          q.answers()
              .forEach(
                  a ->
                      shown.add(
                          new Shown(
                              switch (a.accepts()) {
                                case GiftQuestion.Tolerance t ->
                                    GiftImport.percent(t.value())
                                        + (t.tolerance() == 0
                                            ? ""
                                            : " ± " + GiftImport.percent(t.tolerance()));
                                case GiftQuestion.Range r ->
                                    GiftImport.percent(r.min())
                                        + " – "
                                        + GiftImport.percent(r.max());
                              },
                              GiftImport.percent(a.weight()),
                              GiftImport.text(a.feedback(), h))));
      default -> {}
    }
    return shown;
  }

  private static Shown shown(Answer a, Header h) {
    return new Shown(
        GiftImport.text(a.text(), h),
        GiftImport.percent(a.weight()),
        GiftImport.text(a.feedback(), h));
  }
}
