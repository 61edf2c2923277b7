package findings.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a search remembers of recent searches (parsed queries, counts, a page's paragraphs): a map that drops its least
 * recently used entry past a capacity, shared by the threads that search.
 */
final class RecentlyUsed<K, V> {
  private final Map<K, V> entries;

  RecentlyUsed(int capacity) {
    this.entries = new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized V get(K key) {
    return entries.get(key);
  }

  synchronized void put(K key, V value) {
    entries.put(key, value);
  }

  synchronized void remove(K key) {
    entries.remove(key);
  }

  /**
   * The remembered value, or {@code make}'s, then remembered. {@code make} runs outside the lock, so one slow entry
   * holds up no other search; two searches making the same entry at once both make it. One that throws is not kept.
   */
  V get(K key, Function<K, V> make) {
    V known = get(key);
    if (known != null) return known;
    V made = make.apply(key);
    put(key, made);
    return made;
  }
}
