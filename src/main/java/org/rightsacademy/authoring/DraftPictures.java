package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.rightsacademy.catalog.ImageCheck;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.platform.Language;

/**
 * A draft's pictures taken out or given a new file. A picture is removed only when no lesson text
 * shows it any more (but the one the trainer is editing, which the editor saves without it), so
 * that nothing a trainer is not looking at is changed and no lesson is left with a missing file.
 */
final class DraftPictures {

  /** A lesson text that shows a picture: the lesson's key and the language of the text. */
  record Place(String lesson, Language language) {}

  /** A picture still shown by other lesson texts: nothing was removed. */
  @jakarta.ejb.ApplicationException(rollback = true)
  static final class InUse extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Place> places;

    InUse(String image, List<Place> places) {
      super(image + " is still shown in " + places);
      this.places = List.copyOf(places);
    }

    List<Place> places() {
      return places;
    }
  }

  private DraftPictures() {}

  /** Every lesson text (lesson and language) that shows the picture, in the outline's order. */
  static List<Place> showing(Draft draft, String image) {
    List<Place> places = new ArrayList<>();
    for (Draft.ModuleView module : draft.modules()) {
      for (Draft.LessonView lesson : module.lessons()) {
        for (Language language : Language.values()) {
          if (Images.shownIn(
                  PackageFormat.lessonFile(lesson.file(), language),
                  draft.markdown(lesson.key(), language))
              .contains(image)) {
            places.add(new Place(lesson.key(), language));
          }
        }
      }
    }
    return places;
  }

  /** The places, as a trainer reads them: each lesson's title and the language of its text. */
  static String named(Draft draft, List<Place> places, Language page) {
    List<String> named = new ArrayList<>();
    for (Place place : places) {
      Draft.LessonView view = draft.lesson(place.lesson());
      String title = view.titles().get(page);
      named.add(
          (title == null ? view.title() : title) + " (" + place.language().nativeName() + ")");
    }
    return String.join(", ", named);
  }

  /**
   * Removes a picture, its file and its alt texts from the draft; refused ({@link InUse}) while a
   * lesson text other than {@code editing} shows it.
   */
  static void remove(Draft draft, String image, Place editing) {
    if (!draft.model().media().contains(image)) {
      throw new IllegalArgumentException("no picture " + image);
    }
    List<Place> still = showing(draft, image).stream().filter(p -> !p.equals(editing)).toList();
    if (!still.isEmpty()) {
      throw new InUse(image, still);
    }
    Set<String> media = new TreeSet<>(draft.model().media());
    media.remove(image);
    draft.apply(
        Translations.forget(
            draft.model().withMedia(media).withAltTexts(image, null), Translations.image(image)));
    draft.dropFile(image);
  }

  /**
   * Gives a picture new bytes under the same name, so every lesson showing it shows the new one;
   * the new file must be of the same kind (its name's extension says what the old one was).
   */
  static void replace(Draft draft, String image, byte[] bytes, ImageCheck.Format format) {
    if (!draft.model().media().contains(image)) {
      throw new IllegalArgumentException("no picture " + image);
    }
    if (!sameFormat(image, format)) {
      throw new IllegalArgumentException(image + " is not a " + format);
    }
    draft.putFile(image, bytes);
  }

  /** Whether a new file of this format may take a picture's name. */
  static boolean sameFormat(String image, ImageCheck.Format format) {
    String extension = image.substring(image.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return format.extension().equals("jpeg".equals(extension) ? "jpg" : extension);
  }
}
