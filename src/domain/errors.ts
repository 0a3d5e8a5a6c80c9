/** Every error the application raises on purpose has one of these codes; http maps them to statuses in one place. */
export type ErrorCode =
  | 'SOURCE_UNREADABLE' // missing file, binary or not UTF-8
  | 'SOURCE_EMPTY'
  | 'SOURCE_NOT_A_REPORT' // no follow-up title / table header
  | 'SOURCE_UNPARSEABLE' // truncated or broken table
  | 'SOURCE_TOO_LARGE' // over the size limit for its format
  | 'SOURCE_NO_TEXT' // a scanned PDF: pages without a text layer
  | 'REPORT_DUPLICATE' // a second file for a ministry and fiscal year already read
  | 'MINISTRY_UNKNOWN' // ministry cannot be decided from the text or a sidecar
  | 'META_INVALID' // <file>.meta.json does not validate
  | 'INDEX_MISSING'
  | 'INDEX_INCOMPATIBLE'
  | 'INDEX_WRITE_FAILED'
  | 'INVALID_INPUT' // request or CLI argument failed validation
  | 'INITIATIVE_NOT_FOUND'
  | 'NOT_FOUND'
  | 'NOT_READY';

/** The one application error: a code from a closed list, a message naming the culprit, and optionally the field or file/line. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; file?: string; line?: number; page?: number; sheet?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
