package org.rightsacademy.catalog.model;

import java.util.List;

/** A module of the outline: its lessons in order and the id of its quiz (or null). */
public record Module(String id, Localized<String> title, List<Lesson> lessons, String quiz) {

  public Module {
    lessons = List.copyOf(lessons);
  }

  public Module withTitle(Localized<String> newTitle) {
    return new Module(id, newTitle, lessons, quiz);
  }

  public Module withLessons(List<Lesson> newLessons) {
    return new Module(id, title, newLessons, quiz);
  }
}
