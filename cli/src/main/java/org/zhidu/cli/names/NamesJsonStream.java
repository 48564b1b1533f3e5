package org.zhidu.cli.names;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.Background;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportWriter;
import org.zhidu.core.finding.Summary;
import org.zhidu.core.naming.NameChecker;

/**
 * The JSON report of a large batch of names with every finding listed (no {@code --max-errors}), checked and written
 * in parts: two threads each take the next part of the names, check it and write its entries of {@code files} as
 * text, and the parts are sent to the report in input order as soon as they are ready, so that checking, writing
 * the JSON and sending it overlap. The text is the same, byte for byte, as {@link NamesReportWriter} writes in one
 * go: each part is written by the same generator, its text taken from just after the array's opening bracket.
 */
final class NamesJsonStream {

  /** Names a part: enough that a part's text is written in one go, few enough that parts come early and often. */
  static final int PART = 2048;

  private NamesJsonStream() {}

  /** Whether a batch is worth checking in parts. */
  static boolean worthIt(int names) {
    return names >= 2 * PART;
  }

  /**
   * Checks {@code inputs}, writes the report's head and its {@code files} to {@code out} and returns the counts of
   * the names checked; {@link #finish} writes the rest. A part's names are let go once written: what the run keeps
   * is its counts.
   */
  static NamesReportWriter.Counts checkAndWrite(
      List<NameInput> inputs, NameChecker checker, Texts texts, PrintWriter out) {
    int parts = (inputs.size() + PART - 1) / PART;
    return checkAndWrite(parts, k -> inputs.subList(k * PART, Math.min(inputs.size(), (k + 1) * PART)), checker,
        texts, out);
  }

  /**
   * The same over names given part by part: {@code part} gives the names of part {@code k} when asked, on the thread
   * that checks it (standard input's lines are decoded there), so that no more than the parts in hand are kept.
   */
  static NamesReportWriter.Counts checkAndWrite(
      int parts, IntFunction<List<NameInput>> part, NameChecker checker, Texts texts, PrintWriter out) {
    AtomicReferenceArray<Part> done = new AtomicReferenceArray<>(parts);
    AtomicInteger next = new AtomicInteger();
    // a part's bytes, once sent, hold the next part's: a few arrays serve the whole run
    Queue<byte[]> spare = new ConcurrentLinkedQueue<>();
    Runnable work = () -> {
      for (int k = next.getAndIncrement(); k < parts; k = next.getAndIncrement()) {
        done.set(k, part(part.apply(k), checker, texts, spare));
      }
    };
    CompletableFuture<Void> helper = CompletableFuture.runAsync(work, Background.thread("zhidu-names"));
    out.write(head());
    NamesReportWriter.Counts[] counts = {NamesReportWriter.Counts.of(List.of())};
    int sent = 0;
    // this thread checks parts too, and after each sends what is ready in order
    for (int k = next.getAndIncrement(); k < parts; k = next.getAndIncrement()) {
      done.set(k, part(part.apply(k), checker, texts, spare));
      sent = send(done, sent, counts, out, spare);
    }
    try {
      helper.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    send(done, sent, counts, out, spare);
    return counts[0];
  }

  /** The report's head, up to the opening bracket of {@code files}. */
  private static String head() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = Json.generator(text)) {
      Json.start(json, JsonContract.NAMES_CHECK);
      json.writeArrayFieldStart("files");
      json.flush();
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report's end: {@code files} closed, the summary, the closing brace. */
  static void finish(NamesReportWriter.Counts counts, PrintWriter out) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = Json.generator(text)) {
      // the generator writes the array's close as after the last entry: an empty entry stands for them
      json.writeStartObject();
      json.writeArrayFieldStart("files");
      if (counts.names() > 0) {
        json.writeStartObject();
        json.writeEndObject();
      }
      json.flush();
      int from = text.getBuffer().length();
      json.writeEndArray();
      Summary found = counts.findings();
      NamesReportWriter.summary(json, counts, found.errors() + found.warnings() + found.infos(), false);
      json.flush();
      out.write(text.getBuffer().substring(from));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A part checked, and its entries of {@code files} as the report has them after an entry: from a comma (none when
   * the part has no names, all its lines blank).
   */
  private record Part(NamesReportWriter.Counts counts, byte[] utf8, int from, int length) {}

  private static Part part(List<NameInput> inputs, NameChecker checker, Texts texts, Queue<byte[]> spare) {
    List<CheckedName> names = CheckedName.checkAll(inputs, checker);
    byte[] reused = spare.poll();
    Bytes text = new Bytes(reused != null ? reused : new byte[Math.max(1, inputs.size()) * 400]);
    try (JsonGenerator json = Json.generator(text)) {
      json.writeStartObject();
      json.writeArrayFieldStart("files");
      json.flush();
      int from = text.size();
      for (CheckedName name : names) {
        NamesReportWriter.file(json, name, name.findings(), texts);
      }
      json.flush();
      if (!names.isEmpty()) {
        // the generator wrote no comma before the part's first entry: one stands where the array opened
        from--;
        text.at(from, (byte) ',');
      }
      return new Part(NamesReportWriter.Counts.of(names), text.array(), from, text.size() - from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A byte buffer that starts in a given array and whose array is handed on as it is, not copied. */
  private static final class Bytes extends ByteArrayOutputStream {
    Bytes(byte[] array) {
      super(0);
      buf = array;
    }

    byte[] array() {
      return buf;
    }

    void at(int index, byte b) {
      buf[index] = b;
    }
  }

  /** Sends the parts ready from {@code sent} on, in order; returns the first part not yet sent. */
  private static int send(AtomicReferenceArray<Part> done, int sent, NamesReportWriter.Counts[] counts,
      PrintWriter out, Queue<byte[]> spare) {
    int k = sent;
    for (Part part; k < done.length() && (part = done.get(k)) != null; k++) {
      // the first entry of the report follows the array's opening, without a comma
      int comma = counts[0].names() == 0 && part.length() > 0 ? 1 : 0;
      counts[0] = counts[0].plus(part.counts());
      ReportWriter.writeUtf8(out, part.utf8(), part.from() + comma, part.length() - comma);
      done.set(k, null);
      spare.add(part.utf8());
    }
    return k;
  }
}
