package org.zhidu.cli.names;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * The record of an applied rename plan, written and forced to disk before the first rename, so that any state the
 * tree is left in can be undone. Each entry keeps the file's size and SHA-256: undo renames back only a file that
 * is still exactly the one renamed.
 */
record RenameJournal(
    String format, int version, String created, String workingDirectory, List<Entry> renames) {

  static final String FORMAT = "zhidu-names-journal";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // a field left out or written null is said by its name, never read as 0, false or a null to fail later
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  RenameJournal {
    renames = List.copyOf(renames);
  }

  /** One rename: in {@code folder}, {@code from} became {@code to}. */
  record Entry(
      String folder,
      String from,
      String to,
      long size,
      String sha256,
      @JsonProperty("caseOnly") boolean caseOnly) {}

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] bytes = MAPPER.writeValueAsBytes(this);
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      try {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      } catch (IOException e) {
        Files.deleteIfExists(file); // half a journal would undo nothing, and would be refused as malformed
        throw e;
      }
    }
  }

  /** The newest journal's name in a folder (names-yyyyMMdd-HHmmss.json sort by time), or {@code null}. */
  private static String newestIn(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("names-") && n.endsWith(".json"))
          .max(java.util.Comparator.naturalOrder()).orElse(null);
    }
  }

  static RenameJournal read(Path file, String shownAs) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        // a folder of journals (.zhidu/journal): name the newest, so the next command is one copy away
        String newest = newestIn(file);
        throw new InputException(new Location(shownAs, 0, 0, null), newest == null
            ? Message.of("names.journal.folder")
            : Message.of("names.journal.folder_newest", shownAs.replaceAll("/+$", "") + "/" + newest));
      }
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(new Location(shownAs, 0, 0, null), Message.of("input.not_found"));
    } catch (java.nio.file.AccessDeniedException e) {
      throw new InputException(new Location(shownAs, 0, 0, null), Message.of("input.access_denied"));
    } catch (IOException e) {
      throw new InputException(new Location(shownAs, 0, 0, null), Message.of("names.journal.unreadable",
          e instanceof java.nio.file.FileSystemException f && f.getReason() != null
              ? f.getReason() : e.getClass().getSimpleName()));
    }
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      // an empty file is no journal: said so, not in the JSON parser's own words
      throw new InputException(new Location(shownAs, 1, 1, null), Message.of("names.journal.not_journal"));
    }
    try {
      RenameJournal journal = MAPPER.readValue(bytes, RenameJournal.class);
      if (journal == null || !FORMAT.equals(journal.format()) || journal.version() != 1) {
        throw new InputException(new Location(shownAs, 1, 1, null), Message.of("names.journal.not_journal"));
      }
      return journal;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new InputException(
          new Location(shownAs, at == null ? 0 : Math.max(0, at.getLineNr()),
              at == null ? 0 : Math.max(0, at.getColumnNr()), null),
          problem(e));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Where a journal's entries stand in its file, so that what undo refuses in one is said at its line and column: the
   * value of {@code workingDirectory}, and the opening brace of each of {@code renames}. A place that cannot be found
   * is line 0 (the file alone).
   *
   * @param workingDirectory where the journal's working directory is written
   * @param entries where each entry of renames begins, in order
   */
  record Places(int[] workingDirectory, List<int[]> entries) {

    /** The line and column of entry {@code number} (1 for the first; 0 for the working directory). */
    int[] of(int number) {
      if (number == 0) {
        return workingDirectory;
      }
      return number - 1 < entries.size() ? entries.get(number - 1) : new int[] {0, 0};
    }

    /** The places in a journal's file; none when it cannot be read again. */
    static Places in(Path file) {
      int[] root = {0, 0};
      List<int[]> entries = new java.util.ArrayList<>();
      try (com.fasterxml.jackson.core.JsonParser json = MAPPER.getFactory().createParser(file.toFile())) {
        // depth 1: the journal's own fields; depth 2 inside renames: its entries
        int depth = 0;
        boolean inRenames = false;
        for (var token = json.nextToken(); token != null; token = json.nextToken()) {
          var at = json.currentTokenLocation();
          int[] place = {Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())};
          if (token.isStructStart()) {
            if (inRenames && depth == 2 && token == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
              entries.add(place);
            }
            depth++;
          } else if (token.isStructEnd()) {
            depth--;
            inRenames &= depth >= 2;
          } else if (depth == 1 && token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            inRenames = "renames".equals(json.currentName());
          } else if (depth == 1 && "workingDirectory".equals(json.currentName())) {
            root = place;
          }
        }
      } catch (IOException e) {
        // the journal was read a moment ago: a place not found is said without its line
      }
      return new Places(root, entries);
    }
  }

  /**
   * What is wrong with the journal, in words: a field missing or null, or of the wrong kind, named by its place
   * (renames[0].size); only a journal that is not JSON at all keeps the parser's own words.
   */
  private static Message problem(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder field = new StringBuilder();
      for (var ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          field.append('[').append(ref.getIndex()).append(']');
        }
      }
      String said = String.valueOf(e.getOriginalMessage());
      boolean absent = said.startsWith("Missing ") || said.contains("null") || said.startsWith("Null value");
      if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
        return Message.of("names.journal.unknown_field", field.toString());
      }
      if (absent) {
        return Message.of("names.journal.field_missing", field.toString());
      }
      return Message.of("names.journal.field_kind", field.toString());
    }
    return Message.of("names.journal.malformed", String.valueOf(e.getOriginalMessage()));
  }

  /** The SHA-256 of a file's bytes. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
