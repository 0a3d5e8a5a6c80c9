/**
 * Log lines carry text from outside (file names from data/, request paths); a control character in one could
 * forge a line, clear a terminal or hide what follows. Every log line of the service goes through escapeLog.
 */

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * The text with each control character written as an escape, so a log line stays one line.
 * @example escapeLog('a\nb\u001b[2J.txt') === 'a\\nb\\x1b[2J.txt'
 */
export function escapeLog(text: string): string {
  return text.replace(CONTROL, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A log function that escapes every message before passing it on. */
export function escapingLog(log: (message: string) => void): (message: string) => void {
  return (message) => log(escapeLog(message));
}
