package org.rightsacademy.catalog.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rightsacademy.platform.Language;

/**
 * A value given per language, English being the authoring language: {@link #get} falls back to
 * English when a language has none. Immutable; {@link #with} and {@link #without} make a changed
 * copy.
 */
public record Localized<T>(Map<Language, T> values) {

  public Localized {
    EnumMap<Language, T> copy = new EnumMap<>(Language.class);
    values.forEach(
        (language, value) -> {
          if (value != null) {
            copy.put(language, value);
          }
        });
    values = java.util.Collections.unmodifiableMap(copy);
  }

  public static <T> Localized<T> empty() {
    return new Localized<>(Map.of());
  }

  public static <T> Localized<T> of(Language language, T value) {
    return Localized.<T>empty().with(language, value);
  }

  /** The value in a language, or the English one when it has none; null when neither exists. */
  public T get(Language language) {
    T value = values.get(language);
    return value != null ? value : values.get(Language.EN);
  }

  /** The value written in exactly this language, without falling back. */
  public Optional<T> in(Language language) {
    return Optional.ofNullable(values.get(language));
  }

  public boolean has(Language language) {
    return values.containsKey(language);
  }

  /** A copy with the language's value replaced; a null value removes it. */
  public Localized<T> with(Language language, T value) {
    EnumMap<Language, T> copy = new EnumMap<>(Language.class);
    copy.putAll(values);
    if (value == null) {
      copy.remove(language);
    } else {
      copy.put(language, value);
    }
    return new Localized<>(copy);
  }

  public Localized<T> without(Language language) {
    return with(language, null);
  }

  public <R> Localized<R> map(Function<T, R> change) {
    EnumMap<Language, R> copy = new EnumMap<>(Language.class);
    values.forEach((language, value) -> copy.put(language, change.apply(value)));
    return new Localized<>(copy);
  }
}
