package findings.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merging, and at each commit the segments below its floor size (16 MB) merged into one.
 *
 * <p>Why: a search pays a fixed cost in every segment — looking up each term, making its scorers, setting up the
 * counts — and in a small index that cost is most of the search. Each indexing thread flushes a segment of its own,
 * so an index of 10,000 paragraphs was two segments of 4.5 MB, which the tiered policy leaves alone (it merges only
 * when a tier holds eight). Merged into one, searches took 0.76 to 0.89 of their time at 10,000 and 30,000
 * paragraphs ("Segment round (session 28)", BENCHMARKS.md). Lucene's own merge at commit
 * ({@link org.apache.lucene.index.MergePolicy#findFullFlushMerges}) keeps only what the tiered policy proposes, so
 * it never merges two segments.
 *
 * <p>What it costs: each commit rewrites the small segments, 0.3 to 1.3 s of an ingest of 10,000 to 30,000
 * paragraphs, and a re-index of one report in a small index rewrites it whole. A search is made many times for each
 * time a report is indexed. Segments at or above the floor are the tiered policy's, so a large index commits as
 * before; and a merge stops growing at four floors, so a commit after many small ones never rewrites much.
 */
final class SmallSegmentsMergePolicy extends FilterMergePolicy {
  SmallSegmentsMergePolicy() {
    super(new TieredMergePolicy());
  }

  @Override
  public MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
      throws IOException {
    Set<SegmentCommitInfo> merging = context.getMergingSegments();
    List<Sized> small = new ArrayList<>();
    for (SegmentCommitInfo info : infos) {
      long bytes = size(info, context);
      if (!merging.contains(info) && bytes < maxFullFlushMergeSize()) small.add(new Sized(info, bytes));
    }
    small.sort(Comparator.comparingLong(Sized::bytes));
    List<SegmentCommitInfo> merged = new ArrayList<>();
    long bytes = 0;
    for (Sized s : small) {
      if (merged.size() >= 2 && bytes + s.bytes() > 4 * maxFullFlushMergeSize()) break;
      merged.add(s.info());
      bytes += s.bytes();
    }
    if (merged.size() < 2) return super.findFullFlushMerges(trigger, infos, context);
    MergeSpecification spec = new MergeSpecification();
    spec.add(new OneMerge(merged));
    return spec;
  }

  private record Sized(SegmentCommitInfo info, long bytes) {}
}
