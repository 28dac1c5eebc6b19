package org.rightsacademy.progress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the learner's pages, with course, lesson and quiz ids encoded once, here: a link
 * on a page and the redirect after a button must never spell them differently.
 */
final class LearnLinks {

  private LearnLinks() {}

  static String course(String code) {
    return "/learn/course.xhtml?code=" + enc(code);
  }

  static String lesson(String code, String lessonKey) {
    return "/learn/lesson.xhtml?code=" + enc(code) + "&lesson=" + enc(lessonKey);
  }

  static String quiz(String code, String quizId) {
    return "/learn/quiz.xhtml?code=" + enc(code) + "&quiz=" + enc(quizId);
  }

  /**
   * The same address as a Faces navigation outcome that redirects (the browser's address follows).
   */
  static String redirect(String address) {
    return address.replace(".xhtml?", "?faces-redirect=true&");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
