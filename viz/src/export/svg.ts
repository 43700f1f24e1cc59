/**
 * SVG export: a chart as a standalone `.svg` file a researcher can drop into a report. The
 * chart's `<svg>` already carries its fonts and colours as attributes, so serialising a clone
 * with the SVG namespace is enough; no stylesheet has to travel with it.
 */

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * Serialise a chart's `<svg>` to standalone SVG markup (XML declaration not included). Each
 * element starts on its own line so that snapshot diffs and version control stay readable;
 * whitespace between tags is not significant in these charts, which hold no mixed text.
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', svgNs);
  if (!clone.hasAttribute('width') || !clone.hasAttribute('height')) {
    throw new RangeError('serializeSvg: the chart <svg> must have width and height attributes');
  }
  const view = svg.ownerDocument.defaultView;
  if (view === null) throw new Error('serializeSvg: the <svg> is not in a document with a window');
  const markup = new view.XMLSerializer().serializeToString(clone);
  return markup.replace(/></g, '>\n<') + '\n';
}

/** The same markup as a Blob of type `image/svg+xml`, ready for download. */
export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' });
}
