/**
 * PNG export: a chart rasterised through a canvas, for slides and chat where SVG is not
 * welcome. The SVG markup is loaded into an image, drawn on a white canvas at `scale` times
 * its size (crisp on high-density screens) and encoded as PNG.
 */
import { serializeSvg } from './svg.js';

/** Canvas size in device pixels for an SVG of `width` x `height` CSS px at `scale` (default 2). */
export function pngSize(width: number, height: number, scale = 2): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) throw new RangeError(`pngSize: width(=${width}) and height(=${height}) must be > 0`);
  if (!(scale > 0) || scale > 8) throw new RangeError(`pngSize: scale(=${scale}) must be in (0, 8]`);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Rasterise a chart's `<svg>` to a PNG Blob (browser only: needs Image and canvas). */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const size = pngSize(Number(svg.getAttribute('width')), Number(svg.getAttribute('height')), scale);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serializeSvg(svg))}`;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('pngBlob: the browser could not load the chart SVG as an image'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('pngBlob: no 2d canvas context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(image, 0, 0, size.width, size.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('pngBlob: canvas.toBlob returned nothing')) : resolve(blob)), 'image/png');
  });
}
