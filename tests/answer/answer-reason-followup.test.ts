/**
 * Rows left 実施未定 with a reason holding the words quoted, followed into the ministry's next report
 * (src/answer/answer-reason-followup.ts), over the sixteen reports.
 */
import { answerQuestion } from '../../src/answer/answer-question';
import { reasonFollowedOf } from '../../src/answer/answer-reason-followup';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

describe('reasons of 実施未定 followed into the next report (corpus all)', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'all' });
  });

  afterAll(() => opened?.close());

  it('reads the words quoted of the reason, and only when the question follows them into a later report', () => {
    expect(reasonFollowedOf('実施未定の理由に「検討」とあった項目は、その後の報告でどうなったか')).toBe('検討');
    expect(reasonFollowedOf('実施未定の理由に「検討」とある項目は？')).toBeNull();
  });

  it('follows every such row: done in the next report, or still 実施未定 with the reason it gives then', () => {
    const answer = answerQuestion(opened.engine, '実施未定の理由に「検討」とあった項目は、その後の報告でどうなったか');
    const lines = (answer.answer ?? '').split('\n');

    expect(lines[0]).toBe('理由に「検討」とあった項目が次の年度に実施になったのは架空省・試験庁');
    // 架空省's flex-time row: still 実施未定 in 令和3年度 (the same reason), 実施 in 令和4年度.
    expect(lines).toContain(
      '架空省：［令和2年度］全職員に対するフレックスタイム制・手続の定期的な周知徹底及び利用意向の確認：実施未定（理由：勤務時間の管理方法を検討しているため。） → ［令和3年度］実施未定（理由：勤務時間の管理方法を検討しているため。）',
    );
    expect(lines.slice(1).every((line) => line.includes('検討'))).toBe(true);
    expect(answer.sources.some((source) => source.field === 'reason')).toBe(true);
  });
});
