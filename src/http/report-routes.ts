/**
 * GET /reports/:id: the original file of a report, read-only from the data folder. The file is the one the
 * manifest lists for that report id; a request never names a path.
 */
import { realpathSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { Router, type ErrorRequestHandler, type Request } from 'express';
import { AppError, isAppError } from '../domain/errors';
import type { SourceFormat } from '../domain/types';
import type { AppContext } from './app-context';
import { ReportIdParams } from './schemas';
import { parseInput } from './validate-input';

const CONTENT_TYPES: Record<SourceFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
};

const notFound = (id: string) => new AppError('NOT_FOUND', `no report with id ${id}`, { field: 'id' });

/** The absolute path of a report's file, or NOT_FOUND: a plain name from the manifest that resolves inside the data folder. */
function resolveReportPath(context: AppContext, id: string): { path: string; file: string; format: SourceFormat } {
  const report = context.manifest?.reports.find((r) => r.id === id);
  if (!report || context.dataDir === null) throw notFound(id);
  if (basename(report.file) !== report.file || report.file.startsWith('.')) throw notFound(id);
  try {
    const root = realpathSync(context.dataDir);
    const path = realpathSync(join(context.dataDir, report.file));
    if (!path.startsWith(root + sep)) throw notFound(id);
    return { path, file: report.file, format: report.format };
  } catch (error) {
    if (isAppError(error)) throw error;
    throw notFound(id); // listed in the manifest but gone from the folder since
  }
}

/** A browser following a link gets a page; a client asking for JSON gets the API's error shape. */
function wantsJson(req: Request): boolean {
  return req.accepts(['html', 'json']) === 'json';
}

const reportErrors: ErrorRequestHandler = (error, req, res, next) => {
  if (!isAppError(error) || (error.code !== 'NOT_FOUND' && error.code !== 'INVALID_INPUT')) return next(error);
  const status = error.code === 'NOT_FOUND' ? 404 : 400;
  res.status(status);
  if (wantsJson(req)) {
    res.json({ error: { code: error.code, message: error.message, field: error.details.field ?? null } });
    return;
  }
  const explanation = status === 404 ? 'お探しの報告書は見つかりませんでした。' : '報告書のIDの指定が正しくありません（12桁の16進数です）。';
  const detail = status === 404 ? '報告書が差し替えられた可能性があります。収録している報告書の一覧からお探しください。' : null;
  // The same view model as the error middleware's (views/error.ejs).
  res.render('error', {
    title: status === 404 ? '報告書が見つかりません' : '入力に誤りがあります',
    status,
    explanation,
    detail,
    field: error.details.field ?? null,
  });
};

export function createReportRouter(context: AppContext): Router {
  const router = Router();
  router.get('/reports/:id', (req, res, next) => {
    const { id } = parseInput(ReportIdParams, req.params);
    const { path, file, format } = resolveReportPath(context, id);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.sendFile(path, { dotfiles: 'deny', lastModified: true }, (error) => {
      if (error && !res.headersSent) next(notFound(id));
    });
  });
  router.use('/reports', reportErrors);
  return router;
}
