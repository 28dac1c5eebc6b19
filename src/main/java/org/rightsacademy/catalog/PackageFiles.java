package org.rightsacademy.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.catalog.model.YamlLimits;

/**
 * The files of one package, read into memory with bounded size, keyed by their path inside the
 * package ({@code lessons/01-scope/01-who.en.md}). A folder, an uploaded zip (unpacked by {@code
 * authoring.PackageUpload}) and a draft's files all become this, so they are validated by the same
 * code.
 */
public final class PackageFiles {

  public static final int MAX_FILES = 2_000;
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /** The largest single text file (.md, .yaml), in bytes: the YAML reader's own limit. */
  public static final int MAX_TEXT_BYTES = YamlLimits.MAX_TEXT_BYTES;

  private final Map<String, byte[]> contents;

  private PackageFiles(Map<String, byte[]> contents) {
    this.contents = Collections.unmodifiableMap(new TreeMap<>(contents));
  }

  public static PackageFiles of(Map<String, byte[]> contents) {
    return new PackageFiles(contents);
  }

  /** Reads a package folder; symbolic links are neither followed nor read. */
  public static PackageFiles fromFolder(Path folder) {
    Map<String, byte[]> contents = new TreeMap<>();
    long total = 0;
    try (Stream<Path> paths = Files.walk(folder, 8, new FileVisitOption[0])) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        total += Files.size(path);
        if (contents.size() >= MAX_FILES || total > MAX_BYTES) {
          throw new IllegalArgumentException(folder + " is larger than a package may be");
        }
        contents.put(
            folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PackageFiles(contents);
  }

  /** The files as a zip, in path order, for storage with the course version. */
  public byte[] toZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : contents.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTime(0); // the same files always make the same bytes
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a zip made by {@link #toZip()} (a stored course version): bounded in entries and size,
   * and refusing paths that would leave the package.
   */
  public static PackageFiles fromZip(byte[] zipBytes) {
    Map<String, byte[]> contents = new TreeMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName().replace('\\', '/');
        if (name.startsWith("/") || name.contains("..") || name.contains(":")) {
          throw new IllegalArgumentException("unsafe path in package: " + name);
        }
        byte[] data = zip.readNBytes((int) Math.min(MAX_BYTES - total + 1, Integer.MAX_VALUE - 8));
        total += data.length;
        if (contents.size() >= MAX_FILES || total > MAX_BYTES) {
          throw new IllegalArgumentException("the package is larger than a package may be");
        }
        contents.put(name, data);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable zip: " + e.getMessage(), e);
    }
    return new PackageFiles(contents);
  }

  /** A changeable copy of the files, for building a variant of a package. */
  public Map<String, byte[]> contents() {
    return new TreeMap<>(contents);
  }

  public Set<String> paths() {
    return contents.keySet();
  }

  /** A text file's content; empty when missing. Text must be UTF-8. */
  public Optional<String> text(String path) {
    byte[] bytes = contents.get(path);
    return bytes == null ? Optional.empty() : Optional.of(PackageFormat.text(path, bytes));
  }

  /** A file's size in bytes; 0 when missing. */
  public long size(String path) {
    byte[] bytes = contents.get(path);
    return bytes == null ? 0 : bytes.length;
  }

  public Optional<byte[]> bytes(String path) {
    return Optional.ofNullable(contents.get(path)).map(byte[]::clone);
  }

  /** SHA-256 over every path and content, in path order: equal exactly when the packages are. */
  public String checksum() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> file : contents.entrySet()) {
        digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(file.getValue());
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
