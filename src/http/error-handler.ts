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
};

/** What the error page says, in Japanese, above the technical detail. */
function explain(error: PublicError): string {
  if (error.status === 400 && error.field) return `${FIELD_LABELS[error.field] ?? error.field}の指定が正しくありません。`;
  if (error.status === 400) return '入力の形式が正しくありません。';
  if (error.status === 404) return 'お探しのページ、または取組は見つかりませんでした。';
  if (error.status === 503) return '準備中です。しばらくしてからもう一度お試しください。';
  return '申し訳ありません。処理中に問題が起きました。時間をおいてもう一度お試しください。';
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
    res.render('error', { title, error: publicError, explanation: explain(publicError) }, (renderError: Error | null, html?: string) => {
      if (renderError) log(`error page failed to render: ${renderError.message}`);
      res.type(renderError ? 'text/plain' : 'html').send(renderError ? title : html);
    });
  };
}

/** Answers every request no route took with NOT_FOUND (404) through the error handler. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `no page at ${req.path}`));
};
