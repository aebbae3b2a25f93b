// The in-app icon must be 64×64 ("Invalid dimension of icon", hosts/freshdesk.md §1). Read from the file
// itself: an SVG's width/height (or, without them, its viewBox), a PNG's IHDR chunk.
export interface Size {
  width: number;
  height: number;
}

function svgLength(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

export function svgSize(svg: string): Size | undefined {
  const tag = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!tag) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const width = svgLength(attr('width'));
  const height = svgLength(attr('height'));
  if (width !== undefined && height !== undefined) return { width, height };
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box && box.length === 4 && box.every(Number.isFinite)) return { width: width ?? box[2]!, height: height ?? box[3]! };
  return undefined;
}

export function pngSize(data: Buffer): Size | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature || data.subarray(12, 16).toString('ascii') !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export function imageSize(path: string, data: Buffer): Size | undefined {
  if (/\.svg$/i.test(path)) return svgSize(data.toString('utf8'));
  if (/\.png$/i.test(path)) return pngSize(data);
  return undefined;
}
