import { NO_ANSWER, formatAnswer, parseAskArgs } from '../../src/cli/ask-command';
import type { Answer } from '../../src/answer/types';

describe('parseAskArgs', () => {
  it('when given a question and --json, reads both', () => {
    expect(parseAskArgs(['メンター制度の実施状況は？', '--json'])).toEqual({ question: 'メンター制度の実施状況は？', json: true });
  });

  it('when the question comes in several words, joins them with a space', () => {
    expect(parseAskArgs(['保育所は', 'いつ開設された？']).question).toBe('保育所は いつ開設された？');
  });

  it('when no question is given, throws INVALID_INPUT naming the question', () => {
    expect(() => parseAskArgs(['--json'])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', details: { field: 'question' } }));
  });

  it('when given an unknown option, throws naming it', () => {
    expect(() => parseAskArgs(['質問', '--limit'])).toThrow(/unknown option --limit/);
  });
});

describe('formatAnswer', () => {
  const answered: Answer = {
    question: '税関の選考採用試験で女性を何名中途採用した？',
    kind: 'count',
    answer: '13名（女性13名を中途採用した）',
    confidence: 0.861,
    sources: [{ id: '0123456789ab', text: '税関の選考採用試験(係長級)において、女性13名を中途採用した。', ministry: '財務省', fiscalYear: 2020 }],
  };

  it('when there is an answer, prints it with kind, confidence and each source', () => {
    const printed = formatAnswer(answered);

    expect(printed).toContain('A: 13名（女性13名を中途採用した）');
    expect(printed).toContain('(count, confidence 0.86)');
    expect(printed).toContain('1. 財務省 2020 #0123456789ab');
    expect(printed).toContain('女性13名を中途採用した。');
  });

  it('when the answer is null, prints 資料からは分かりません and no sources', () => {
    const printed = formatAnswer({ ...answered, answer: null, confidence: 0.2, sources: [] });

    expect(printed).toContain(`A: ${NO_ANSWER}`);
    expect(printed).not.toContain('sources:');
  });

  it('when the answer has several statements on separate lines, indents the following lines under it', () => {
    const printed = formatAnswer({ ...answered, kind: 'what', answer: '【継続】一。\n【新規】二。' });

    expect(printed).toContain('A: 【継続】一。\n   【新規】二。');
  });

  it('when the answer has a scope, prints the ministry and year', () => {
    expect(formatAnswer({ ...answered, scope: { ministry: 'テスト省', fiscalYear: 2021 } })).toContain('[テスト省 2021]');
  });

  it('when the answer is a per-ministry table, prints one line a ministry with the year as printed', () => {
    const table = [
      { ministry: 'テスト省', fiscalYear: 2022, fiscalYearLabel: '令和4年度', value: '15.1日', sourceIds: ['0123456789ab'] },
      { ministry: '架空庁', fiscalYear: 2022, fiscalYearLabel: '令和4年度', value: '12.0日', sourceIds: [] },
    ];

    const printed = formatAnswer({ ...answered, table });

    expect(printed).toContain('by ministry:\n  テスト省 令和4年度（2022年度）: 15.1日\n  架空庁 令和4年度（2022年度）: 12.0日');
  });

  it('when a table row is a change over two years, prints no single year for it', () => {
    const table = [{ ministry: '試験庁', fiscalYear: 2022, fiscalYearLabel: '', value: '令和3年度：15.2% → 令和4年度：28.0%', sourceIds: [] }];

    expect(formatAnswer({ ...answered, table })).toContain('  試験庁: 令和3年度：15.2% → 令和4年度：28.0%');
  });

  it('when the reports do not say, prints why, the search that may help and questions they answer', () => {
    const printed = formatAnswer({
      ...answered,
      answer: null,
      sources: [],
      note: '財務省の報告には記載がありません（テスト省の令和3年度（2021年度）の報告に記載があります）',
      suggestedSearch: { q: '年次休暇', url: '/?q=%E5%B9%B4%E6%AC%A1%E4%BC%91%E6%9A%87' },
      examples: ['テスト省の男性の育休取得率は？'],
    });

    expect(printed).toContain('   財務省の報告には記載がありません（テスト省の令和3年度（2021年度）の報告に記載があります）');
    expect(printed).toContain('try the search: /?q=%E5%B9%B4%E6%AC%A1%E4%BC%91%E6%9A%87');
    expect(printed).toContain('questions the reports answer:\n  テスト省の男性の育休取得率は？');
  });
});
