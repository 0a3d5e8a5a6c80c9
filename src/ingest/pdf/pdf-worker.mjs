// Reads a PDF's text items and ruled lines with pdf.js, in a worker thread: pdf.js ships only as an ES module
// (this project compiles to CommonJS, and jest's module loader cannot import it), and a worker can be stopped
// when a hostile file makes pdf.js spin. Geometry only: the table is rebuilt in TypeScript (read-pdf.ts).
// Plain JavaScript on purpose: the worker runs from src/ under jest and from the compiled service alike.
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import(join(pdfjsDir, 'legacy/build/pdf.mjs'));
const { OPS } = pdfjs;

/** Multiplies two affine transforms [a b c d e f]. */
function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m, x, y) {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Straight segments of a path (pdf.js 5 path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6, 3 quadratic 4, 4 close). */
function segmentsOf(path, ctm, out) {
  let i = 0;
  let start = null;
  let at = null;
  while (i < path.length) {
    const op = path[i];
    if (op === 0 || op === 1) {
      const point = apply(ctm, path[i + 1], path[i + 2]);
      if (op === 1 && at) out.push([at[0], at[1], point[0], point[1]]);
      if (op === 0) start = point;
      at = point;
      i += 3;
    } else if (op === 2) {
      at = apply(ctm, path[i + 5], path[i + 6]);
      i += 7;
    } else if (op === 3) {
      at = apply(ctm, path[i + 3], path[i + 4]);
      i += 5;
    } else if (op === 4) {
      if (at && start) out.push([at[0], at[1], start[0], start[1]]);
      at = start;
      i += 1;
    } else break;
  }
}

/** The bounding box [x0, y0, x1, y1] of each subpath of a path (a moveTo starts one). */
function subpathBoxes(path, ctm) {
  const boxes = [];
  let box = null;
  const add = (x, y) => {
    const [px, py] = apply(ctm, x, y);
    if (!box) box = [px, py, px, py];
    else box = [Math.min(box[0], px), Math.min(box[1], py), Math.max(box[2], px), Math.max(box[3], py)];
  };
  let i = 0;
  while (i < path.length) {
    const op = path[i];
    if (op === 0) {
      if (box) boxes.push(box);
      box = null;
      add(path[i + 1], path[i + 2]);
      i += 3;
    } else if (op === 1) {
      add(path[i + 1], path[i + 2]);
      i += 3;
    } else if (op === 2) {
      add(path[i + 5], path[i + 6]);
      i += 7;
    } else if (op === 3) {
      add(path[i + 3], path[i + 4]);
      i += 5;
    } else if (op === 4) {
      i += 1;
    } else break;
  }
  if (box) boxes.push(box);
  return boxes;
}

/** Ruled lines as segments in page space: stroked paths, and filled rectangles thin enough to be a border. */
async function readLines(page, viewportTransform) {
  const list = await page.getOperatorList();
  const segments = [];
  const stack = [];
  let ctm = viewportTransform;
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k];
    const args = list.argsArray[k];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? viewportTransform;
    else if (fn === OPS.transform) ctm = multiply(ctm, args);
    else if (fn === OPS.constructPath) {
      const [drawOp, paths] = args;
      const path = paths?.[0];
      if (!path) continue;
      const found = [];
      segmentsOf(path, ctm, found);
      const stroked = drawOp === OPS.stroke || drawOp === OPS.closeStroke || drawOp === OPS.fillStroke || drawOp === OPS.eoFillStroke;
      const filled = drawOp === OPS.fill || drawOp === OPS.eoFill;
      if (stroked) segments.push(...found);
      else if (filled) {
        // One fill may hold many rectangles (Chromium draws a table's borders so): each subpath is one.
        for (const box of subpathBoxes(path, ctm)) {
          const [x0, y0, x1, y1] = box;
          if (y1 - y0 < 2.5 && x1 - x0 > 2.5) segments.push([x0, (y0 + y1) / 2, x1, (y0 + y1) / 2]);
          else if (x1 - x0 < 2.5 && y1 - y0 > 2.5) segments.push([(x0 + x1) / 2, y0, (x0 + x1) / 2, y1]);
        }
      }
    }
  }
  return segments;
}

async function readPage(doc, number) {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ disableNormalization: false });
  const items = [];
  for (const item of content.items) {
    if (typeof item.str !== 'string' || item.str.length === 0) continue;
    const m = multiply(viewport.transform, item.transform);
    const size = Math.hypot(m[2], m[3]) || Math.abs(item.height) || 1;
    const [x, baseline] = [m[4], m[5]];
    const rotated = Math.abs(m[1]) > Math.abs(m[0]);
    items.push({
      str: item.str,
      x,
      y: baseline - size,
      w: rotated ? size : Math.abs(item.width),
      h: rotated ? Math.abs(item.width) : size,
      size,
      vertical: rotated || item.dir === 'ttb',
    });
  }
  const lines = await readLines(page, viewport.transform);
  page.cleanup();
  return { width: viewport.width, height: viewport.height, items, lines };
}

/** Reads one document; the reply carries the request's id, since the worker serves one request after another. */
async function readDocument({ bytes, maxPages }) {
  const cMapUrl = join(pdfjsDir, 'cmaps') + '/';
  const standardFontDataUrl = join(pdfjsDir, 'standard_fonts') + '/';
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl,
      cMapPacked: true,
      standardFontDataUrl,
      verbosity: 0,
      isEvalSupported: false,
      stopAtErrors: false,
    }).promise;
  } catch (error) {
    const kind = error?.name === 'PasswordException' ? 'password' : error?.name === 'InvalidPDFException' ? 'invalid' : 'unreadable';
    return { error: { kind, message: String(error?.message ?? error) } };
  }
  try {
    if (doc.numPages > maxPages) return { error: { kind: 'too-many-pages', message: `${doc.numPages} pages`, pages: doc.numPages } };
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(doc, n));
      } catch (error) {
        return { error: { kind: 'page', page: n, message: String(error?.message ?? error) } };
      }
    }
    return { pages };
  } finally {
    await doc.destroy();
  }
}

parentPort.on('message', (request) => {
  readDocument(request)
    .catch((error) => ({ error: { kind: 'unreadable', message: String(error?.message ?? error) } }))
    .then((reply) => parentPort.postMessage({ id: request.id, ...reply }));
});
