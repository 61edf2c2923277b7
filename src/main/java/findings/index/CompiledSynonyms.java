package findings.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * The thesaurus compiled at build time: the synonym filter's automaton and word table as Lucene writes them,
 * in {@code findings/synonyms.compiled} on the class path, and beside it the terms as {@link Concepts} analyses them
 * ({@code concepts.compiled}; {@code mvn} runs {@link #main} after compiling).
 *
 * <p>Why: every start parsed {@code synonyms.txt} through the analyser and built its automaton, a third of a second
 * of a cold JVM, and the compiler's time on code that runs only then. The file names the fingerprint of the vocabulary files
 * it was compiled from ({@link Vocabulary#fingerprint}, the index schema's); a copy made from other files, or no copy,
 * and the thesaurus is parsed as before. {@code CompiledSynonymsTest} checks that the copy on the class path
 * is what parsing the files gives now, so that a change to the analyser cannot leave a stale copy unnoticed.
 */
final class CompiledSynonyms {
  private CompiledSynonyms() {}

  static final String RESOURCE = "/findings/synonyms.compiled";
  private static final int FORMAT = 1;

  /**
   * Writes the thesaurus parsed from the resource files to the first file, and its terms as {@link Concepts} analyses
   * them to the second.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) throw new IllegalArgumentException("usage: CompiledSynonyms SYNONYMS-FILE CONCEPTS-FILE");
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, bytes(Vocabulary.parseSynonyms(Vocabulary.readSpelling()), Vocabulary.fingerprint()));
    Path concepts = Path.of(args[1]);
    Files.createDirectories(concepts.toAbsolutePath().getParent());
    Files.write(concepts, Concepts.bytes(Concepts.analyse(Vocabulary.get()), Vocabulary.fingerprint()));
  }

  /** The compiled thesaurus on the class path, or null when there is none or it was compiled from other files. */
  static SynonymMap read(String fingerprint) {
    byte[] bytes = onClassPath(RESOURCE);
    try {
      return bytes == null ? null : read(bytes, fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file the build compiled into the classes ({@link #RESOURCE}, {@link Concepts#RESOURCE}), or null without one. */
  static byte[] onClassPath(String resource) {
    try (InputStream in = CompiledSynonyms.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SynonymMap read(byte[] bytes, String fingerprint) throws IOException {
    DataInput in = new ByteArrayDataInput(bytes);
    if (in.readVInt() != FORMAT || !in.readString().equals(fingerprint)) return null;
    int maxHorizontalContext = in.readVInt();
    BytesRefHash words = new BytesRefHash();
    int count = in.readVInt();
    for (int id = 0; id < count; id++) {
      byte[] word = new byte[in.readVInt()];
      in.readBytes(word, 0, word.length);
      // Added in the order of their ids, the words get the same ids, which the automaton's outputs name.
      if (words.add(new BytesRef(word)) != id) throw new IOException("the compiled thesaurus repeats a word");
    }
    FST<BytesRef> fst = new FST<>(FST.readMetadata(in, ByteSequenceOutputs.getSingleton()), in);
    return new SynonymMap(fst, words, maxHorizontalContext);
  }

  static byte[] bytes(SynonymMap map, String fingerprint) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeVInt(FORMAT);
    out.writeString(fingerprint);
    out.writeVInt(map.maxHorizontalContext);
    out.writeVInt(map.words.size());
    BytesRef word = new BytesRef();
    for (int id = 0; id < map.words.size(); id++) {
      map.words.get(id, word);
      out.writeVInt(word.length);
      out.writeBytes(word.bytes, word.offset, word.length);
    }
    map.fst.save(out, out);
    return out.toArrayCopy();
  }
}
