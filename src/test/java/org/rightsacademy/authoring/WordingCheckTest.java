package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightsacademy.platform.Language;

/** The inclusive-wording check, with the list of terms that ships in courses/wording.yaml. */
class WordingCheckTest {

  private static final WordingCheck CHECK = shipped();

  private static WordingCheck shipped() {
    try {
      return WordingCheck.of(List.of(Files.readString(Path.of("courses/wording.yaml"))));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> found(String text, Language language) {
    return CHECK.check(text, language).stream().map(WordingCheck.Warning::found).toList();
  }

  @Test
  void findsTheStigmatisingTermsInEachLanguage() {
    assertEquals(
        List.of("Illegal migrants"),
        found("Illegal migrants were stopped at the border.", Language.EN));
    assertEquals(
        List.of("illegal aliens"), found("Never treat them as illegal aliens", Language.EN));
    assertEquals(
        List.of("migrants illégaux"),
        found("Les migrants illégaux ont été contrôlés.", Language.FR));
    assertEquals(List.of("clandestins"), found("des clandestins", Language.FR));
    assertEquals(
        List.of("нелегальные мигранты"), found("Задержаны нелегальные мигранты.", Language.RU));
    assertEquals(
        List.of("المهاجرين غير الشرعيين"), found("تم توقيف المهاجرين غير الشرعيين.", Language.AR));
  }

  @Test
  void suggestsTheInclusiveWordingInTheTextsLanguageAndSaysOnWhichLine() {
    List<WordingCheck.Warning> warnings =
        CHECK.check("First line.\nSecond line about illegal immigrants.", Language.EN);
    assertEquals(1, warnings.size());
    assertEquals(2, warnings.getFirst().line());
    assertEquals("migrants in an irregular situation", warnings.getFirst().suggestion());
    assertEquals(
        "migrants en situation irrégulière",
        CHECK.check("clandestin", Language.FR).getFirst().suggestion());
    assertEquals("المهاجرون في وضع غير نظامي", CHECK.suggestion(Language.AR));
  }

  @Test
  void leavesInclusiveWordingAndLookAlikeWordsAlone() {
    assertEquals(
        List.of(), found("Migrants in an irregular situation keep their rights.", Language.EN));
    assertEquals(
        List.of(),
        found("An illegal act by an employer; illegality of the contract.", Language.EN));
    assertEquals(List.of(), found("les migrants en situation irrégulière", Language.FR));
    assertEquals(List.of(), found("мигранты в неурегулированном положении", Language.RU));
    assertEquals(List.of(), found("المهاجرون في وضع غير نظامي", Language.AR));
  }

  @Test
  void aMarkedTermIsNotCheckedButTheSameTermUnmarkedStillIs() {
    assertEquals(List.of(), found("Never say «{--illegal migrants--}».", Language.EN));
    assertEquals(
        List.of(),
        found("Ne dites pas « {--migrants illégaux--} » ni « {--sans-papiers--} ».", Language.FR));
    assertEquals(List.of(), found("## Почему не «{--нелегалы--}»", Language.RU));
    assertEquals(List.of(), found("- تجنب «{--المهاجرين غير الشرعيين--}»", Language.AR));
    assertEquals(
        List.of("illegal migrants"),
        found("Never say «{--illegal migrants--}», yet here are illegal migrants.", Language.EN));
    assertEquals(
        List.of("illegal migrants"), found("An open {--illegal migrants marker", Language.EN));
    assertEquals(
        List.of("illegals"),
        found("{--clandestins--} and illegals and {--sans-papiers--}", Language.EN));
    assertEquals(
        List.of("illegal immigrant"),
        found("{--illegal migrant--}s, an illegal immigrant", Language.EN));
  }

  @Test
  void anUnmarkedTermKeepsItsLineBesideMarkedOnes() {
    List<WordingCheck.Warning> warnings =
        CHECK.check(
            "Never say «{--illegal migrants--}».\nThey are not «{--clandestins--}».\nThe illegal immigrants were stopped.",
            Language.EN);
    assertEquals(1, warnings.size());
    assertEquals(3, warnings.getFirst().line());
    assertEquals("illegal immigrants", warnings.getFirst().found());
  }

  @Test
  void overlappingTermsGiveOneWarning() {
    assertEquals(List.of("нелегальных мигрантов"), found("нелегальных мигрантов", Language.RU));
  }

  @Test
  void trainersExtendTheListWithAFileOfTheirOwn() {
    WordingCheck extended =
        WordingCheck.of(
            List.of("terms:\n  en: [\"undocumented alien*\"]\n", "suggestion:\n  en: people\n"));
    assertEquals(1, extended.check("two undocumented aliens", Language.EN).size());
    assertTrue(CHECK.check("two undocumented aliens", Language.EN).isEmpty());
  }
}
