import { compareMetric, printedField, printedFields } from '../../src/answer/metric-text';
import type { Metric, Quantity } from '../../src/domain/types';
import type { MetricEntry } from '../../src/query/types';

const quantity = (value: number, text: string, qualifier: string | null = null): Quantity => ({ value, unit: '%', period: null, qualifier, text });

function entry(metric: Metric, met: boolean | null = null, gap: number | null = null): MetricEntry {
  return {
    id: 'a1b2c3d4e5f6',
    ministry: 'テスト省',
    fiscalYear: 2021,
    section: '女性の活躍推進のための改革',
    item: 2,
    rowTitle: '女性の登用目標',
    metric,
    met,
    gap,
  };
}

describe('printedFields', () => {
  it('when a metric prints the three fields, reads each as printed', () => {
    const fields = printedFields('目標：両休暇合計5日以上取得率100%（令和2年）、現状：91.7%（令和元年度）、目標設定時：59.2%（平成26年度）');

    expect(fields).toEqual({ target: '両休暇合計5日以上取得率100%（令和2年）', current: '91.7%（令和元年度）', baseline: '59.2%（平成26年度）' });
  });

  it('when the target mentions 目標 inside its text, does not split there', () => {
    expect(printedFields('目標：政府全体の目標(30%以上(毎年度))に留意、現状：36.9%(令和2年4月1日)').target).toBe(
      '政府全体の目標(30%以上(毎年度))に留意',
    );
  });
});

describe('printedField', () => {
  it('when the text lacks a field, falls back to the parsed quantity’s text', () => {
    const metric: Metric = { label: null, target: null, current: quantity(5.1, '5.1%（令和3年7月）'), baseline: null, text: '5.1%（令和3年7月）' };

    expect(printedField(metric, 'current')).toBe('5.1%（令和3年7月）');
    expect(printedField(metric, 'target')).toBeNull();
  });
});

describe('compareMetric', () => {
  const text = '目標：30%程度（令和7年度末）、現状：27.9%（令和3年7月）';
  const metric: Metric = {
    label: '係長相当職(本省)',
    target: quantity(30, '30%程度（令和7年度末）', '程度'),
    current: quantity(27.9, '27.9%（令和3年7月）'),
    baseline: null,
    text,
  };

  it('when the engine gives no verdict, computes it with the gap at the printed precision', () => {
    expect(compareMetric(entry(metric))).toEqual({ met: false, gap: '-2.1', gapUnit: 'ポイント' });
  });

  it('when the engine gives a verdict and gap, uses them', () => {
    expect(compareMetric(entry(metric, false, -2.1))).toEqual({ met: false, gap: '-2.1', gapUnit: 'ポイント' });
  });

  it('when the target is an upper bound (未満), is met below it', () => {
    const upper: Metric = { ...metric, target: quantity(30, '30%未満', '未満') };

    expect(compareMetric(entry(upper))?.met).toBe(true);
  });

  it('when target and current are in different units, cannot compare', () => {
    const days: Metric = { ...metric, current: { ...quantity(5, '5日'), unit: '日' } };

    expect(compareMetric(entry(days))).toBeNull();
  });
});
