package org.rightsacademy.authoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.SvgCheck;
import org.rightsacademy.catalog.model.PackageFormat;

/**
 * An uploaded package zip, opened with suspicion: bounded in size, number of entries and
 * compression ratio (a zip bomb stops at the limit, however its headers lie); no path that leaves
 * the package, no symbolic link, only the file types a package has, every SVG parsed and safe
 * ({@link SvgCheck}). Everything is checked in memory before anything is written.
 */
public final class PackageUpload {

  public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
  public static final int MAX_ENTRIES = PackageFiles.MAX_FILES;
  public static final long MAX_UNPACKED_BYTES = PackageFiles.MAX_BYTES;

  /** Text compresses about ten to one; a thousand to one is a bomb. */
  public static final int MAX_RATIO = 100;

  private static final List<String> TYPES =
      List.of(".yaml", ".md", ".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif");

  /** Why an upload was refused; {@code detail} names the file or the figure. */
  public enum Reason {
    NOT_A_ZIP,
    TOO_LARGE,
    TOO_MANY_FILES,
    COMPRESSION_RATIO,
    UNSAFE_PATH,
    SYMLINK,
    FILE_TYPE,
    UNSAFE_SVG,
    DUPLICATE_ENTRY,
    NO_MANIFEST
  }

  public static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final Reason reason;
    private final String detail;

    Rejected(Reason reason, String detail) {
      super(reason + ": " + detail);
      this.reason = reason;
      this.detail = detail;
    }

    public Reason reason() {
      return reason;
    }

    public String detail() {
      return detail;
    }
  }

  private PackageUpload() {}

  /** The package's files, or why they were refused. A single top folder is taken off. */
  public static PackageFiles read(byte[] zip) throws Rejected {
    if (zip.length > MAX_UPLOAD_BYTES) {
      throw new Rejected(
          Reason.TOO_LARGE, zip.length / 1024 + " KB > " + MAX_UPLOAD_BYTES / 1024 + " KB");
    }
    Map<String, Boolean> symlinks = centralDirectory(zip);
    Map<String, byte[]> contents = new TreeMap<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        if (++entries > MAX_ENTRIES) {
          throw new Rejected(Reason.TOO_MANY_FILES, "> " + MAX_ENTRIES);
        }
        checkPath(name);
        if (Boolean.TRUE.equals(symlinks.get(name))) {
          throw new Rejected(Reason.SYMLINK, name);
        }
        if (entry.isDirectory()) {
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (TYPES.stream().noneMatch(lower::endsWith)) {
          throw new Rejected(Reason.FILE_TYPE, name);
        }
        byte[] data = readBounded(in, MAX_UNPACKED_BYTES - total, name);
        total += data.length;
        if (total > 1024 * 1024 && total > (long) MAX_RATIO * zip.length) {
          throw new Rejected(Reason.COMPRESSION_RATIO, "> " + MAX_RATIO + ":1 (" + name + ")");
        }
        if (lower.endsWith(".svg")) {
          Optional<String> unsafe = SvgCheck.problem(data);
          if (unsafe.isPresent()) {
            throw new Rejected(Reason.UNSAFE_SVG, name + ": " + unsafe.get());
          }
        }
        if (contents.put(name, data) != null) {
          throw new Rejected(Reason.DUPLICATE_ENTRY, name);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new Rejected(Reason.NOT_A_ZIP, String.valueOf(e.getMessage()));
    }
    if (entries == 0) {
      throw new Rejected(Reason.NOT_A_ZIP, "no entries");
    }
    return PackageFiles.of(withoutTopFolder(contents));
  }

  private static void checkPath(String name) throws Rejected {
    String normal = name.replace('\\', '/');
    if (name.contains("\\")
        || normal.startsWith("/")
        || normal.matches("^[A-Za-z]:.*")
        || normal.contains("\0")
        || List.of(normal.split("/")).contains("..")
        || normal.contains("//")
        || name.length() > 200) {
      throw new Rejected(Reason.UNSAFE_PATH, name);
    }
  }

  private static byte[] readBounded(InputStream in, long allowed, String name)
      throws IOException, Rejected {
    byte[] data = in.readNBytes((int) Math.min(allowed + 1, Integer.MAX_VALUE - 8));
    if (data.length > allowed) {
      throw new Rejected(
          Reason.TOO_LARGE,
          name
              + ": the package unpacks to more than "
              + MAX_UNPACKED_BYTES / (1024 * 1024)
              + " MB");
    }
    return data;
  }

  /** A zip of one folder holding the package ("icrmw/course.yaml") is the package. */
  private static Map<String, byte[]> withoutTopFolder(Map<String, byte[]> contents)
      throws Rejected {
    if (contents.containsKey(PackageFormat.MANIFEST)) {
      return contents;
    }
    String first = contents.keySet().iterator().next();
    int slash = first.indexOf('/');
    String top = slash < 0 ? "" : first.substring(0, slash + 1);
    if (top.isEmpty()
        || !contents.containsKey(top + PackageFormat.MANIFEST)
        || contents.keySet().stream().anyMatch(p -> !p.startsWith(top))) {
      throw new Rejected(Reason.NO_MANIFEST, PackageFormat.MANIFEST);
    }
    Map<String, byte[]> inner = new TreeMap<>();
    contents.forEach((path, data) -> inner.put(path.substring(top.length()), data));
    return inner;
  }

  /**
   * Which entries the central directory marks as symbolic links (Unix mode 0120000 in the external
   * attributes) — a thing the streaming reader cannot see.
   */
  private static Map<String, Boolean> centralDirectory(byte[] zip) throws Rejected {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
      if (buffer.getInt(i) == 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new Rejected(Reason.NOT_A_ZIP, "no central directory");
    }
    int count = Short.toUnsignedInt(buffer.getShort(end + 10));
    if (count > MAX_ENTRIES) {
      throw new Rejected(Reason.TOO_MANY_FILES, count + " > " + MAX_ENTRIES);
    }
    long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
    Map<String, Boolean> symlinks = new HashMap<>();
    long declared = 0;
    for (int n = 0; n < count; n++) {
      if (offset + 46 > zip.length || buffer.getInt((int) offset) != 0x02014b50) {
        throw new Rejected(Reason.NOT_A_ZIP, "broken central directory");
      }
      int p = (int) offset;
      int madeBy = Short.toUnsignedInt(buffer.getShort(p + 4)) >> 8;
      long compressed = Integer.toUnsignedLong(buffer.getInt(p + 20));
      long size = Integer.toUnsignedLong(buffer.getInt(p + 24));
      int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
      int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
      int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
      long attributes = Integer.toUnsignedLong(buffer.getInt(p + 38));
      if (p + 46 + nameLength > zip.length) {
        throw new Rejected(Reason.NOT_A_ZIP, "broken central directory");
      }
      String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
      symlinks.put(name, madeBy == 3 && ((attributes >>> 16) & 0170000) == 0120000);
      declared += size;
      if (size > 1024 * 1024 && compressed > 0 && size / compressed > MAX_RATIO) {
        throw new Rejected(Reason.COMPRESSION_RATIO, size / compressed + ":1 (" + name + ")");
      }
      offset += 46L + nameLength + extraLength + commentLength;
    }
    if (declared > MAX_UNPACKED_BYTES) {
      throw new Rejected(
          Reason.TOO_LARGE,
          "the package unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
    }
    return symlinks;
  }
}
