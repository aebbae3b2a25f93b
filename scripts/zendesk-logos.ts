// Draws the Zendesk marketplace logos (no downloads): a speech bubble with an alert mark.
// logo.png 320×320 on a full-bleed square (no rounded corners, §9); logo-small.png 128×128 on
// transparency (PNG-24 with alpha). Run: npx tsx scripts/zendesk-logos.ts
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodePng } from './png.ts';

type Shape = (x: number, y: number) => boolean;
const roundRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx: number, cy: number, r: number): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape => (x, y) => {
  const s = (px: number, py: number, qx: number, qy: number) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const bubble: Shape[] = [roundRect(0.16, 0.2, 0.84, 0.7, 0.12), triangle(0.3, 0.66, 0.46, 0.66, 0.26, 0.84)];
const mark: Shape[] = [roundRect(0.465, 0.29, 0.535, 0.51, 0.035), circle(0.5, 0.585, 0.042)];

function draw(size: number, background: [number, number, number, number], bubbleColor: number[], markColor: number[]): Buffer {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size, v = (y + (sy + 0.5) / S) / size;
          const c = mark.some((f) => f(u, v)) ? markColor : bubble.some((f) => f(u, v)) ? bubbleColor : background;
          const a = c[3]! / 255;
          acc = [acc[0]! + c[0]! * a, acc[1]! + c[1]! * a, acc[2]! + c[2]! * a, acc[3]! + a];
        }
      const alpha = acc[3]! / (S * S);
      const i = (y * size + x) * 4;
      px[i] = alpha ? Math.round(acc[0]! / acc[3]!) : 0;
      px[i + 1] = alpha ? Math.round(acc[1]! / acc[3]!) : 0;
      px[i + 2] = alpha ? Math.round(acc[2]! / acc[3]!) : 0;
      px[i + 3] = Math.round(alpha * 255);
    }
  return encodePng(size, size, px);
}

const dir = resolve(import.meta.dirname, '../manifests/zendesk/assets');
writeFileSync(join(dir, 'logo.png'), draw(320, [3, 54, 61, 255], [255, 255, 255, 255], [204, 51, 64, 255]));
writeFileSync(join(dir, 'logo-small.png'), draw(128, [0, 0, 0, 0], [3, 54, 61, 255], [255, 255, 255, 255]));
console.log('wrote logo.png and logo-small.png');
