package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.ingest.RejectedFileException;
import findings.ingest.ReportReader;
import findings.model.Gazetteer;
import findings.model.Report;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad file beside the good seeds: the message names the file and the reason, the exit code says
 * something was rejected, and every good report is still searchable afterwards.
 */
class BadFilesTest {
  @TempDir Path tmp;
  Path source;
  Path index;

  @BeforeEach
  void seeds() throws Exception {
    source = Files.createDirectories(tmp.resolve("reports"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) Files.copy(f, source.resolve(f.getFileName()));
    }
    index = tmp.resolve("index");
  }

  private IndexCommandTest.Run index() {
    return IndexCommandTest.run("index", "--index", index.toString(), source.toString());
  }

  private void assertGoodReportsSearchable(int reports) throws Exception {
    try (SearchService s = new SearchService(index)) {
      assertEquals(reports, s.counts()[0]);
      assertTrue(s.search(SearchRequest.of("unaccompanied asylum seekers")).total() >= 6);
      assertTrue(s.search(SearchRequest.of("respite")).total() > 0);
    }
  }

  private void rejected(String file, String reason) throws Exception {
    IndexCommandTest.Run r = index();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(file + ": " + reason), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertGoodReportsSearchable(5);
  }

  @Test
  void emptyFile() throws Exception {
    Files.write(source.resolve("empty.txt"), new byte[0]);
    rejected("empty.txt", "empty file");
  }

  @Test
  void aLinkedFolderIsReadButALinkBackUpIsNot() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.move(source.resolve("004_0c46a5a91f508f7b.txt"), elsewhere.resolve("004_0c46a5a91f508f7b.txt"));
    Files.createSymbolicLink(source.resolve("linked"), elsewhere);
    Files.createSymbolicLink(source.resolve("loop"), source);
    rejected("loop", "a link back to a folder above it, not followed"); // and all five reports indexed
  }

  @Test
  void binaryJunkNamedPdf() throws Exception {
    byte[] junk = new byte[4096];
    new java.util.Random(1).nextBytes(junk);
    Files.write(source.resolve("junk.pdf"), junk);
    rejected("junk.pdf", "not a readable PDF");
  }

  @Test
  void binaryJunkNamedTxt() throws Exception {
    Files.write(source.resolve("junk.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    rejected("junk.txt", "binary content, not a text report");
  }

  @Test
  void truncatedPdf() throws Exception {
    Path whole = tmp.resolve("whole.pdf");
    findings.ingest.PdfTypesetter.write(Path.of("seeds/000_1cb2265a1d41d5cf.txt"), whole);
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(source.resolve("truncated.pdf"), Arrays.copyOf(bytes, 600));
    rejected("truncated.pdf", "not a readable PDF");
  }

  @Test
  void encryptedPdf() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(source.resolve("locked.pdf").toFile());
    }
    rejected("locked.pdf", "encrypted PDF: it needs a password to open");
  }

  @Test
  void scannedPdfWithoutText() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.addRect(50, 50, 400, 600); // a picture of a page, no text layer
        cs.fill();
      }
      doc.save(source.resolve("scan.pdf").toFile());
    }
    rejected("scan.pdf", "PDF has no text layer (a scanned document?): it needs OCR before it can be indexed");
  }

  @Test
  void fileDeletedBetweenListingAndReading() {
    ReportReader reader = new ReportReader(Gazetteer.load());
    RejectedFileException e = org.junit.jupiter.api.Assertions.assertThrows(RejectedFileException.class,
        () -> reader.read(source.resolve("gone.txt")));
    assertEquals("file disappeared before it could be read", e.getMessage());
  }

  @Test
  void windows1252TextIngestsWithItsCharacters() throws Exception {
    String text = "Joint area review\n\nLondon Borough of Havering\n\nPublished: 6 February 2007\n\nContext\n\n"
        + "1. The council’s café-style drop-in – for young carers – is valued; fees are £5.\n";
    Files.write(source.resolve("word-export.txt"), text.getBytes(Charset.forName("windows-1252")));
    IndexCommandTest.Run r = index();
    assertEquals(0, r.exit(), r.err());
    try (SearchService s = new SearchService(index)) {
      var hit = s.search(SearchRequest.of("café drop-in")).hits().get(0);
      assertTrue(hit.text().contains("council’s café-style drop-in – for young carers – is valued; fees are £5."), hit.text());
    }
    assertGoodReportsSearchable(6);
  }

  /** Notepad's "Unicode" is UTF-16 with a byte-order mark, either way round: read as text, not refused as binary. */
  @Test
  void utf16TextWithAByteOrderMarkIngestsWithItsCharacters() throws Exception {
    String text = "Joint area review\n\nLondon Borough of Havering\n\nPublished: 6 February 2007\n\nContext\n\n"
        + "1. The council’s café-style drop-in – for young carers – is valued; fees are £5.\n";
    Files.write(source.resolve("notepad-unicode.txt"), text.getBytes(StandardCharsets.UTF_16)); // big-endian, with its mark
    Files.write(source.resolve("notepad-unicode-le.txt"),
        ("\uFEFF" + text.replace("drop-in", "drop-in centre")).getBytes(StandardCharsets.UTF_16LE));
    IndexCommandTest.Run r = index();
    assertEquals(0, r.exit(), r.err());
    try (SearchService s = new SearchService(index)) {
      for (String expected : List.of("café-style drop-in – for", "café-style drop-in centre – for")) {
        assertTrue(s.search(SearchRequest.of("café drop-in")).hits().stream().anyMatch(h -> h.text().contains("The council’s " + expected)
            && h.text().endsWith("fees are £5.")), expected);
      }
    }
    assertGoodReportsSearchable(7);
  }

  /**
   * A run of letters past Lucene's limit for a term (32,766 bytes: an embedded image's base64, cells run together)
   * made Lucene refuse the report's documents and stopped the whole run, unnamed. No one searches for such a "word":
   * it is left out, and the report's words around it are found.
   */
  @Test
  void aReportWithAnImmenseWordIsIndexedWithoutIt() throws Exception {
    String text = "Joint area review\n\nLondon Borough of Havering\n\nPublished: 6 February 2007\n\nContext\n\n"
        + "1. The council's " + "QUJD".repeat(20_000) + " short breaks scheme is valued by parents.\n";
    Files.writeString(source.resolve("extracted-with-an-image.txt"), text);
    IndexCommandTest.Run r = index();
    assertEquals(0, r.exit(), r.err());
    try (SearchService s = new SearchService(index)) {
      assertTrue(s.search(SearchRequest.of("\"short breaks scheme\"")).hits().stream()
          .anyMatch(h -> h.text().endsWith("short breaks scheme is valued by parents.")));
    }
    assertGoodReportsSearchable(6);
  }

  @Test
  void aThreeHundredPagePdfIngests() throws Exception {
    StringBuilder text = new StringBuilder("Joint area review\n\nCity of Westminster Children's Services Authority Area\n\nPublished: 1 March 2008\n\nContext\n\n");
    for (int n = 1; n <= 3600; n++) {
      text.append(n).append(". Paragraph ").append(n).append(" of a long report about respite care, fostering and ")
          .append("the support given to children and young people by local services in the area.")
          .append(" Inspectors found that the support was well planned, that families valued it, and that the council")
          .append(" and its partners reviewed it regularly with the children and young people who used it, and acted on")
          .append(" what they said about the help they received and what could be improved next year.\n\n");
    }
    Path txt = tmp.resolve("long.txt");
    Files.writeString(txt, text);
    Path pdf = source.resolve("long.pdf");
    findings.ingest.PdfTypesetter.write(txt, pdf);
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 300, doc.getNumberOfPages() + " pages");
    }
    IndexCommandTest.Run r = index();
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("long.pdf → westminster-joint-area-review-2008-03-01: 3600 paragraphs"), r.out());
    assertGoodReportsSearchable(6);
  }

  @Test
  void noRecognisableAuthorityOrDateIsIngestedAsUnknownNotGuessed() throws Exception {
    Files.writeString(source.resolve("mystery.txt"), "Notes from a meeting\n\nSummary\n\n"
        + "The group discussed how short breaks for disabled children could be arranged more quickly and agreed to meet again.\n");
    IndexCommandTest.Run r = index();
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("warnings: no recognisable authority: indexed as unknown; no publication date found: indexed as undated"), r.out());
    try (SearchService s = new SearchService(index)) {
      var hit = s.search(SearchRequest.of("short breaks disabled children quickly")).hits().get(0);
      assertTrue(hit.id().startsWith("unknown-authority-other-undated-"), hit.id());
      assertEquals(null, hit.report().published());
    }
  }

  @Test
  void htmlAndScriptInTheTextStayText() throws Exception {
    Files.writeString(source.resolve("hostile.txt"), "Joint area review\n\nCity of London\n\nPublished: 1 May 2008\n\nContext\n\n"
        + "1. The report says <script>alert('x')</script> and <b>bold</b> and <img src=x onerror=alert(1)> about fostering.\n");
    assertEquals(0, index().exit());
    try (SearchService s = new SearchService(index)) {
      var hit = s.search(SearchRequest.of("onerror fostering")).hits().get(0);
      assertTrue(hit.text().contains("<script>alert('x')</script>"), "kept as the text it is");
      assertFalse(hit.snippet().replace("<mark>", "").replace("</mark>", "").contains("<"), hit.snippet());
    }
  }

  @Test
  void twoCopiesOfOneReportAreOneReport() throws Exception {
    Files.copy(source.resolve("000_1cb2265a1d41d5cf.txt"), source.resolve("city-of-london-copy.txt"));
    IndexCommandTest.Run r = index();
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("same content as"), r.out());
    assertGoodReportsSearchable(5);
  }
}
