/**
 * The one place where errors become HTTP responses: AppError codes map to statuses, /api answers JSON
 * {"error": {"code", "message", "field"}}, pages render views/error.ejs. Nothing unexpected ever leaks:
 * an unknown error is logged and answered with a plain 500 without its message or stack.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, type ErrorCode, isAppError } from '../domain/errors';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  INITIATIVE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  NOT_READY: 503,
  SOURCE_UNREADABLE: 500,
  SOURCE_EMPTY: 500,
  SOURCE_NOT_A_REPORT: 500,
  SOURCE_UNPARSEABLE: 500,
  SOURCE_TOO_LARGE: 500,
  SOURCE_NO_TEXT: 500,
  REPORT_DUPLICATE: 500,
  MINISTRY_UNKNOWN: 500,
  META_INVALID: 500,
  INDEX_MISSING: 503,
  INDEX_INCOMPATIBLE: 503,
  INDEX_WRITE_FAILED: 500,
};

/** What a client may see of an error. Server-side failures are described generically. */
interface PublicError {
  status: number;
  code: string;
  message: string;
  field: string | null;
}

/** Statuses of client errors whose AppError message is meant for the client; the rest stay in the log. */
const CLIENT_VISIBLE = new Set([400, 404, 413, 503]);

function toPublicError(error: unknown): PublicError {
  if (isAppError(error)) {
    const status = STATUS_BY_CODE[error.code];
    const visible = CLIENT_VISIBLE.has(status);
    return {
      status,
      code: visible ? error.code : 'INTERNAL',
      message: visible ? error.message : 'internal error',
      field: error.details.field ?? null,
    };
  }
  // body-parser and friends mark client errors (too large, malformed JSON) with a 4xx status.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = status === 413 ? 'request body too large' : 'bad request';
    return { status, code: 'INVALID_INPUT', message, field: null };
  }
  return { status: 500, code: 'INTERNAL', message: 'internal error', field: null };
}

/** Title shown on the error page for each status. */
const PAGE_TITLES: Record<number, string> = {
  400: '入力に誤りがあります',
  404: 'ページが見つかりません',
  413: 'リクエストが大きすぎます',
  503: '準備中です',
};

/** Japanese names of the request fields, for the error page. */
const FIELD_LABELS: Record<string, string> = {
  q: 'キーワード（質問）',
  id: '取組のID',
  limit: '表示件数',
  offset: '表示の開始位置',
  section: '大項目',
  item: '中項目',
  tag: '区分（新規・拡充・継続）',
  ministry: '府省',
  year: '年度',
  status: '実施状況',
  topic: 'トピック',
  sort: '並び順',
  exclude: '外す語',
  typed: '入力どおりに検索',
};

/** What is wrong with a field's value, in Japanese (shown under the summary instead of the English message). */
const FIELD_PROBLEMS: Record<string, string> = {
  id: 'IDの形式が正しくありません（IDは英数字12桁です）。',
  q: 'キーワードは200文字までで、一つだけ指定してください。',
  limit: '表示件数は1〜100の数で指定してください。',
  offset: '表示の開始位置は0以上の数で指定してください。',
  year: '年度は西暦の数（例：2021）で指定してください。',
  item: '中項目は番号、または「大項目:番号」（例：働き方改革:4）で指定してください。大項目をまたいで同じ番号があるときは大項目も必要です。',
  section: '大項目は報告書の様式にある四つのうちから選んでください。',
  tag: '区分は新規・拡充・継続のいずれかです。',
  status: '実施状況は実施・実施未定のいずれかです。',
  sort: '並び順は関連度順・年度の新しい順・年度の古い順のいずれかです。',
  exclude: '外す語の指定が正しくありません。',
  typed: '入力どおりに検索するかどうかは 1 か 0 で指定してください。',
};

/** Which value the corpus does not hold (the message is `unknown ministry 'X'`), to name it in Japanese. */
function unknownValue(message: string): string | null {
  return /^unknown \w+ '(.*)'$/.exec(message)?.[1] ?? null;
}

/** The error page's summary and its detail, in Japanese: never the English developer message. */
function explain(error: PublicError): { summary: string; detail: string | null } {
  if (error.status === 400 && error.field) {
    const label = FIELD_LABELS[error.field] ?? error.field;
    const unknown = unknownValue(error.message);
    const detail = unknown !== null ? `「${unknown}」は収録されている${label}にありません。` : (FIELD_PROBLEMS[error.field] ?? null);
    return { summary: `${label}の指定が正しくありません。`, detail };
  }
  if (error.status === 400) return { summary: '入力の形式が正しくありません。', detail: null };
  if (error.status === 413) return { summary: '送られたデータが大きすぎます。', detail: null };
  if (error.code === 'INITIATIVE_NOT_FOUND') {
    return {
      summary: '指定された取組は見つかりませんでした。',
      detail: '報告書が差し替えられて、IDが変わった可能性があります。検索し直してください。',
    };
  }
  if (error.status === 404) return { summary: 'お探しのページは見つかりませんでした。', detail: 'アドレスをご確認ください。' };
  if (error.status === 503) return { summary: '準備中です。しばらくしてからもう一度お試しください。', detail: null };
  return { summary: '申し訳ありません。処理中に問題が起きました。時間をおいてもう一度お試しください。', detail: null };
}

/** Creates the final error middleware; `log` receives unexpected errors (with their stacks). */
export function createErrorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const publicError = toPublicError(error);
    if (publicError.status >= 500 && !(isAppError(error) && publicError.status === 503)) {
      log(`${req.method} ${req.originalUrl}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    if (res.headersSent) return;
    res.status(publicError.status);
    if (req.path.startsWith('/api/')) {
      const { code, message, field } = publicError;
      res.json({ error: { code, message, field } });
      return;
    }
    const title = PAGE_TITLES[publicError.status] ?? 'エラーが発生しました';
    const { summary, detail } = explain(publicError);
    const view = { title, status: publicError.status, explanation: summary, detail, field: publicError.status < 500 ? publicError.field : null };
    res.render('error', view, (renderError: Error | null, html?: string) => {
      if (renderError) log(`error page failed to render: ${renderError.message}`);
      res.type(renderError ? 'text/plain' : 'html').send(renderError ? title : html);
    });
  };
}

/** Answers every request no route took with NOT_FOUND (404) through the error handler. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `no page at ${req.path}`));
};
