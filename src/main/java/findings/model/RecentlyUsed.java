package findings.model;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What a search remembers of recent searches (parsed queries, counts, a page's paragraphs), and the JSON writer of
 * recent hits ({@link HitWriter}): a map that drops its least recently used entries past a capacity — a number of
 * entries, or a total of what its entries cost — shared by the threads that search and answer.
 */
public final class RecentlyUsed<K, V> {
  private final Map<K, V> entries;
  private final ToLongFunction<V> cost;
  private final long budget;
  private long spent;

  /** At most {@code capacity} entries. */
  public RecentlyUsed(int capacity) {
    this(capacity, value -> 1);
  }

  /** Entries whose {@code cost} comes to at most {@code budget} in all (the latest is kept even when it alone costs more). */
  public RecentlyUsed(long budget, ToLongFunction<V> cost) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
    this.cost = cost;
    this.budget = budget;
  }

  public synchronized V get(K key) {
    return entries.get(key);
  }

  public synchronized void put(K key, V value) {
    V replaced = entries.put(key, value);
    if (replaced != null) spent -= cost.applyAsLong(replaced);
    spent += cost.applyAsLong(value);
    Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
    while (spent > budget && entries.size() > 1) {
      Map.Entry<K, V> dropped = eldest.next();
      spent -= cost.applyAsLong(dropped.getValue());
      eldest.remove();
    }
  }

  public synchronized void remove(K key) {
    V removed = entries.remove(key);
    if (removed != null) spent -= cost.applyAsLong(removed);
  }

  public synchronized long spent() {
    return spent;
  }

  public long budget() {
    return budget;
  }

  /**
   * The remembered value, or {@code make}'s, then remembered. {@code make} runs outside the lock, so one slow entry
   * holds up no other search; two searches making the same entry at once both make it. One that throws is not kept.
   */
  public V get(K key, Function<K, V> make) {
    V known = get(key);
    if (known != null) return known;
    V made = make.apply(key);
    put(key, made);
    return made;
  }
}
