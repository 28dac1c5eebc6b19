package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.OptionText;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;
import org.rightsacademy.platform.Language;

/**
 * The quiz editor's GIFT path without the page: the import form reads a paste or a file ({@link
 * GiftImportForm}), {@link GiftImport} makes bank questions, {@link QuizDraft#addQuestions} stores
 * them, {@link GiftExport} writes the bank back.
 */
class GiftImportTest {

  private static final String QUIZ = "basics";

  private static Draft sample() {
    return new Draft(
        PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents());
  }

  private static byte[] fixture(String name) throws IOException {
    return Files.readAllBytes(Path.of("src/test/resources/gift", name));
  }

  /** Reads the form as the page does, and stores what it gives in the draft's quiz. */
  private static GiftImport.Result importInto(Draft draft, GiftImportForm form) {
    assertNull(form.take(), "the input is taken");
    GiftImport.Result result = form.read(QUIZ, draft.takenIds()::contains);
    draft.quiz(QUIZ).addQuestions(result.items(), Language.EN);
    return result;
  }

  private static GiftImportForm pasted(String gift) {
    GiftImportForm form = new GiftImportForm();
    form.setText(gift);
    return form;
  }

  private static List<Question> imported(Draft draft, GiftImport.Result result) {
    return result.items().stream().map(i -> draft.quiz(QUIZ).model(i.key().id())).toList();
  }

  private static String export(Draft draft, Collection<Question> questions) {
    return GiftExport.write(QUIZ, List.copyOf(questions), Language.EN);
  }

  @Test
  void aMoodleBankImportsLenientlyWithEachLeftOutQuestionByLineAndReason() throws IOException {
    GiftImportForm form = new GiftImportForm();
    form.setFile(new BytesPart("trainer-bank.gift", fixture("trainer-bank.gift")));
    Draft draft = sample();
    GiftImport.Result result = importInto(draft, form);

    assertEquals(
        List.of(
            "single",
            "true-false",
            "multiple",
            "short",
            "matching",
            "true-false",
            "essay",
            "numerical"),
        result.items().stream().map(i -> i.key().getTypeName()).toList());
    GiftImport.Item numerical = result.items().get(7);
    assertEquals(1, numerical.key().open().numbers().size());
    assertEquals(2003, numerical.key().open().numbers().getFirst().value(), 0);
    assertEquals(100, numerical.key().open().numbers().getFirst().weight());
    assertEquals(
        org.rightsacademy.catalog.model.Question.Essay.DEFAULT_LENGTH,
        result.items().get(6).key().open().maxLength(),
        "an essay takes the default length limit");
    assertTrue(
        result.skipped().stream()
            .anyMatch(s -> s.reason().equals("author.gift.problem.unclosed_brace")),
        result.skipped().toString());
    assertEquals(
        List.of(49),
        result.skipped().stream().map(GiftImport.Skipped::line).toList(),
        "each by the line its question starts on");

    Question consul = draft.quiz(QUIZ).model("consul-on-arrest");
    QuestionText words = consul.texts().get(Language.EN);
    assertEquals(
        "When a migrant worker is arrested, who is told & at whose request?", words.text());
    assertEquals("ICRMW art. 16(7)", words.source(), "the title is the legal source");
    assertEquals(
        "Article 16(7): the consulate is told without delay if the person asks.",
        words.feedback(),
        "HTML rendered to text, the script gone");
    assertEquals(
        new OptionText(
            "The consular post of their State, if they ask",
            "Yes: article 16(7) leaves the choice to them."),
        words.options().get("a"));
    assertEquals(
        List.of("default-for-detention", "consular"), consul.common().tags(), "category and tag");

    GiftImport.Item untitled = result.items().get(5);
    assertEquals(QuestionText.SOURCE_PLACEHOLDER, untitled.words().source());
    assertTrue(untitled.notes().contains("author.gift.note.placeholder"));
    assertTrue(untitled.key().id().startsWith("a-migrant-worker-in-an-irregular"));
    assertEquals(List.of("terms"), untitled.key().tags(), "the second category's last part");
  }

  @Test
  void strictImportRefusesAFileWithADescriptionAndLenientNamesTheReason() {
    String gift =
        """
        ::ICRMW art. 16(5)::Reasons are given in a language the person understands. {T}

        ::ICRMW art. 68::Article 68 is about irregular migration and its prevention.
        """;
    GiftImport.Result result = pasted(gift).read(QUIZ, id -> false);
    assertFalse(result.clean(), "strict imports only a clean read, and this one is not");
    assertEquals(1, result.items().size());
    assertEquals(
        List.of(new GiftImport.Skipped(3, "author.gift.unsupported.description", "ICRMW art. 68")),
        result.skipped());
  }

  @Test
  void aWindows1252FileIsDetectedOrReadInTheCharacterSetTheTrainerChooses() throws IOException {
    byte[] bytes = fixture("windows-1252.gift");
    GiftImportForm detected = new GiftImportForm();
    detected.setFile(new BytesPart("windows-1252.gift", bytes));
    Draft draft = sample();
    GiftImport.Result result = importInto(draft, detected);
    assertEquals("windows-1252", detected.getReadAs());
    assertFalse(detected.isReplaced());
    Question cafe = imported(draft, result).getFirst();
    assertEquals("Le café de l’accueil est-il « gratuit » ?", cafe.texts().get(Language.EN).text());
    assertEquals(
        "Non : il est payant.",
        cafe.texts().get(Language.EN).options().get("false").feedback(),
        "the answer is true: the first feedback is for a wrong answer");

    GiftImportForm chosen = new GiftImportForm();
    chosen.setFile(new BytesPart("windows-1252.gift", bytes));
    chosen.setCharset("utf-8");
    assertNull(chosen.take());
    GiftImport.Result asUtf8 = chosen.read(QUIZ, id -> false);
    assertTrue(chosen.isReplaced(), "the trainer is told that UTF-8 cannot read it");
    assertTrue(asUtf8.items().getFirst().words().text().contains("\uFFFD"));

    chosen.setFile(null);
    chosen.setCharset("windows-1252");
    assertNull(chosen.take(), "the file is kept for another character set");
    assertEquals(
        "Le café de l’accueil est-il « gratuit » ?",
        chosen.read(QUIZ, id -> false).items().getFirst().words().text());
  }

  @Test
  void giftToBankToGiftToBankLosesNothingTheBankHolds() throws IOException {
    String gift =
        """
        $CATEGORY: $course$/top/Detention

        // [id:consul-told] [tag:consular]
        ::ICRMW art. 16(7)::Who is told when a migrant worker is arrested? {
        \t=The consulate, if the person asks#Article 16(7) leaves the choice to them.
        \t~The employer#No.
        \t~Nobody
        \t####Consular notice is the person's choice.
        }

        ::ICRMW art. 22(1)::Which measures does article 22(1) forbid? {
        \t~%60%Collective expulsion#Each case is examined on its own.
        \t~%40%Expelling a group without looking at each case
        \t~%-50%Expulsion after an individual decision#That can be lawful.
        \t~%0%Expulsion of a person who asked to leave
        }

        ::ICRMW art. 22(2)::Which two guarantees does article 22 give? {
        \t~%50%A decision by a competent authority
        \t~%50%Reasons for the decision
        \t~%-100%A decision by the employer
        }

        ::ICRMW art. 16(5)::Reasons are given in a language the person understands. {FALSE#It is true.#Right.}

        ::ICRMW art. 5::Name the situation of a worker whose permit expired. {
        \t=irregular situation
        \t=irregular
        \t####Article 5.
        }

        ::ICRMW art. 16(7)::Which article lets an arrested worker reach their consul? {
        	=16(7)
        	=%50%article 16#Close: the paragraph matters.
        	=%-50%article 2#Article 2 defines who is covered.
        	=%0%*#Look at article 16 again.
        }

        ::ICRMW preamble::Match each instrument to its year. {
        \t=Migrant Workers Convention -> 1990
        \t=Palermo Protocol -> 2000
        \t= -> 1951
        \t= -> 2018
        }
        """;
    Draft first = sample();
    GiftImport.Result once = importInto(first, pasted(gift));
    assertTrue(once.clean(), once.skipped().toString());
    assertEquals(
        List.of(),
        once.items().stream().flatMap(i -> i.notes().stream()).toList(),
        "nothing of this file is beyond the bank");
    List<Question> bank = imported(first, once);
    String exported = export(first, bank);

    Draft second = sample();
    GiftImport.Result twice = importInto(second, pasted(exported));
    assertTrue(twice.clean(), twice.skipped().toString());
    assertEquals(bank, imported(second, twice), "the same questions: texts, weights, feedback");
    assertEquals(exported, export(second, imported(second, twice)), "the same GIFT again");

    assertTrue(exported.contains("~%60%Collective expulsion#Each case"), exported);
    assertTrue(exported.contains("~%-50%Expulsion after"), "negative weight");
    assertTrue(exported.contains("\t~Expulsion of a person"), "zero weight, Moodle's default");
    assertEquals(
        Map.of("a", 60.0, "b", 40.0, "c", -50.0, "d", 0.0),
        ((Question.MultipleChoice) bank.get(1)).weights(),
        "the file's weights, in the bank");
    assertEquals(
        Map.of(),
        ((Question.MultipleChoice) bank.get(2)).weights(),
        "an even split is the bank's own scoring");
    PackageReader.Result stored = PackageReader.read(PackageFiles.of(second.files()));
    assertTrue(
        stored.problems().stream().noneMatch(p -> p.file().equals("quizzes/basics.yaml")),
        stored.problems().toString());
    assertTrue(exported.contains("=irregular situation"), exported);
    assertTrue(exported.contains("=irregular\n"), "every alternative");
    assertTrue(exported.contains("= -> 1951") && exported.contains("= -> 2018"), "distractors");
    assertTrue(exported.contains("$CATEGORY: $course$/basics"), exported);
    assertTrue(exported.contains("// [id:consul-told] [tag:detention] [tag:consular]"), exported);
    Question.ShortText consul = assertInstanceOf(Question.ShortText.class, bank.get(5));
    assertEquals(
        List.of(
            new Question.ShortAnswer("s1", 100, false),
            new Question.ShortAnswer("s2", 50, false),
            new Question.ShortAnswer("s3", -50, false),
            new Question.ShortAnswer("s4", 0, true)),
        consul.answers(),
        "every alternative, its weight and the catch-all");
    QuestionText consulWords = consul.texts().get(Language.EN);
    assertEquals(
        new OptionText("article 16", "Close: the paragraph matters."),
        consulWords.options().get("s2"));
    assertEquals(new OptionText("*", "Look at article 16 again."), consulWords.options().get("s4"));
    assertTrue(exported.contains("\t=%50%article 16#Close\\: the paragraph matters.\n"), exported);
    assertTrue(exported.contains("\t=%-50%article 2#Article 2 defines"), exported);
    assertTrue(exported.contains("\t=%0%*#Look at article 16 again.\n"), exported);
    assertEquals(
        List.of(
            new Question.ShortAnswer("s1", 100, false), new Question.ShortAnswer("s2", 100, false)),
        ((Question.ShortText) bank.get(4)).answers(),
        "plain alternatives are full credit");
    Question matching = bank.get(6);
    assertEquals(4, assertInstanceOf(Question.Matching.class, matching).matches().size());
    assertEquals(2, ((Question.Matching) matching).pairs().size());
  }

  @Test
  void everyQuestionOfTheSampleGoesOutAndComesBackButOrderingIsNamed() {
    Draft draft = sample();
    List<Question> bank =
        draft.quiz(QUIZ).questions().stream().map(k -> draft.quiz(QUIZ).model(k.id())).toList();
    String exported = GiftExport.write(QUIZ, bank, Language.AR);
    assertTrue(
        exported.contains("// Left out: ordering question \"arrest-steps\""), "named: " + exported);
    GiftImport.Result back = pasted(exported).read(QUIZ, id -> false);
    assertEquals(List.of(), back.skipped());
    List<Question> writable = bank.stream().filter(q -> !(q instanceof Question.Ordering)).toList();
    assertEquals(writable.size(), back.items().size());
    for (int i = 0; i < writable.size(); i++) {
      Question original = writable.get(i);
      GiftImport.Item read = back.items().get(i);
      Question again =
          QuestionForms.question(
              read.key(),
              org.rightsacademy.catalog.model.Localized.of(
                  Language.AR, QuestionForms.text(read.words(), read.key())));
      assertEquals(original.id(), again.id());
      assertEquals(original.getClass(), again.getClass(), original.id());
      assertEquals(original.texts().get(Language.AR).text(), again.texts().get(Language.AR).text());
      assertEquals(rightPlaces(original), rightPlaces(again), original.id());
    }
  }

  /** Where the right options stand (option ids are a, b, c… after an import). */
  private static List<Integer> rightPlaces(Question question) {
    QuestionDraft key = QuestionForms.draft(question);
    return key.correct().stream().map(key.options()::indexOf).toList();
  }

  @Test
  void aPlaceholderSourceKeepsTheCourseFromBeingPublished() {
    Draft draft = sample();
    importInto(draft, pasted("Workers keep the right to equal pay for work done. {T}"));
    List<PackageProblem> problems =
        PackageReader.read(PackageFiles.of(draft.publishable(List.of(), 1))).problems();
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.kind() == PackageProblem.Kind.NO_SOURCE
                        && p.detail().contains(QuestionText.SOURCE_PLACEHOLDER)),
        problems.toString());
  }

  @Test
  void formatMarkersAreTakenOffAndHtmlNeverReachesALearnerAsTags() {
    String gift =
        """
        ::A::[html]<p>Line one<br>line &lt;two&gt;</p><ul><li>x</li></ul>{T}

        ::B::[plain]Keep <b>this</b> as typed {T}

        ::C::[markdown]**Bold** stays as written {T}

        ::D::[moodle]Plain words {T}
        """;
    List<String> texts =
        pasted(gift).read(QUIZ, id -> false).items().stream().map(i -> i.words().text()).toList();
    assertEquals(
        List.of(
            "Line one\nline <two>\n\n• x",
            "Keep <b>this</b> as typed",
            "**Bold** stays as written",
            "Plain words"),
        texts);
  }

  @Test
  void everyReasonAndNoteTheImportGivesIsWordedForTheTrainer() throws IOException {
    java.util.Properties english = new java.util.Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("i18n/messages_en.properties")) {
      english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    List<String> keys = new java.util.ArrayList<>();
    for (var kind : org.rightsacademy.authoring.gift.GiftProblem.Kind.values()) {
      keys.add("author.gift.problem." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    var header = org.rightsacademy.authoring.gift.GiftQuestion.Header.of("t", "x");
    assertTrue(
        GiftImport.unsupported(new org.rightsacademy.authoring.gift.GiftQuestion.Essay(header))
            .isEmpty(),
        "essays are imported");
    GiftImport.unsupported(new org.rightsacademy.authoring.gift.GiftQuestion.Description(header))
        .ifPresent(keys::add);
    keys.addAll(
        List.of(
            "author.gift.weights_sum",
            "author.gift.note.placeholder",
            "author.gift.note.partial_credit",
            "author.gift.note.short_weight",
            "author.gift.note.numerical_weight",
            "author.gift.too_long"));
    assertEquals(12 + 1 + 6, keys.size(), "every kind and type has a reason");
    assertEquals(List.of(), keys.stream().filter(k -> !english.containsKey(k)).toList(), "missing");
  }

  /** An uploaded file as the servlet container gives it. */
  private record BytesPart(String name, byte[] bytes) implements jakarta.servlet.http.Part {
    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public String getContentType() {
      return "application/octet-stream";
    }

    @Override
    public String getName() {
      return "gift:file";
    }

    @Override
    public String getSubmittedFileName() {
      return name;
    }

    @Override
    public long getSize() {
      return bytes.length;
    }

    @Override
    public void write(String fileName) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete() {}

    @Override
    public String getHeader(String header) {
      return null;
    }

    @Override
    public Collection<String> getHeaders(String header) {
      return List.of();
    }

    @Override
    public Collection<String> getHeaderNames() {
      return List.of();
    }
  }
}
