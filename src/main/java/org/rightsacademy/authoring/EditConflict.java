package org.rightsacademy.authoring;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * Someone else saved the same text after this editor opened it. Nothing is saved; the editor keeps
 * what the trainer typed and says who changed it and when.
 */
@ApplicationException(rollback = true)
public class EditConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String path;
  private final String editedBy;
  private final Instant editedAt;

  public EditConflict(String path, String editedBy, Instant editedAt) {
    super(path + " was changed by " + editedBy + " at " + editedAt);
    this.path = path;
    this.editedBy = editedBy;
    this.editedAt = editedAt;
  }

  public String path() {
    return path;
  }

  public String editedBy() {
    return editedBy;
  }

  public Instant editedAt() {
    return editedAt;
  }
}
