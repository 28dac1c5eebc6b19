package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.catalog.ImageCheckTest;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.WebClient;

/**
 * A draft's picture given a new file under its name, then removed in the lesson editor: refused,
 * naming the lesson and language, while another lesson text still shows it; once no other text
 * does, taken out of the lesson's text and out of the draft.
 */
@ExtendWith(ArquillianExtension.class)
class PictureRemovalIT {

  static final String TRAINER = "it-pictures-removal";
  static final String PICTURE = "images/route.png";

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void aPictureIsReplacedUnderItsNameAndRemovedOnceNoOtherTextShowsIt() {
    Fixtures.account(
        base,
        new AccountDraft(
            TRAINER,
            "Picture Trainer",
            null,
            "SN",
            null,
            null,
            Language.EN,
            EnumSet.of(Role.TRAINER),
            Scope.of("SN")),
        LessonImagesIT.PASSWORD);
    WebClient trainer = new WebClient(base);
    assertEquals(302, trainer.signIn(TRAINER, LessonImagesIT.PASSWORD).statusCode());
    String code = LessonImagesIT.newCourse(trainer, "it-pic-removal");
    HttpResponse<String> added =
        LessonImagesIT.addPicture(
            trainer,
            code,
            "route.png",
            ImageCheckTest.picture("png", 64, 40),
            Map.of("en", "Route map", "ar", LessonImagesIT.ARABIC_ALT));
    assertTrue(
        added.body().contains("The picture was added"), LessonImagesIT.messages(added.body()));

    // A new file under the same name; a file of another kind is refused beside the file field.
    String english = LessonImagesIT.editor(code, Language.EN);
    byte[] wider = ImageCheckTest.picture("png", 120, 40);
    HttpResponse<String> replaced =
        trainer.upload(
            trainer.open(english, "image"),
            Map.of("image:replace", PICTURE, "image:alt-en", "Route map, wider"),
            "image:file",
            "another-name.png",
            wider,
            "image:add");
    assertTrue(
        replaced.body().contains("The picture route.png now has the new file"),
        LessonImagesIT.messages(replaced.body()));
    assertArrayEquals(wider, trainer.getBytes("author/media/" + code + "/" + PICTURE).body());
    assertTrue(replaced.body().contains("alt=\"Route map, wider\""), "its new English alt text");
    HttpResponse<String> otherKind =
        trainer.upload(
            trainer.open(english, "image"),
            Map.of("image:replace", PICTURE),
            "image:file",
            "route.jpg",
            ImageCheckTest.picture("jpg", 20, 20),
            "image:add");
    assertTrue(
        otherKind.body().contains("The new file must be a PNG picture"),
        LessonImagesIT.messages(otherKind.body()));
    assertArrayEquals(wider, trainer.getBytes("author/media/" + code + "/" + PICTURE).body());

    // The Arabic lesson shows it too: removing it from the English lesson is refused.
    String arabic = LessonImagesIT.editor(code, Language.AR);
    HttpResponse<String> shown =
        trainer.submit(
            arabic,
            "lesson",
            Map.of(
                "lesson:markdown", "# التعريف\n\nالعامل المهاجر.\n\n![](../../images/route.png)\n"),
            "lesson:save");
    assertTrue(shown.body().contains("Saved to the draft"), LessonImagesIT.messages(shown.body()));
    HttpResponse<String> refused =
        trainer.submit(english, "lesson", Map.of(), removeButton(trainer.get(english).body()));
    assertTrue(
        refused.body().contains("The picture route.png is still shown in: The definition (العربية)")
            && refused.body().contains("Nothing was removed"),
        LessonImagesIT.messages(refused.body()));
    assertEquals(
        200, trainer.getBytes("author/media/" + code + "/" + PICTURE).statusCode(), "still there");

    // Taken out of the Arabic text, it can be removed: out of the English text and the draft.
    trainer.submit(
        arabic,
        "lesson",
        Map.of("lesson:markdown", "# التعريف\n\nالعامل المهاجر.\n"),
        "lesson:save");
    HttpResponse<String> removed =
        trainer.submit(english, "lesson", Map.of(), removeButton(trainer.get(english).body()));
    assertTrue(
        removed.body().contains("The picture route.png was taken out of the lesson"),
        LessonImagesIT.messages(removed.body()));
    assertFalse(removed.body().contains("images/route.png"), "gone from the text and the panel");
    assertTrue(removed.body().contains("images/journey.svg"), "the lesson's other picture stays");
    assertEquals(404, trainer.getBytes("author/media/" + code + "/" + PICTURE).statusCode());
    String problems = trainer.get("author/course.xhtml?code=" + code).body();
    assertFalse(problems.contains("route.png"), "no lesson is left with a missing picture");
  }

  /** The name of the "Remove picture" button of route.png in the lesson editor's pictures panel. */
  private static String removeButton(String page) {
    java.util.regex.Matcher button =
        java.util.regex.Pattern.compile("<input[^>]*data-remove=\"route.png\"[^>]*>").matcher(page);
    assertTrue(button.find(), "a Remove button for route.png");
    java.util.regex.Matcher name =
        java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(button.group());
    assertTrue(name.find(), button.group());
    return name.group(1);
  }
}
