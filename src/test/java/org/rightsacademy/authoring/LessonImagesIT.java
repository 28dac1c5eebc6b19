package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.catalog.ImageCheckTest;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.SchemaMigration;
import org.rightsacademy.platform.WebClient;

/**
 * Pictures in lessons, end to end through the pages: uploaded with alt texts, refused when the
 * bytes are not a safe picture, served from the draft to trainers only and from the published
 * version to the learners who see it; the editor's text limits; and a draft that no longer reads,
 * planted in the database, opened, downloaded and discarded without an error page. In the server,
 * so that the draft's rows can be counted and planted.
 */
@ExtendWith(ArquillianExtension.class)
class LessonImagesIT {

  static final String TRAINER = "it-pictures";
  static final String OTHER_TRAINER = "it-pictures-2";
  static final String LEARNER = "it-pictures-learner-ar";
  static final String PASSWORD = "a picture says what its alt text says";
  static final String ARABIC_ALT = "خريطة طريق العمال المهاجرين";
  static final String LESSON = "basics/definition";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @ArquillianResource private URL base;

  private WebClient signedIn(String username, Role role, Language language) {
    Fixtures.account(
        base,
        Fixtures.person(
            username,
            username,
            "SN",
            language,
            role,
            role == Role.LEARNER ? Scope.NONE : Scope.of("SN")),
        PASSWORD);
    WebClient browser = new WebClient(base);
    assertEquals(302, browser.signIn(username, PASSWORD).statusCode(), username + " signs in");
    return browser;
  }

  /** The sample package (English and Arabic) under a new code, imported: its code. */
  static String newCourse(WebClient trainer, String prefix) {
    String code = Fixtures.unique(prefix);
    Map<String, byte[]> copy =
        PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents();
    copy.put(
        "course.yaml",
        new String(copy.get("course.yaml"), StandardCharsets.UTF_8)
            .replace("code: sample", "code: " + code)
            .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> page =
        trainer.upload(
            "author/courses.xhtml",
            "import",
            "import:file",
            code + ".zip",
            PackageFiles.of(copy).toZip(),
            "import:upload");
    assertTrue(page.body().contains("Imported: new course " + code), messages(page.body()) + code);
    return code;
  }

  static String editor(String code, Language language) {
    return "author/lesson.xhtml?code=" + code + "&lesson=" + LESSON + "&lang=" + language.code();
  }

  /** Adds a picture to the English lesson through the "Add picture" form; the page after. */
  static HttpResponse<String> addPicture(
      WebClient trainer, String code, String fileName, byte[] bytes, Map<String, String> alts) {
    WebClient.Form form = trainer.open(editor(code, Language.EN), "image");
    Map<String, String> fields = new java.util.HashMap<>();
    alts.forEach((language, alt) -> fields.put("image:alt-" + language, alt));
    return trainer.upload(form, fields, "image:file", fileName, bytes, "image:add");
  }

  /** Publishes the draft (no gaps expected); the page after. */
  static String publish(WebClient trainer, String code) {
    HttpResponse<String> published =
        trainer.submit("author/course.xhtml?code=" + code, "publish", Map.of(), "publish:publish");
    return published.body();
  }

  static String messages(String page) {
    int start = page.indexOf("id=\"messages\"");
    return start < 0 ? "(no message)" : page.substring(start, Math.min(page.length(), start + 600));
  }

  private int draftFiles(String code) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM draft_file f JOIN course_draft d ON d.id = f.draft_id"
                    + " WHERE d.course_code = ?")) {
      query.setString(1, code);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  @Test
  void aPictureWithAltTextsIsPublishedAndAnArabicLearnerSeesItWithItsArabicAltText()
      throws Exception {
    WebClient trainer = signedIn(TRAINER, Role.TRAINER, Language.EN);
    String code = newCourse(trainer, "it-pic");

    // Refused: a script in an SVG, a text file named .png, a file over the limit; nothing stored.
    String unsafe = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'><rect/></svg>";
    HttpResponse<String> refused =
        addPicture(
            trainer,
            code,
            "map.svg",
            unsafe.getBytes(StandardCharsets.UTF_8),
            Map.of("en", "Map", "ar", ARABIC_ALT));
    assertTrue(
        refused.body().contains("this SVG is not safe") && refused.body().contains("onload"),
        refused.body());
    HttpResponse<String> notAPicture =
        addPicture(
            trainer,
            code,
            "map.png",
            "just words".getBytes(StandardCharsets.UTF_8),
            Map.of("en", "Map"));
    assertTrue(
        notAPicture.body().contains("not a PNG, JPEG, WebP or SVG picture"), notAPicture.body());
    byte[] oversized =
        java.util.Arrays.copyOf(
            ImageCheckTest.picture("png", 4, 4),
            org.rightsacademy.catalog.ImageCheck.MAX_BYTES + 10);
    HttpResponse<String> tooLarge =
        addPicture(trainer, code, "big.png", oversized, Map.of("en", "Map"));
    assertTrue(tooLarge.body().contains("at most 2,048 KB"), tooLarge.body());
    HttpResponse<String> noAlt =
        addPicture(trainer, code, "map.png", ImageCheckTest.picture("png", 4, 4), Map.of());
    assertTrue(noAlt.body().contains("Write the alt text in this language"), "English is required");
    assertEquals(0, draftFiles(code), "a refused picture starts no draft");

    // Accepted: a real PNG, with its English and Arabic alt texts.
    byte[] png = ImageCheckTest.picture("png", 64, 40);
    HttpResponse<String> added =
        addPicture(
            trainer, code, "Route map.png", png, Map.of("en", "Route map", "ar", ARABIC_ALT));
    assertTrue(added.body().contains("The picture was added"), messages(added.body()));
    assertTrue(
        added.body().contains("src=\"media/" + code + "/images/route-map.png\"")
            && added.body().contains("alt=\"Route map\""),
        "the editor's preview shows it from the draft");
    HttpResponse<byte[]> fromDraft =
        trainer.getBytes("author/media/" + code + "/images/route-map.png");
    assertEquals(200, fromDraft.statusCode());
    assertEquals("image/png", fromDraft.headers().firstValue("Content-Type").orElse(""));
    assertTrue(java.util.Arrays.equals(png, fromDraft.body()), "the bytes as uploaded");

    // Not found: the picture under another draft's address, to another trainer of it too.
    WebClient other = signedIn(OTHER_TRAINER, Role.TRAINER, Language.EN);
    String otherCode = newCourse(other, "it-pic-other");
    other.submit(
        editor(otherCode, Language.EN),
        "lesson",
        Map.of("lesson:title", "The definition", "lesson:markdown", "# Another draft"),
        "lesson:save");
    assertEquals(
        404, other.getBytes("author/media/" + otherCode + "/images/route-map.png").statusCode());
    assertEquals(
        404, other.getBytes("author/media/" + code + "/images/../course.yaml").statusCode());
    WebClient learner = signedIn(LEARNER, Role.LEARNER, Language.AR);
    assertEquals(
        403,
        learner.getBytes("author/media/" + code + "/images/route-map.png").statusCode(),
        "learners never see a draft's pictures");

    // The Arabic lesson shows the picture too (the translator keeps the English's picture line).
    String arabicEditor = trainer.get(editor(code, Language.AR)).body();
    assertTrue(arabicEditor.contains(ARABIC_ALT), "the Arabic alt text beside the picture");
    HttpResponse<String> arabic =
        trainer.submit(
            editor(code, Language.AR),
            "lesson",
            Map.of(
                "lesson:title",
                "التعريف",
                "lesson:markdown",
                "# التعريف\n\nالعامل المهاجر شخص يعمل بأجر في دولة ليس من مواطنيها.\n\n"
                    + "![](../../images/route-map.png)\n"),
            "lesson:save");
    assertTrue(arabic.body().contains("alt=\"" + ARABIC_ALT + "\""), messages(arabic.body()));

    String preview =
        trainer.get("author/preview.xhtml?code=" + code + "&lang=ar&lesson=" + LESSON).body();
    assertTrue(
        preview.contains("src=\"media/" + code + "/images/route-map.png\" alt=\"" + ARABIC_ALT),
        "the course preview shows it from the draft, with the Arabic alt text");

    String published = publish(trainer, code);
    assertTrue(published.contains("Published as version 2"), messages(published));

    learner.chooseLanguage(Language.AR);
    String lesson = learner.get("learn/lesson.xhtml?code=" + code + "&lesson=" + LESSON).body();
    Matcher image =
        Pattern.compile("<img src=\"(media/\\d+/images/route-map\\.png)\" alt=\"([^\"]*)\"")
            .matcher(lesson);
    assertTrue(image.find(), lesson);
    assertEquals(ARABIC_ALT, image.group(2));
    HttpResponse<byte[]> served = learner.getBytes("learn/" + image.group(1));
    assertEquals(200, served.statusCode());
    assertTrue(java.util.Arrays.equals(png, served.body()));
    assertTrue(
        served.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
        "a published version's picture never changes");
    assertEquals(
        404,
        learner.getBytes(image.group(1).replace("media/", "learn/media/9")).statusCode(),
        "a version that does not exist");
  }

  @Test
  void aMillionCharacterPasteIsRefusedInALessonAQuestionAndGiftAndStoresNothing()
      throws SQLException {
    WebClient trainer = signedIn(TRAINER, Role.TRAINER, Language.EN);
    String code = newCourse(trainer, "it-paste");
    String huge = "x".repeat(1_200_000);

    HttpResponse<String> lesson =
        trainer.submit(
            editor(code, Language.EN),
            "lesson",
            Map.of("lesson:title", "The definition", "lesson:markdown", huge),
            "lesson:save");
    assertEquals(200, lesson.statusCode());
    assertTrue(
        lesson.body().contains("Too long: 1,200,000 characters, at most 100,000 here."),
        messages(lesson.body()));

    String quiz = trainer.get("author/quiz.xhtml?code=" + code + "&quiz=basics").body();
    Matcher question = Pattern.compile("question\\.xhtml\\?[^\"]*q=([a-z0-9-]+)").matcher(quiz);
    assertTrue(question.find(), "a question of the quiz");
    String questionEditor =
        "author/question.xhtml?code=" + code + "&quiz=basics&q=" + question.group(1);
    HttpResponse<String> asked =
        trainer.submit(questionEditor, "question", Map.of("question:text", huge), "question:save");
    assertEquals(200, asked.statusCode());
    assertTrue(
        asked.body().contains("Too long: 1,200,000 characters, at most 5,000 here."),
        messages(asked.body()));

    HttpResponse<String> gift =
        trainer.submit(
            "author/quiz.xhtml?code=" + code + "&quiz=basics",
            "gift",
            Map.of("gift:text", "::Long:: " + huge + " {=yes ~no ~maybe}"),
            "gift:preview");
    assertEquals(200, gift.statusCode());
    assertTrue(
        gift.body().contains("The question is too long"),
        "the preview lists the pasted question as too long: " + messages(gift.body()));
    assertEquals(0, draftFiles(code), "nothing stored: the course has no draft");
    assertEquals(200, trainer.get("author/course.xhtml?code=" + code).statusCode());
  }

  @Test
  void anUnreadableDraftOpensAPageThatDownloadsAndDiscardsItAndOtherCoursesStayUnaffected()
      throws Exception {
    WebClient trainer = signedIn(TRAINER, Role.TRAINER, Language.EN);
    String code = newCourse(trainer, "it-broken");
    String healthy = newCourse(trainer, "it-healthy");
    trainer.submit(
        editor(code, Language.EN),
        "lesson",
        Map.of("lesson:title", "The definition", "lesson:markdown", "# Edited"),
        "lesson:save");
    // Planted: the quiz's English file as a paste once left it, over the YAML reader's limit.
    byte[] broken =
        ("who-is-covered:\n  text: " + "x".repeat(2_200_000) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement plant =
            connection.prepareStatement(
                "UPDATE draft_file SET content = ? WHERE path = 'quizzes/basics.en.yaml'"
                    + " AND draft_id = (SELECT id FROM course_draft WHERE course_code = ?)")) {
      plant.setBytes(1, broken);
      plant.setString(2, code);
      assertEquals(1, plant.executeUpdate());
    }

    for (String page :
        new String[] {
          "author/course.xhtml?code=" + code,
          editor(code, Language.EN),
          "author/quiz.xhtml?code=" + code + "&quiz=basics",
          "author/translations.xhtml?code=" + code,
          "author/preview.xhtml?code=" + code
        }) {
      HttpResponse<String> answer = trainer.get(page);
      assertEquals(302, answer.statusCode(), page);
      assertTrue(
          answer.headers().firstValue("Location").orElse("").contains("author/unreadable.xhtml"),
          page);
    }
    String unreadable = trainer.get("author/unreadable.xhtml?code=" + code).body();
    assertTrue(unreadable.contains("This draft cannot be opened"), unreadable);
    assertTrue(unreadable.contains("quizzes/basics.en.yaml"), "names the file");
    assertEquals(200, trainer.get("author/courses.xhtml").statusCode(), "the list still opens");
    assertEquals(200, trainer.get("author/course.xhtml?code=" + healthy).statusCode());

    HttpResponse<byte[]> zip = trainer.getBytes("author/draft-zip?code=" + code);
    assertEquals(200, zip.statusCode());
    boolean hasBroken = false;
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        if (entry.getName().equals("quizzes/basics.en.yaml")) {
          hasBroken = java.util.Arrays.equals(broken, entries.readAllBytes());
        }
      }
    }
    assertTrue(hasBroken, "the download holds the file as stored");

    HttpResponse<String> discarded =
        trainer.submit(
            "author/unreadable.xhtml?code=" + code,
            "unreadable-actions",
            Map.of(),
            "unreadable-actions:discard");
    assertEquals(302, discarded.statusCode(), discarded.body());
    assertEquals(0, draftFiles(code), "the draft is gone");
    HttpResponse<String> again = trainer.get("author/course.xhtml?code=" + code);
    assertEquals(200, again.statusCode(), "the published version opens again");
    assertFalse(again.body().contains("cannot be opened"));
  }
}
