package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.ImageCheck;
import org.rightsacademy.catalog.ImageCheckTest;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.Language;

/** A draft's picture taken out (refused while another lesson text shows it) or given a new file. */
class DraftPicturesTest {

  private static final String LESSON = "basics/definition";
  private static final String OTHER = "basics/categories";
  private static final String LESSON_FILE = "lessons/01-basics/01-definition.en.md";
  private static final String OTHER_FILE = "lessons/01-basics/02-categories.en.md";

  private static Draft withPicture() {
    Draft draft =
        new Draft(
            PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents());
    String shown =
        draft.addImage(
            "images/route.png",
            ImageCheckTest.picture("png", 12, 8),
            Map.of(Language.EN, "Route map", Language.AR, "خريطة الطريق"),
            LESSON_FILE);
    draft.saveLesson(
        LESSON,
        Language.EN,
        "The definition",
        draft.markdown(LESSON, Language.EN) + "\n\n" + shown + "\n\nAfter the map.\n");
    return new Draft(draft.files());
  }

  @Test
  void theEditorTakesAPictureOutOfTheTextItShowsItIn() {
    String text =
        "Before.\n\n![](../../images/route.png)\n\n![x](../../images/other.png)\n\nAfter.";
    assertEquals(
        "Before.\n\n![x](../../images/other.png)\n\nAfter.",
        Images.without(LESSON_FILE, text, "images/route.png"));
    assertEquals(
        "Before.\n\nAfter.",
        Images.without(
            LESSON_FILE,
            "Before.\n\n![Map](<../../images/route.png> \"t\")\n\nAfter.",
            "images/route.png"));
  }

  @Test
  void aPictureNoOtherTextShowsIsRemovedWithItsFileAndAltTexts() {
    Draft draft = withPicture();
    DraftPictures.Place here = new DraftPictures.Place(LESSON, Language.EN);
    assertEquals(List.of(here), DraftPictures.showing(draft, "images/route.png"));
    String without =
        Images.without(LESSON_FILE, draft.markdown(LESSON, Language.EN), "images/route.png");
    DraftPictures.remove(draft, "images/route.png", here);
    draft.saveLesson(LESSON, Language.EN, "The definition", without);

    assertFalse(draft.paths().contains("images/route.png"));
    assertTrue(draft.removed().contains("images/route.png"), "the file is deleted when stored");
    assertFalse(draft.model().media().contains("images/route.png"));
    assertEquals(null, draft.model().altText("images/route.png", Language.AR));
    String yaml =
        new String(draft.files().getOrDefault("images.yaml", new byte[0]), StandardCharsets.UTF_8);
    assertFalse(yaml.contains("route"), yaml);
    assertTrue(
        TranslationStatus.of(draft).stream().noneMatch(i -> i.key().contains("route")),
        "nothing left to translate for it");
    List<PackageProblem> errors =
        PackageReader.read(PackageFiles.of(draft.publishable(List.of(Language.AR), 2)))
            .problems()
            .stream()
            .filter(PackageProblem::isError)
            .toList();
    assertEquals(List.of(), errors);
  }

  @Test
  void aPictureAnotherLessonShowsIsNotRemovedAndTheLessonIsNamed() {
    Draft draft = withPicture();
    draft.saveLesson(
        OTHER,
        Language.AR,
        draft.lesson(OTHER).titles().get(Language.AR),
        draft.markdown(OTHER, Language.AR) + "\n\n![](../../images/route.png)\n");
    Map<String, byte[]> before = draft.files();
    DraftPictures.InUse refused =
        assertThrows(
            DraftPictures.InUse.class,
            () ->
                DraftPictures.remove(
                    draft, "images/route.png", new DraftPictures.Place(LESSON, Language.EN)));
    assertEquals(List.of(new DraftPictures.Place(OTHER, Language.AR)), refused.places());
    String named = DraftPictures.named(draft, refused.places(), Language.EN);
    assertTrue(named.contains(draft.lesson(OTHER).title()) && named.contains("العربية"), named);
    assertEquals(before.keySet(), draft.files().keySet(), "nothing removed");
    assertTrue(draft.model().media().contains("images/route.png"));
  }

  @Test
  void aNewFileTakesThePicturesNameAndMustBeOfTheSameKind() {
    Draft draft = withPicture();
    byte[] wider = ImageCheckTest.picture("png", 40, 8);
    DraftPictures.replace(draft, "images/route.png", wider, ImageCheck.Format.PNG);
    assertArrayEquals(wider, draft.files().get("images/route.png"));
    assertTrue(draft.written().contains("images/route.png"));
    assertEquals("Route map", draft.model().altText("images/route.png", Language.EN));
    assertTrue(DraftPictures.sameFormat("images/photo.JPEG", ImageCheck.Format.JPEG));
    assertFalse(DraftPictures.sameFormat("images/route.png", ImageCheck.Format.JPEG));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DraftPictures.replace(
                draft,
                "images/route.png",
                ImageCheckTest.picture("jpg", 4, 4),
                ImageCheck.Format.JPEG));
    assertThrows(
        IllegalArgumentException.class,
        () -> DraftPictures.replace(draft, "images/none.png", wider, ImageCheck.Format.PNG));
  }
}
