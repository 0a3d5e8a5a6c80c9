/**
 * Reads a report file as UTF-8 text, refusing empty, binary and non-UTF-8 files with an error naming file and line.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../domain/errors';

/** 1-based line of a byte offset. */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i; // i + length <= bytes.length
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

/** Reads bytes; SOURCE_UNREADABLE for a missing or unreadable file. */
function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('SOURCE_UNREADABLE', `${path}: cannot read the file (${reason})`, { file: path });
  }
}

/**
 * Reads a report file.
 * Errors: SOURCE_EMPTY (nothing but whitespace), SOURCE_UNREADABLE (missing, binary, not UTF-8),
 * each naming the file and the line.
 */
export function readReportFile(path: string): { text: string } {
  return decodeReportText(readBytes(path), path);
}

/** A text report's bytes as text; the same errors as readReportFile, naming `path`. */
export function decodeReportText(bytes: Buffer, path: string): { text: string } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineAt(bytes, nul);
    throw new AppError('SOURCE_UNREADABLE', `${path}:${line}: binary content (NUL byte), not a text report`, { file: path, line });
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const line = lineAt(bytes, invalid);
    const byte = bytes[invalid]!; // firstInvalidUtf8 gives an offset inside bytes
    throw new AppError('SOURCE_UNREADABLE', `${path}:${line}: not valid UTF-8 (byte 0x${byte.toString(16)} at offset ${invalid})`, {
      file: path,
      line,
    });
  }
  const text = bytes.toString('utf8');
  if (text.replace(/^\uFEFF/u, '').trim().length === 0) {
    throw new AppError('SOURCE_EMPTY', `${path}:1: the file is empty`, { file: path, line: 1 });
  }
  return { text };
}
