package org.rightsacademy.authoring.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.gift.GiftQuestion.MultipleChoice;
import org.rightsacademy.authoring.gift.GiftQuestion.TrueFalse;

/** A GIFT file's bytes read in the character set they were written in. */
class GiftFileTest {

  @Test
  void aWindows1252FileIsRecognisedAndReadWithItsAccentsAndQuotes() {
    GiftFile.Decoded decoded = GiftFile.decode(GiftFixtures.bytes("windows-1252.gift"));
    assertEquals(GiftFile.WINDOWS_1252, decoded.charset());
    List<GiftQuestion> q = new GiftReader().read(decoded.text()).strict();
    TrueFalse cafe = (TrueFalse) q.get(0);
    assertEquals("Café", cafe.header().title());
    assertEquals("Le café de l’accueil est-il « gratuit » ?", cafe.header().text());
    assertEquals("Non : il est payant.", cafe.wrongFeedback());
    assertEquals("Où est l’œuvre ?", q.get(1).header().text());
  }

  @Test
  void aUtf16FileWithByteOrderMarkIsReadInEveryScript() {
    GiftFile.Decoded decoded = GiftFile.decode(GiftFixtures.bytes("utf-16le-bom.gift"));
    assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
    List<GiftQuestion> q = new GiftReader().read(decoded.text()).strict();
    assertEquals("هل يجوز احتجاز المهاجرين تعسفياً؟", q.get(0).header().text());
    assertEquals("Нет", ((MultipleChoice) q.get(1)).answers().getFirst().text());
  }

  @Test
  void bigEndianUtf16AndUtf8WithOrWithoutByteOrderMarkAreRead() {
    String gift = "::Право::Можно ли? {=Нет ~Да}\n";
    byte[] utf16be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, gift.getBytes(StandardCharsets.UTF_16BE));
    byte[] utf8bom =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            gift.getBytes(StandardCharsets.UTF_8));
    assertEquals(gift, GiftFile.decode(utf16be).text());
    assertEquals(gift, GiftFile.decode(utf8bom).text());
    GiftFile.Decoded plain = GiftFile.decode(gift.getBytes(StandardCharsets.UTF_8));
    assertEquals(gift, plain.text());
    assertEquals(StandardCharsets.UTF_8, plain.charset());
  }

  @Test
  void bytesWindows1252LeavesUndefinedAreReadAsIso88591() {
    byte[] bytes = {'a', (byte) 0x81, 'b', (byte) 0xE9};
    GiftFile.Decoded decoded = GiftFile.decode(bytes);
    assertEquals(StandardCharsets.ISO_8859_1, decoded.charset());
    assertEquals("a\u0081bé", decoded.text());
  }

  @Test
  void theTrainerCanChooseTheCharacterSetAndIsToldWhenBytesDoNotFit() {
    byte[] bytes = GiftFixtures.bytes("windows-1252.gift");
    GiftFile.Decoded latin = GiftFile.decode(bytes, StandardCharsets.ISO_8859_1);
    assertFalse(latin.replaced());
    assertTrue(latin.text().startsWith("::Café::"));
    GiftFile.Decoded utf8 = GiftFile.decode(bytes, StandardCharsets.UTF_8);
    assertTrue(utf8.replaced());
    assertTrue(utf8.text().contains("\uFFFD"));
  }

  @Test
  void lineEndsOfWindowsAndOldMacFilesBecomeNewlines() {
    String text = GiftFile.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8)).text();
    assertEquals("a\nb\nc\n", text);
    assertEquals(6, GiftFixtures.clean("moodle-export.gift").size());
  }

  @Test
  void writtenGiftIsUtf8WithoutByteOrderMark() {
    byte[] bytes = GiftFile.encode("::É::Ça? {T}");
    assertEquals((byte) 0xC3, bytes[2]);
    assertEquals("::É::Ça? {T}", new String(bytes, StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
