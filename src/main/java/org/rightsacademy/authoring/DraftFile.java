package org.rightsacademy.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One file of a draft. {@code revision} rises with every edit: an editor that opened revision 3 and
 * finds 4 knows someone else saved in between, and says who and when.
 */
@Entity
@Table(name = "draft_file")
@IdClass(DraftFile.Key.class)
@NamedQuery(name = DraftFile.OF_DRAFT, query = "SELECT f FROM DraftFile f WHERE f.draftId = :draft")
@NamedQuery(
    name = DraftFile.DELETE_OF_DRAFT,
    query = "DELETE FROM DraftFile f WHERE f.draftId = :draft")
public class DraftFile {

  public static final String OF_DRAFT = "DraftFile.ofDraft";
  public static final String DELETE_OF_DRAFT = "DraftFile.deleteOfDraft";
  public static final int PATH_LENGTH = 200;

  /** The composite key: draft and path. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long draftId;
    private String path;

    public Key() {}

    public Key(long draftId, String path) {
      this.draftId = draftId;
      this.path = path;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(draftId, key.draftId)
          && java.util.Objects.equals(path, key.path);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(draftId, path);
    }
  }

  @Id
  @Column(name = "draft_id", nullable = false, updatable = false)
  private Long draftId;

  @Id
  @Column(nullable = false, updatable = false, length = PATH_LENGTH)
  private String path;

  // Plain bytes (no @Lob): a BLOB on H2 and a BYTEA on PostgreSQL take them alike.
  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private int revision;

  @Column(name = "edited_at", nullable = false)
  private OffsetDateTime editedAt;

  @Column(name = "edited_by", nullable = false, length = 60)
  private String editedBy;

  protected DraftFile() {}

  DraftFile(Long draftId, String path, byte[] content, int revision, String editedBy, Instant now) {
    this.draftId = draftId;
    this.path = path;
    this.content = content;
    this.revision = revision;
    this.editedBy = editedBy;
    this.editedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A new content by an editor: the revision rises. */
  void replace(byte[] newContent, String editor, Instant now) {
    this.content = newContent;
    this.revision++;
    this.editedBy = editor;
    this.editedAt = now.atOffset(ZoneOffset.UTC);
  }

  public String getPath() {
    return path;
  }

  byte[] content() {
    return content;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getEditedAt() {
    return editedAt.toInstant();
  }

  public String getEditedBy() {
    return editedBy;
  }
}
