/**
 * Query-time synonym expansion from two data files: the curated domain list and the Sudachi subset
 * (extracted by scripts/extract-sudachi-synonyms.mjs). Keys are normalised, so ＷＬＢ, wlb and WLB meet.
 */
import domainData from './data/synonyms-domain.json';
import sudachiData from './data/synonyms-sudachi.json';

/** One synonym group as stored: every word stands for every other, except that noTrigger words start no expansion. */
export interface SynonymGroup {
  words: string[];
  noTrigger?: string[];
}

export type SynonymSource = 'domain' | 'sudachi';

/** A synonym as shown to the user (display form from the data file) and where it comes from. */
export interface Synonym {
  surface: string;
  source: SynonymSource;
}

export interface SynonymIndex {
  /** Synonyms of a normalised word or phrase, domain ones first; empty when it has none. */
  lookup(normalizedKey: string): readonly Synonym[];
  /** Whether some key starts with this normalised text, so phrase matching can stop early. */
  hasKeyStartingWith(prefix: string): boolean;
  readonly size: number;
}

/** The synonym groups shipped with torikumi, by source. */
export function bundledSynonymGroups(): Record<SynonymSource, SynonymGroup[]> {
  return { domain: domainData.groups, sudachi: sudachiData.groups };
}

/** Builds the lookup: for each word that may trigger, the other words of all its groups, deduplicated by normal form. */
export function buildSynonymIndex(
  groupsBySource: Record<SynonymSource, readonly SynonymGroup[]>,
  normalize: (text: string) => string,
): SynonymIndex {
  const table = new Map<string, Synonym[]>();
  const seen = new Map<string, Set<string>>();
  const sources: SynonymSource[] = ['domain', 'sudachi'];
  for (const source of sources) {
    for (const group of groupsBySource[source]) addGroup(group, source);
  }
  const prefixes = new Set<string>();
  for (const key of table.keys()) for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  return { lookup: (key) => table.get(key) ?? [], hasKeyStartingWith: (prefix) => prefixes.has(prefix), size: table.size };

  function addGroup(group: SynonymGroup, source: SynonymSource): void {
    const quiet = new Set(group.noTrigger ?? []);
    const normalizedWords = group.words.map((word) => ({ word, key: normalize(word) }));
    for (const trigger of normalizedWords) {
      if (quiet.has(trigger.word) || trigger.key === '') continue;
      const known = seen.get(trigger.key) ?? new Set([trigger.key]);
      seen.set(trigger.key, known);
      const synonyms = table.get(trigger.key) ?? [];
      for (const other of normalizedWords) {
        if (known.has(other.key)) continue;
        known.add(other.key);
        synonyms.push({ surface: other.word, source });
      }
      if (synonyms.length > 0) table.set(trigger.key, synonyms);
    }
  }
}
