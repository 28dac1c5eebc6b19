package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsacademy.catalog.ImageCheck;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.platform.Language;

/**
 * The pictures of a draft as the lesson editor handles them: where a new one is stored ({@code
 * images/<name>.<ext>}, the extension from what its bytes are), the Markdown that shows it from a
 * lesson, and which pictures a lesson shows.
 */
public final class Images {

  /** The folder of the package that holds pictures. */
  static final String FOLDER = "images/";

  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(\\s*<?([^)>\\s]+)");
  private static final Pattern WHOLE_IMAGE =
      Pattern.compile("!\\[[^\\]]*\\]\\(\\s*<?([^)>\\s]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  private Images() {}

  /**
   * A free path for a new picture: the uploaded name made safe (lower-case letters, digits,
   * dashes), and the extension of the format its bytes are.
   */
  static String newPath(String uploadedName, ImageCheck.Format format, Set<String> taken) {
    String base = uploadedName == null ? "" : uploadedName.replaceAll(".*[/\\\\]", "");
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String slug = OutlineEdits.slug(base, "image");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    String path = FOLDER + slug + "." + format.extension();
    for (int n = 2; taken.contains(path); n++) {
      path = FOLDER + slug + "-" + n + "." + format.extension();
    }
    return path;
  }

  /** The Markdown that shows a picture in a lesson file; the alt text comes from images.yaml. */
  static String markdown(String lessonPath, String imagePath) {
    int depth = lessonPath.split("/").length - 1;
    return "![](" + "../".repeat(depth) + imagePath + ")";
  }

  /** The pictures (paths in the package) a lesson's Markdown shows, in order. */
  static List<String> shownIn(String lessonPath, String markdown) {
    Set<String> images = new LinkedHashSet<>();
    if (markdown == null) {
      return List.of();
    }
    String folder = lessonPath.substring(0, lessonPath.lastIndexOf('/') + 1);
    Matcher image = IMAGE.matcher(markdown);
    while (image.find()) {
      String target = image.group(1);
      if (!target.contains(":") && !target.startsWith("/")) {
        images.add(normalize(folder + target));
      }
    }
    return List.copyOf(images);
  }

  /** A lesson's Markdown without the places that show a picture (blank lines left tidy). */
  static String without(String lessonPath, String markdown, String imagePath) {
    if (markdown == null) {
      return null;
    }
    String folder = lessonPath.substring(0, lessonPath.lastIndexOf('/') + 1);
    Matcher image = WHOLE_IMAGE.matcher(markdown);
    StringBuilder kept = new StringBuilder();
    while (image.find()) {
      String target = image.group(1);
      boolean local = !target.contains(":") && !target.startsWith("/");
      image.appendReplacement(
          kept,
          local && normalize(folder + target).equals(imagePath)
              ? ""
              : Matcher.quoteReplacement(image.group()));
    }
    image.appendTail(kept);
    return kept.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
  }

  /** The pictures a lesson shows in English or in the given language. */
  static List<String> ofLesson(Draft draft, String lessonKey, Language language) {
    String file = draft.lesson(lessonKey).file();
    Set<String> images = new LinkedHashSet<>();
    for (Language shown : List.of(Language.EN, language)) {
      images.addAll(
          shownIn(PackageFormat.lessonFile(file, shown), draft.markdown(lessonKey, shown)));
    }
    images.removeIf(path -> !draft.paths().contains(path));
    return List.copyOf(images);
  }

  /** The first lesson (its key) that shows a picture, in any language. */
  static Optional<String> lessonShowing(Draft draft, String imagePath) {
    for (Draft.ModuleView module : draft.modules()) {
      for (Draft.LessonView lesson : module.lessons()) {
        for (Language language : Language.values()) {
          if (shownIn(
                  PackageFormat.lessonFile(lesson.file(), language),
                  draft.markdown(lesson.key(), language))
              .contains(imagePath)) {
            return Optional.of(lesson.key());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A picture's file name, without its folder, as trainers see it. */
  static String name(String imagePath) {
    return imagePath.substring(imagePath.lastIndexOf('/') + 1);
  }

  /** Whether a path names a picture file by its extension (what the draft servlet may serve). */
  static boolean isImagePath(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.matches("[a-z0-9/._-]+\\.(png|jpe?g|webp|svg|gif)") && !lower.contains("..");
  }

  private static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return "../" + path;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }
}
