package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.PackageUpload.Reason;
import org.rightsacademy.catalog.PackageFiles;

/** Uploaded zips: the safe ones open, each kind of unsafe one is refused with its reason. */
class PackageUploadTest {

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Reason rejected(byte[] zip) {
    return assertThrows(PackageUpload.Rejected.class, () -> PackageUpload.read(zip)).reason();
  }

  @Test
  void anExportedPackageOpensToTheSameFiles() throws Exception {
    PackageFiles sample = PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample"));
    assertEquals(sample.checksum(), PackageUpload.read(sample.toZip()).checksum());
  }

  @Test
  void aZipOfTheFolderIsTheSamePackage() throws Exception {
    PackageFiles read =
        PackageUpload.read(
            zip(Map.of("mine/course.yaml", text("code: x"), "mine/lessons/a.en.md", text("# A"))));
    assertEquals(java.util.Set.of("course.yaml", "lessons/a.en.md"), read.paths());
  }

  @Test
  void pathsThatLeaveThePackageAreRefused() {
    assertEquals(
        Reason.UNSAFE_PATH,
        rejected(zip(Map.of("course.yaml", text("x"), "../../etc/cron.d/evil.yaml", text("x")))));
    assertEquals(
        Reason.UNSAFE_PATH,
        rejected(zip(Map.of("course.yaml", text("x"), "/etc/passwd.md", text("x")))));
    assertEquals(
        Reason.UNSAFE_PATH,
        rejected(zip(Map.of("course.yaml", text("x"), "lessons/..\\..\\win.md", text("x")))));
    assertEquals(
        Reason.UNSAFE_PATH,
        rejected(zip(Map.of("course.yaml", text("x"), "C:/windows/x.md", text("x")))));
  }

  @Test
  void symbolicLinksAreRefused() {
    byte[] zip = zip(Map.of("course.yaml", text("x"), "lessons/link.md", text("/etc/passwd")));
    markAsSymlink(zip, "lessons/link.md");
    assertEquals(Reason.SYMLINK, rejected(zip));
  }

  @Test
  void unexpectedFileTypesAreRefused() {
    assertEquals(
        Reason.FILE_TYPE,
        rejected(zip(Map.of("course.yaml", text("x"), "run.sh", text("rm -rf /")))));
    assertEquals(
        Reason.FILE_TYPE,
        rejected(zip(Map.of("course.yaml", text("x"), "WEB-INF/lib/evil.jar", new byte[10]))));
  }

  @Test
  void svgWithScriptIsRefused() {
    assertEquals(
        Reason.UNSAFE_SVG,
        rejected(
            zip(
                Map.of(
                    "course.yaml",
                    text("x"),
                    "images/a.svg",
                    text("<svg onload=\"alert(1)\"/>")))));
  }

  @Test
  void aUtf16SvgWithAScriptIsRefusedThoughNoUtf8PatternSeesIt() {
    String hostile =
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    byte[] zip =
        zip(
            Map.of(
                "course.yaml",
                text("x"),
                "images/a.svg",
                hostile.getBytes(StandardCharsets.UTF_16)));
    PackageUpload.Rejected refusal =
        assertThrows(PackageUpload.Rejected.class, () -> PackageUpload.read(zip));
    assertEquals(Reason.UNSAFE_SVG, refusal.reason());
    assertEquals("images/a.svg: a <script> element", refusal.detail());
  }

  @Test
  void anSvgWithAnExternalEntityIsRefusedWithoutReadingIt() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
    assertEquals(
        Reason.UNSAFE_SVG,
        rejected(zip(Map.of("course.yaml", text("x"), "images/a.svg", text(xxe)))));
  }

  @Test
  void anUploadedTextFileOverTheLimitIsAProblemWithItsSize() throws Exception {
    // random letters, so the zip is not refused first as a bomb
    byte[] huge =
        text(
            "# "
                + new java.util.Random(1)
                    .ints(PackageFiles.MAX_TEXT_BYTES, 'a', 'z' + 1)
                    .collect(
                        StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
    PackageFiles files =
        PackageUpload.read(zip(Map.of("course.yaml", text("code: x"), "lessons/a.en.md", huge)));
    java.util.List<org.rightsacademy.catalog.model.PackageProblem> problems =
        org.rightsacademy.catalog.PackageReader.read(files).problems();
    assertEquals(
        org.rightsacademy.catalog.model.PackageProblem.Kind.TOO_LARGE, problems.get(0).kind());
    assertEquals(
        "file lessons/a.en.md is " + huge.length + " bytes; the limit is 2097152",
        problems.get(0).detail());
  }

  @Test
  void aPlainSvgIsAccepted() throws Exception {
    String plain =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";
    assertEquals(
        java.util.Set.of("course.yaml", "images/a.svg"),
        PackageUpload.read(zip(Map.of("course.yaml", text("x"), "images/a.svg", text(plain))))
            .paths());
  }

  @Test
  void aZipBombStopsAtTheCompressionRatioLimit() {
    byte[] zeros = new byte[30 * 1024 * 1024];
    assertEquals(
        Reason.COMPRESSION_RATIO,
        rejected(zip(Map.of("course.yaml", text("x"), "lessons/bomb.md", zeros))));
  }

  @Test
  void aBombWhoseHeadersLieStillStopsWhileUnpacking() {
    byte[] zip =
        zip(Map.of("course.yaml", text("x"), "lessons/bomb.md", new byte[30 * 1024 * 1024]));
    lieAboutSizes(zip);
    assertEquals(Reason.COMPRESSION_RATIO, rejected(zip));
  }

  @Test
  void tooManyEntriesAreRefused() {
    Map<String, byte[]> many = new java.util.TreeMap<>();
    for (int i = 0; i <= PackageUpload.MAX_ENTRIES; i++) {
      many.put("lessons/" + i + ".en.md", text("#"));
    }
    assertEquals(Reason.TOO_MANY_FILES, rejected(zip(many)));
  }

  @Test
  void anUploadOverTheSizeLimitIsRefusedUnread() {
    assertEquals(Reason.TOO_LARGE, rejected(new byte[(int) PackageUpload.MAX_UPLOAD_BYTES + 1]));
  }

  @Test
  void somethingThatIsNotAZipOrHasNoManifestIsRefused() {
    assertEquals(Reason.NOT_A_ZIP, rejected(text("code: x\n")));
    assertEquals(Reason.NO_MANIFEST, rejected(zip(Map.of("lessons/a.en.md", text("# A")))));
  }

  /** Sets the Unix "symbolic link" mode on an entry in the central directory, as `zip -y` does. */
  static void markAsSymlink(byte[] zip, String name) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int p = 0; p < zip.length - 46; p++) {
      if (buffer.getInt(p) == 0x02014b50) {
        int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
        if (new String(zip, p + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
          buffer.putShort(p + 4, (short) (3 << 8 | 20));
          buffer.putInt(p + 38, 0120777 << 16);
        }
      }
    }
  }

  /** Writes small sizes into every central directory header, as a crafted bomb does. */
  private static void lieAboutSizes(byte[] zip) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int p = 0; p < zip.length - 46; p++) {
      if (buffer.getInt(p) == 0x02014b50) {
        buffer.putInt(p + 24, 10);
      }
    }
  }
}
