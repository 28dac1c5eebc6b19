package org.rightsacademy.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/backup}: backs the running embedded database up to a file in the data folder, and
 * says which file and how large, in the administrator's language.
 */
@Named
@RequestScoped
public class BackupPage {

  @EJB private DatabaseBackup backup;

  public void backUp() {
    DatabaseBackup.Made made = backup.backUp();
    Messages.addInfo(null, "backup.made", made.fileName(), made.bytes() / 1024.0);
  }

  /** Whether the database is an embedded H2 file (else PostgreSQL: pg_dump, see README). */
  public boolean isAvailable() {
    return backup.folder().isPresent();
  }

  public String getFolder() {
    return backup.folder().map(Object::toString).orElse("");
  }
}
