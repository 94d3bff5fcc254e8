/**
 * Draws the toolbar icons (a lens over a text line) as PNGs, so the repo
 * needs no image editor: `node --import tsx scripts/make-icons.ts`.
 * Writes public/icon/<size>.png (on) and public/icon-off/<size>.png (grey,
 * shown where TermLens is off for the site).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a shape given its signed distance at a pixel (anti-aliasing over one pixel). */
const cover = (distance: number, pixelSize: number) => Math.max(0, Math.min(1, 0.5 - distance / pixelSize));

function roundedBox(px: number, py: number, half: number, radius: number): number {
  const qx = Math.abs(px) - half + radius;
  const qy = Math.abs(py) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
}

function icon(size: number, background: Rgb): Buffer {
  const p = 1 / size; // one pixel in unit coordinates
  return png(size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    const tile = cover(roundedBox(u - 0.5, v - 0.5, 0.48, 0.16), p);
    // The lens: a ring, and its handle towards the lower right.
    const ring = cover(Math.abs(Math.hypot(u - 0.44, v - 0.42) - 0.2) - 0.055, p);
    const handle = cover(segment(u, v, 0.6, 0.58, 0.78, 0.76) - 0.06, p);
    // A text line under the lens: what it reads.
    const line = cover(segment(u, v, 0.32, 0.42, 0.56, 0.42) - 0.035, p);
    const white = Math.max(ring, handle, line);
    const rgb = background.map((c) => Math.round(c * (1 - white) + 255 * white));
    return [rgb[0], rgb[1], rgb[2], Math.round(255 * tile)];
  });
}

for (const [folder, colour] of [
  ['public/icon', [11, 122, 117]],
  ['public/icon-off', [138, 143, 152]],
] as const) {
  mkdirSync(folder, { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(`${folder}/${size}.png`, icon(size, [...colour]));
}
console.log('icons written to public/icon and public/icon-off');
