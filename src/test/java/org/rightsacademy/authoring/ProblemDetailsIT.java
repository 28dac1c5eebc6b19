package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.EnumSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.WebClient;

/**
 * A French trainer reads a validator problem's detail in French in the lesson editor and on the
 * course page (the validator writes it in English), with its value kept.
 */
@ExtendWith(ArquillianExtension.class)
class ProblemDetailsIT {

  static final String TRAINER = "it-problem-details-fr";
  static final String OUTSIDE =
      "Une image venant de l’extérieur du cours n’est pas autorisée : https://example.org/map.png";

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void aFrenchTrainerReadsTheValidatorsDetailInFrench() {
    Fixtures.account(
        base,
        new AccountDraft(
            TRAINER,
            "Formatrice",
            null,
            "SN",
            null,
            null,
            Language.FR,
            EnumSet.of(Role.TRAINER),
            Scope.of("SN")),
        LessonImagesIT.PASSWORD);
    WebClient trainer = new WebClient(base);
    assertEquals(302, trainer.signIn(TRAINER, LessonImagesIT.PASSWORD).statusCode());
    String code = "it-details-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Map<String, byte[]> copy =
        org.rightsacademy.catalog.PackageFiles.fromFolder(
                java.nio.file.Path.of("src/test/resources/packages/sample"))
            .contents();
    copy.put(
        "course.yaml",
        new String(copy.get("course.yaml"), java.nio.charset.StandardCharsets.UTF_8)
            .replace("code: sample", "code: " + code)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String imported =
        trainer
            .upload(
                "author/courses.xhtml",
                "import",
                "import:file",
                code + ".zip",
                org.rightsacademy.catalog.PackageFiles.of(copy).toZip(),
                "import:upload")
            .body();
    assertTrue(imported.contains(code), LessonImagesIT.messages(imported));
    String saved =
        trainer
            .submit(
                LessonImagesIT.editor(code, Language.EN),
                "lesson",
                Map.of(
                    "lesson:markdown",
                    "# The definition\n\nA map: ![](https://example.org/map.png)\n"),
                "lesson:save")
            .body();
    assertTrue(saved.contains(OUTSIDE), "in the lesson editor: " + LessonImagesIT.messages(saved));
    assertFalse(saved.contains("image from outside the package"), "not the validator's English");
    String course = trainer.get("author/course.xhtml?code=" + code).body();
    assertTrue(course.contains(OUTSIDE), "on the course page");
  }
}
