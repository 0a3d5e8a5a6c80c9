import { parseSearchArgs, run } from '../../src/cli/search-command';

describe('search command arguments', () => {
  test('parseSearchArgs › joins the words into q and reads --json, --limit and the filters through the API schema', () => {
    const { request, json } = parseSearchArgs([
      '超過勤務',
      '縮減',
      '--json',
      '--limit',
      '5',
      '--section',
      '働き方改革',
      '--tag',
      '新規',
      '--year',
      '2020',
    ]);

    expect(json).toBe(true);
    expect(request).toEqual({
      q: '超過勤務 縮減',
      limit: 5,
      offset: 0,
      sort: 'relevance',
      filters: { section: ['働き方改革'], tag: ['新規'], year: [2020] },
    });
  });

  test('parseSearchArgs › an option may repeat, as an API parameter may', () => {
    const { request } = parseSearchArgs(['休暇', '--year', '2020', '--year', '2021', '--sort', 'year']);

    expect([request.filters?.year, request.sort]).toEqual([[2020, 2021], 'year-desc']);
  });

  test('parseSearchArgs › a section outside the template is INVALID_INPUT naming the option', () => {
    expect(() => parseSearchArgs(['x', '--section', '架空の改革'])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', details: { field: '--section' } }),
    );
  });

  test('parseSearchArgs › --limit must be an integer from 1 to 100, as over HTTP', () => {
    expect(() => parseSearchArgs(['x', '--limit', '0'])).toThrow(/^--limit: /);
    expect(() => parseSearchArgs(['x', '--limit', '101'])).toThrow(/^--limit: /);
  });

  test('parseSearchArgs › --typed asks for the words as typed, without a spelling fix', () => {
    expect(parseSearchArgs(['所得', '--typed']).request.asTyped).toBe(true);
    expect(parseSearchArgs(['所得']).request.asTyped).toBeUndefined();
  });

  test('parseSearchArgs › an unknown option is named', () => {
    expect(() => parseSearchArgs(['x', '--ministy', '財務省'])).toThrow('unknown option --ministy');
  });

  test('run › a ministry the corpus does not hold (a typo) exits 2 naming it, instead of finding nothing', async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
    try {
      const code = await run(['テレワーク', '--ministry', '財務相']);

      expect(code).toBe(2);
      expect(errors.join('\n')).toContain("--ministry: unknown ministry '財務相'");
    } finally {
      spy.mockRestore();
    }
  });

  test('run › a query searched with its spelling fixed says so before its results', async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((message: string) => void lines.push(message));
    try {
      const code = await run(['所得', '--limit', '1']);

      expect(code).toBe(0);
      expect(lines.join('\n').split('\n').slice(0, 2)).toEqual([
        '0 results for 「所得」 as typed; searched 「取得」 instead (--typed searches as typed)',
        expect.stringMatching(/^[1-9][0-9]* results for 「取得」$/),
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  test('run › a query searched without a word no report prints (推移) says so before its results', async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((message: string) => void lines.push(message));
    try {
      const code = await run(['テレワークの推移', '--limit', '1']);

      expect(code).toBe(0);
      expect(lines.join('\n')).toContain('no report prints 「推移」: searched without it, ministries with several years first');
    } finally {
      spy.mockRestore();
    }
  });
});
