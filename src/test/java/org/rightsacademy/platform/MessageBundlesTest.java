package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every visible string exists in all four languages, so no page ever shows a raw key. */
public class MessageBundlesTest {

  public static Properties bundle(Language language) {
    String path = "i18n/messages_" + language.code() + ".properties";
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("Missing bundle " + path);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + path, e);
    }
  }

  @Test
  void everyKeyExistsInEveryLanguage() {
    Set<String> allKeys = new TreeSet<>();
    for (Language language : Language.values()) {
      allKeys.addAll(bundle(language).stringPropertyNames());
    }
    List<String> problems = new ArrayList<>();
    for (Language language : Language.values()) {
      Set<String> missing = new TreeSet<>(allKeys);
      missing.removeAll(bundle(language).stringPropertyNames());
      if (!missing.isEmpty()) {
        problems.add("messages_" + language.code() + ".properties lacks " + missing);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void noTranslationIsBlank() {
    List<String> blank = new ArrayList<>();
    for (Language language : Language.values()) {
      Properties bundle = bundle(language);
      bundle.stringPropertyNames().stream()
          .filter(key -> bundle.getProperty(key).isBlank())
          .forEach(key -> blank.add(language.code() + ": " + key));
    }
    assertTrue(blank.isEmpty(), "Blank messages: " + blank);
  }

  @Test
  void placeholdersMatchTheEnglishOriginal() {
    Properties english = bundle(Language.EN);
    List<String> problems = new ArrayList<>();
    for (Language language : Language.values()) {
      Properties bundle = bundle(language);
      for (String key : english.stringPropertyNames()) {
        String text = bundle.getProperty(key);
        if (text != null && placeholders(text) != placeholders(english.getProperty(key))) {
          problems.add(language.code() + ": " + key);
        }
      }
    }
    assertEquals(List.of(), problems, "Translations whose {n} placeholders differ from English");
  }

  private static int placeholders(String text) {
    return text.contains("{") ? new MessageFormat(text).getFormatsByArgumentIndex().length : 0;
  }
}
