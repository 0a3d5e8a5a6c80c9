/**
 * 報告書の追加 (/admin/reports/…), on only when TORIKUMI_ADMIN_TOKEN is set: a form for the token and a file,
 * a preview of what was read (the upload staged under an opaque id), and a confirm that moves it into data/,
 * after which the service rebuilds the index behind the one it serves. Every response is no-store.
 */
import { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { isAppError, type ErrorCode } from '../domain/errors';
import type { AdminOptions } from './app-context';
import { checkCsrf, checkStaged, CSRF_COOKIE, isAdminToken, isSameOrigin, issueCsrf, readCookie, signStaged } from './admin-security';
import { describeSourcePlace } from './present-results';
import { AdminConfirmForm, AdminUploadForm } from './schemas';

/** The largest upload: a published report is a few MB; the PDF reader refuses more than this anyway. */
export const MAX_UPLOAD_BYTES = 50 * 2 ** 20;

/** A refusal shown on the form page, in Japanese, with its status. */
class AdminRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const FORMAT_LABELS = { pdf: 'PDF', xlsx: 'Excel（XLSX）', txt: 'テキスト（TXT）' } as const;

/** Statuses of the parser's refusals: the file is the problem (422), or its size (413). */
const STATUS_BY_SOURCE_CODE: Partial<Record<ErrorCode, number>> = { SOURCE_TOO_LARGE: 413 };

function setCsrfCookie(req: Request, res: Response, nonce: string): void {
  res.cookie(CSRF_COOKIE, nonce, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/admin' });
}

/** Renders the upload form (also after a refusal, with its message), with a fresh form token. */
function renderForm(req: Request, res: Response, admin: AdminOptions, status = 200, message: string | null = null): void {
  const csrf = issueCsrf(admin.secret);
  setCsrfCookie(req, res, csrf.nonce);
  res.status(status).render('admin-new', { title: '報告書の追加', csrf: csrf.token, message, maxMegabytes: MAX_UPLOAD_BYTES / 2 ** 20 });
}

/** Refuses a POST that did not come from our own form: another origin, or a form token this server did not sign. */
function checkForm(req: Request, admin: AdminOptions, csrf: unknown): void {
  if (!isSameOrigin(req.get('origin'), req.get('host'))) throw new AdminRefusal(403, '別のサイトからの送信は受け付けません。');
  if (!checkCsrf(admin.secret, csrf, readCookie(req.get('cookie'), CSRF_COOKIE))) {
    throw new AdminRefusal(403, 'フォームの有効期限が切れたか、正しくありません。このページを開き直して、もう一度送信してください。');
  }
}

function checkToken(admin: AdminOptions, token: unknown): void {
  if (!isAdminToken(token, admin.token)) throw new AdminRefusal(403, '管理用トークンが違います。');
}

/** multer with the file in memory (the parser reads bytes); token and form are checked before the file is kept. */
function uploadOne(admin: AdminOptions): RequestHandler {
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: 1024, parts: 6 },
    defParamCharset: 'utf8',
    // The form puts its fields before the file, so they are read by the time the file starts.
    fileFilter: (req, _file, accept) => {
      try {
        checkForm(req, admin, req.body?.csrf);
        checkToken(admin, req.body?.token);
        accept(null, true);
      } catch (error) {
        accept(error as Error);
      }
    },
  }).single('report');
}

/** The name an upload arrived with, for messages only: no folders, no control characters, at most 100 characters. */
function displayName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters are what this removes from a file name before it is shown.
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 100);
  return clean || 'アップロードされたファイル';
}

/** The parser's refusal of a file, in Japanese around its own message. */
function refuseFile(error: unknown, name: string, log: (message: string) => void): AdminRefusal {
  if (isAppError(error)) {
    const status = STATUS_BY_SOURCE_CODE[error.code] ?? 422;
    const lead = status === 413 ? 'ファイルが大きすぎます。' : '報告書として読み取れませんでした。';
    return new AdminRefusal(status, `${lead}「${name}」：${error.message}`);
  }
  log(`admin: reading ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return new AdminRefusal(422, `報告書として読み取れませんでした。「${name}」はPDF・Excel（XLSX）・テキストの報告書ではないか、壊れています。`);
}

function previewView(admin: AdminOptions, staged: ReturnType<AdminOptions['intake']['read']>, csrf: string) {
  const { preview } = staged;
  return {
    title: '報告書の追加：内容の確認',
    staged,
    csrf,
    ticket: signStaged(admin.secret, staged.stagedId),
    formatLabel: FORMAT_LABELS[preview.report.format],
    sample: preview.sample.map((row) => ({
      ...row,
      place: describeSourcePlace(row.origin),
      where: `${row.item ?? ''}${row.sub ? ` ${row.sub}` : ''}`,
    })),
  };
}

function uploadRoutes(router: Router, admin: AdminOptions, log: (message: string) => void): void {
  router.get('/reports/new', (req, res) => renderForm(req, res, admin));
  router.post('/reports/preview', uploadOne(admin), async (req, res) => {
    const fields = AdminUploadForm.safeParse(req.body ?? {});
    if (!fields.success) throw new AdminRefusal(400, 'フォームの内容が正しくありません。このページを開き直してください。');
    checkForm(req, admin, fields.data.csrf);
    checkToken(admin, fields.data.token);
    if (!req.file || req.file.size === 0) throw new AdminRefusal(400, '報告書のファイル（PDF・XLSX・TXT）を選んでください。');
    const name = displayName(req.file.originalname);
    let staged;
    try {
      staged = await admin.intake.stage(req.file.buffer, name);
    } catch (error) {
      throw refuseFile(error, name, log);
    }
    res.render('admin-preview', previewView(admin, staged, fields.data.csrf));
  });
}

function confirmRoutes(router: Router, admin: AdminOptions): void {
  router.post('/reports/confirm', async (req, res) => {
    const form = AdminConfirmForm.safeParse(req.body ?? {});
    if (!form.success) throw new AdminRefusal(400, 'フォームの内容が正しくありません。最初からやり直してください。');
    checkForm(req, admin, form.data.csrf);
    if (!checkStaged(admin.secret, form.data.staged, form.data.ticket))
      throw new AdminRefusal(403, '確認画面の内容が正しくありません。最初からやり直してください。');
    const staged = admin.intake.read(form.data.staged);
    try {
      const placed = await admin.intake.confirm(form.data.staged, form.data.replace !== undefined);
      res.render('admin-done', { title: '報告書を追加しました', placed, report: placed.preview.report });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'REPORT_DUPLICATE') throw error;
      const view = previewView(admin, { ...staged, existing: error.details.file ?? staged.existing }, form.data.csrf);
      res.status(409).render('admin-preview', {
        ...view,
        message: `${staged.preview.report.ministry} ${staged.preview.report.fiscalYearLabel}の報告書はすでに収録されています（${error.details.file ?? ''}）。置き換えるときは「置き換える」にチェックを入れて、もう一度追加してください。`,
      });
    }
  });
}

/** Refusals and upload errors become the form page with a Japanese message; nothing here is ever a 500 for a bad file. */
function adminErrors(admin: AdminOptions): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof AdminRefusal) return renderForm(req, res, admin, error.status, error.message);
    if (error instanceof multer.MulterError) {
      const tooLarge = error.code === 'LIMIT_FILE_SIZE';
      const message = tooLarge
        ? `ファイルが大きすぎます（${MAX_UPLOAD_BYTES / 2 ** 20} MBまで）。`
        : '送信の形式が正しくありません。ファイルは一つだけ選んでください。';
      return renderForm(req, res, admin, tooLarge ? 413 : 400, message);
    }
    if (isAppError(error) && error.code === 'NOT_FOUND')
      return renderForm(
        req,
        res,
        admin,
        404,
        '確認中のファイルが見つかりません（追加済みか、1時間以上たって消えました）。もう一度アップロードしてください。',
      );
    // busboy's complaints about a malformed body carry a 4xx status.
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) return renderForm(req, res, admin, status, '送信の形式が正しくありません。');
    next(error);
  };
}

/** The admin router, mounted at /admin. */
export function createAdminRouter(admin: AdminOptions, log: (message: string) => void): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    // Under the site-wide no-referrer a browser posts these forms with Origin: null, which the Origin check must
    // refuse (sandboxed frames send it too); same-origin lets our own forms say where they come from.
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Robots-Tag', 'noindex');
    next();
  });
  uploadRoutes(router, admin, log);
  confirmRoutes(router, admin);
  router.use(adminErrors(admin));
  return router;
}
