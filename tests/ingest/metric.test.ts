import type { Quantity } from '../../src/domain/types';
import { parseMetric, parseQuantity } from '../../src/ingest/metric';
import { parseReport } from '../../src/ingest/parse-report';
import { SEED_FILE, seedText } from './seed';

type Triple = [number, string | null, string | null];
const q = (quantity: Quantity | null): Triple | null => (quantity ? [quantity.value, quantity.period, quantity.qualifier] : null);

describe('metrics of the real seed', () => {
  const parsed = parseReport(seedText(), SEED_FILE);
  const metricRows = parsed.rows.filter((row) => row.metrics.length > 0);

  it('finds the seven metrics on the four target rows (育児 1, 2; 女性 1, 2)', () => {
    expect(metricRows.map((row) => [row.section, row.item, row.metrics.length])).toEqual([
      ['育児・介護等と両立して活躍できるための改革', 1, 1],
      ['育児・介護等と両立して活躍できるための改革', 2, 1],
      ['女性の活躍推進のための改革', 1, 2],
      ['女性の活躍推進のための改革', 2, 3],
    ]);
  });

  it('reads every target, current value and baseline with its period and qualifier', () => {
    const metrics = metricRows.flatMap((row) => row.metrics);

    expect(metrics.map((m) => [m.label, q(m.target), q(m.current), q(m.baseline)])).toEqual([
      [null, [13, '令和2年', null], [43.6, '令和元年度', null], [6.6, '平成26年度', null]],
      [null, [100, '令和2年', null], [91.7, '令和元年度', null], [59.2, '平成26年度', null]],
      ['全体', [30, '毎年度', '以上'], [36.9, '令和2年4月1日', null], [32.1, '平成27年4月1日', null]],
      ['総合職', [30, '毎年度', '以上'], [31.4, '令和2年4月1日', null], [39.3, '平成27年4月1日', null]],
      ['本省課室長相当職', [4.5, '令和2年度末', '程度'], [6.3, '令和2年7月', null], [2.9, '平成27年7月', null]],
      ['地方機関課長・本省課長補佐相当職', [12, '令和2年度末', '程度'], [15.4, '令和2年7月', null], [10.6, '平成27年7月', null]],
      ['係長相当職(本省)', [30, '令和2年度末', '程度'], [24, '令和2年7月', null], [22.3, '平成27年7月', null]],
    ]);
    expect(metrics.flatMap((m) => [m.target, m.current, m.baseline]).every((x) => x?.unit === '%')).toBe(true);
  });

  it('keeps the printed phrase of each quantity, e.g. the 政府全体の目標 wording', () => {
    const recruitment = metricRows[2]?.metrics[0];

    expect(recruitment?.target?.text).toBe('政府全体の目標(30%以上(毎年度))に留意');
    expect(metricRows[1]?.metrics[0]?.target?.text).toBe('両休暇合計5日以上取得率100%（令和2年）');
  });

  it('also makes each metric a statement with its label and no change tag, so search finds it', () => {
    const statements = metricRows.flatMap((row) => row.statements);

    expect(statements.map((s) => [s.tag, s.label])).toEqual([
      [null, null],
      [null, null],
      [null, '全体'],
      [null, '総合職'],
      [null, '本省課室長相当職'],
      [null, '地方機関課長・本省課長補佐相当職'],
      [null, '係長相当職(本省)'],
    ]);
    expect(statements[0]?.text).toBe('目標：13%（令和2年）、現状：43.6%（令和元年度）、目標設定時：6.6%（平成26年度）');
  });
});

describe('parseQuantity', () => {
  it('when the phrase has no number, returns null', () => {
    expect(parseQuantity('政府全体の目標に留意')).toBeNull();
  });

  it('when the period is in full-width brackets with a qualifier, reads both', () => {
    expect(parseQuantity('7%程度（令和7年度末）')).toMatchObject({ value: 7, unit: '%', qualifier: '程度', period: '令和7年度末' });
  });
});

describe('parseMetric', () => {
  it('when a part is missing, leaves that quantity null and keeps the others', () => {
    const metric = parseMetric('【全体】 目標：30%（令和7年）、現状：集計中');

    expect([metric.label, metric.target?.value, metric.current, metric.baseline]).toEqual(['全体', 30, null, null]);
  });
});

describe('parseQuantity › numbers in any width', () => {
  it('when a target is printed in full-width digits and point (２７．３％), reads it as 27.3 %', () => {
    const quantity = parseQuantity('２７．３％（令和３年度）');

    expect(quantity).toMatchObject({ value: 27.3, unit: '%', period: '令和３年度', text: '２７．３％（令和３年度）' });
  });

  it('when a metric mixes widths, reads every field the same as its half-width twin', () => {
    const full = parseMetric('目標：３０％以上（令和７年）、現状：２５．５％（令和２年度）、目標設定時：８．０％（平成２６年度）');
    const half = parseMetric('目標：30%以上（令和７年）、現状：25.5%（令和２年度）、目標設定時：8.0%（平成２６年度）');

    expect([q(full.target), q(full.current), q(full.baseline)]).toEqual([q(half.target), q(half.current), q(half.baseline)]);
    expect(q(full.target)).toEqual([30, '令和７年', '以上']);
  });

  it('when a count is printed in full-width digits (５日), reads the number with its unit', () => {
    expect(parseQuantity('年次休暇５日以上')).toMatchObject({ value: 5, unit: '日', qualifier: '以上' });
  });
});
