import { createAnalyzer } from '../../src/analysis/create-analyzer';
import { TOPIC_NAMES, assignTopics } from '../../src/analysis/assign-topics';
import type { Analyzer } from '../../src/analysis/types';
import { seedStatement } from './seed-text';

let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await createAnalyzer();
});

describe('assignTopics', () => {
  test('when a seed statement creates テレワークマネジメント研修, assigns telework and training', () => {
    const statement = seedStatement('「テレワークマネジメント研修」を創設');

    expect(assignTopics(analyzer, statement)).toEqual(['テレワーク・デジタル化', '研修']);
  });

  test('when a seed statement is about reducing overtime with 定時退庁日, assigns 超過勤務 only', () => {
    const statement = seedStatement('業務繁閑を踏まえた独自の定時退庁日');

    expect(assignTopics(analyzer, statement)).toEqual(['超過勤務']);
  });

  test('when a seed statement promotes paternity leave, assigns 育児 and 休暇', () => {
    const statement = seedStatement('育児に伴う休暇・休業を促進するため');

    expect(assignTopics(analyzer, statement)).toEqual(expect.arrayContaining(['育児', '休暇']));
    expect(assignTopics(analyzer, statement)).not.toContain('介護');
  });

  test('when a seed statement introduces tablets in councils, assigns ペーパーレス', () => {
    const statement = seedStatement('タブレット端末の活用により、ペーパーレス化を実施');

    expect(assignTopics(analyzer, statement)).toContain('ペーパーレス');
  });

  test('when words of a multi-word rule are far apart, does not assign its topic', () => {
    expect(assignTopics(analyzer, '一定の時間を超過した職員の勤務状況')).not.toContain('超過勤務');
    expect(assignTopics(analyzer, '超過勤務の状況')).toContain('超過勤務');
  });

  test('when a rule word occurs only inside a longer word of the text, does not assign its topic', () => {
    const rules = [{ name: 'IT', words: ['IT'], parts: [] }];

    expect(assignTopics(analyzer, 'digital transformation', rules)).toEqual([]);
    expect(assignTopics(analyzer, 'IT機器等を活用した', rules)).toEqual(['IT']);
  });

  test('when a seed statement is analysed, every topic it gets belongs to the taxonomy', () => {
    const statement = seedStatement('相談窓口を設置している');

    const topics = assignTopics(analyzer, statement);

    expect(topics).toContain('相談体制');
    for (const topic of topics) expect(TOPIC_NAMES).toContain(topic);
  });
});
