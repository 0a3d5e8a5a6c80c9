#!/usr/bin/env node
/**
 * Extracts the part of Sudachi's synonym dictionary (npm sudachi-synonyms-dictionary, Apache-2.0) that
 * matters to torikumi into src/analysis/data/synonyms-sudachi.json, so the 14 MB source is never loaded
 * at start-up. Run after the dictionary or the corpus (data/*.txt) changes:
 *   node scripts/extract-sudachi-synonyms.mjs
 *
 * Policy (each rule says why):
 * - expandControl 2 words are deletion records: dropped. expandControl 1 words are kept but marked
 *   `noTrigger` (they are expanded to, never from), as the dictionary intends.
 * - Misspellings (語形 間違い, 表記 間違い表記) are dropped: they must never be shown as "also searched".
 * - Romanised translations (表記 アルファベット表記: telework, remote work) are dropped unless the corpus
 *   uses them (web): they only add noise to Japanese reports.
 * - Work-domain groups (分野 ビジネス, HR) are kept whole: their vocabularies are real synonyms at the
 *   level users search (残業 ⇄ 超過勤務 ⇄ 時間外勤務). Other groups are kept only when a word occurs
 *   in the corpus, and then only within one vocabulary (same 語彙番号: notation variants, abbreviations),
 *   because across vocabularies they are merely related (介護 ⇄ 看護 in 医療; 休暇 ⇄ バカンス).
 * - Proper-name fields (企業名, 人名, 地名 …) and leisure fields never matter here.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('sudachi-synonyms-dictionary'));
const packageVersion = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
const groups = JSON.parse(readFileSync(join(packageDir, 'sudachi-synonyms-dictionary.json'), 'utf8'));
const outputPath = join(root, 'src', 'analysis', 'data', 'synonyms-sudachi.json');

const WORK_FIELDS = new Set(['ビジネス', 'HR']);
const EXCLUDED_FIELDS = new Set([
  '企業名',
  '旧企業名',
  '人名',
  '地名',
  '大学名',
  '組織名',
  '旧組織名',
  '国名',
  '店名',
  '店',
  '商品',
  'キャラ',
  'スポーツ',
  '料理',
  '動植物',
  'ファッション',
  '音楽',
  '娯楽',
  '美容',
  '観光',
  '色',
  '地形',
  '不快',
]);

const corpus = readCorpus(join(root, 'data'));
const kept = [];
for (const group of groups) kept.push(...selectGroup(group));

const output = {
  source: `sudachi-synonyms-dictionary ${packageVersion} (npm), from SudachiDict synonyms.txt`,
  licence: 'Apache-2.0',
  notice:
    'Contains data from SudachiDict (https://github.com/WorksApplications/SudachiDict), Copyright (c) 2017 ' +
    'Works Applications Co., Ltd., and sudachi-synonyms-dictionary (https://github.com/azu/sudachi-synonyms-dictionary) ' +
    '© azu, licensed under the Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0). ' +
    'Modified: a filtered subset extracted by scripts/extract-sudachi-synonyms.mjs.',
  policy: 'See scripts/extract-sudachi-synonyms.mjs: work-domain groups whole, others per vocabulary when the corpus uses them.',
  groups: kept,
};
writeFileSync(outputPath, JSON.stringify(output, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`${kept.length} of ${groups.length} groups written to ${outputPath}`);

/** The kept parts of one Sudachi group: the whole group, one group per vocabulary, or nothing. */
function selectGroup(group) {
  const items = group.items.filter(isUsableItem);
  const fields = new Set(items.flatMap((item) => item.bunya));
  if ([...fields].some((field) => EXCLUDED_FIELDS.has(field))) return [];
  const field = [...fields].join('/');
  if ([...fields].some((f) => WORK_FIELDS.has(f))) return compact(group.id, field, items);
  if (!items.some((item) => occursInCorpus(item.midashi))) return [];
  const byVocabulary = new Map();
  for (const item of items) {
    const key = item.vocabularyNumber ?? 0;
    byVocabulary.set(key, [...(byVocabulary.get(key) ?? []), item]);
  }
  return [...byVocabulary.values()]
    .filter((vocabulary) => vocabulary.some((item) => occursInCorpus(item.midashi)))
    .flatMap((vocabulary) => compact(group.id, field, vocabulary));
}

function isUsableItem(item) {
  if (item.expandControl === 2) return false;
  if (item.gokeiSyubetsu === '間違い' || item.hyoukiYure === '間違い表記') return false;
  if (item.hyoukiYure === 'アルファベット表記' && !occursInCorpus(item.midashi)) return false;
  return item.midashi.trim().length > 0;
}

/** {id, field, words, noTrigger?}, or nothing when fewer than two distinct words remain. */
function compact(id, field, items) {
  const words = [...new Set(items.map((item) => item.midashi))];
  if (words.length < 2) return [];
  const noTrigger = [...new Set(items.filter((item) => item.expandControl === 1).map((item) => item.midashi))];
  if (noTrigger.length === words.length) return [];
  return [{ id, ...(field ? { field } : {}), words, ...(noTrigger.length > 0 ? { noTrigger } : {}) }];
}

function occursInCorpus(word) {
  const key = simplify(word);
  return key.length >= 2 && corpus.includes(key);
}

/** NFKC, lower case, no whitespace: close enough to the analyser's normalisation to decide relevance. */
function simplify(text) {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function readCorpus(dataDir) {
  const files = readdirSync(dataDir).filter((name) => name.endsWith('.txt'));
  return files.map((name) => simplify(readFileSync(join(dataDir, name), 'utf8').replace(/<[^>]+>/g, ''))).join('\n');
}
