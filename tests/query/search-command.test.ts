import { parseSearchArgs } from '../../src/cli/search-command';

describe('search command arguments', () => {
  test('parseSearchArgs › joins the words into q and reads --json, --limit and the filters', () => {
    const { request, json } = parseSearchArgs(['超過勤務', '縮減', '--json', '--limit', '5', '--section', '働き方改革', '--tag', '新規', '--year', '2020']);

    expect(json).toBe(true);
    expect(request).toEqual({ q: '超過勤務 縮減', limit: 5, filters: { section: ['働き方改革'], tag: ['新規'], year: [2020] } });
  });

  test('parseSearchArgs › a section outside the template is INVALID_INPUT naming the option', () => {
    expect(() => parseSearchArgs(['x', '--section', '架空の改革'])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', details: { field: '--section' } }));
  });

  test('parseSearchArgs › --limit must be a positive integer', () => {
    expect(() => parseSearchArgs(['x', '--limit', '0'])).toThrow(/--limit must be a positive integer/);
  });
});
