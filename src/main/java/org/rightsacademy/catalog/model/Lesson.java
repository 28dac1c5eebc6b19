package org.rightsacademy.catalog.model;

/**
 * A lesson: its title and its Markdown per language, as written ({@code lessons/<file>.<lang>.md}).
 *
 * @param file the path under {@code lessons/} without language and extension ({@code
 *     01-basics/01-definition})
 */
public record Lesson(String id, String file, Localized<String> title, Localized<String> body) {

  public Lesson withTitle(Localized<String> newTitle) {
    return new Lesson(id, file, newTitle, body);
  }

  public Lesson withBody(Localized<String> newBody) {
    return new Lesson(id, file, title, newBody);
  }
}
