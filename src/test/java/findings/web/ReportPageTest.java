package findings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report page over real HTTP: its headings stand at the level of the section path they open. */
class ReportPageTest {
  @TempDir Path tmp;

  /** An inspection's main part graded in two halves, each with an area judged in a row of its own under it. */
  @Test
  void anAreaJudgedUnderAHeadingIsALevelBelowIt() throws Exception {
    Path report = tmp.resolve("camden.txt");
    Files.writeString(report, String.join("\n", "Inspection of safeguarding and looked after children services",
        "London Borough of Camden", "", "Published: 22 July 2011", "", "Main report", "",
        "Safeguarding services", "", "Overall effectiveness\tGrade 3 (Adequate)", "",
        "1. The overall effectiveness of safeguarding services in Camden is adequate. Children are safe.", "",
        "Capacity for improvement\tGrade 2 (Good)", "",
        "2. Senior leaders have a clear understanding of the strengths and weaknesses of services.", "",
        "Services for looked after children", "", "Overall effectiveness\tGrade 2 (Good)", "",
        "3. The overall effectiveness of services for looked after children and young people is good.", "",
        "Capacity for improvement\tGrade 4 (Inadequate)", "",
        "4. Leaders have not acted on the weaknesses in planning for permanence that were found last year.", ""));
    try (SeedServer server = new SeedServer(tmp, report)) {
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          server.base + "/reports/camden-safeguarding-and-looked-after-children-inspection-2011-07-22")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode(), page.body());
      assertEquals(List.of("h2 Main report", "h3 Safeguarding services", "p1", "h4 Capacity for improvement", "p2",
          "h3 Services for looked after children", "p3", "h4 Capacity for improvement", "p4"), headings(page.body()));
    }
  }

  /** A self-assessment's parts hold its numbered sections, and those the headings inside them. */
  @Test
  void aPartANumberedSectionAndAHeadingAreThreeLevels() throws Exception {
    Path report = tmp.resolve("leeds.txt");
    Files.writeString(report, String.join("\n", "Leeds City Council", "", "Children's Services Self-Assessment 2019", "", "Date: 30 April 2019", "",
        "PART A: CONTEXTUAL INFORMATION", "", "1. About the city", "",
        "Leeds is home to around 180,000 children and young people, a fifth of whom live in poverty.", "",
        "PART B: WHAT WE DO WELL", "", "1. Early help", "", "Family support", "",
        "Our family support teams reach families early and most need no further help within a year.", "",
        "2. Children in care", "",
        "Placement stability has improved this year and fewer children move school when they come into care.", ""));
    try (SeedServer server = new SeedServer(tmp, report)) {
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          server.base + "/reports/leeds-self-assessment-2019-04-30")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode(), page.body());
      assertEquals(List.of("h2 Part A: Contextual information", "h3 1. About the city", "pu1", "h2 Part B: What we do well",
          "h3 1. Early help", "h4 Family support", "pu2", "h3 2. Children in care", "pu3"), headings(page.body()));
    }
  }

  /** The page's headings and paragraphs in order: "h3 Safeguarding services", "p1". */
  private static List<String> headings(String page) {
    List<String> headings = new ArrayList<>();
    Matcher m = Pattern.compile("<(h[2-5])>([^<]*)</h[2-5]>|<article class=\"para\" id=\"(p[^\"]+)\"").matcher(page);
    while (m.find()) headings.add(m.group(1) != null ? m.group(1) + " " + m.group(2) : m.group(3));
    return headings;
  }
}
