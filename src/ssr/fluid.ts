/**
 * The server's horizontal drawing made fluid in width: lengths along the time axis written as a
 * share of the element's width (`cqi`, the host is an inline-size container) instead of px, so a
 * column narrower or wider than the width the server laid out at shows the whole drawing, scaled,
 * before any script runs, and the client's own layout at its real width moves little (the time
 * scale is linear: a mark's place is the same share of the axis at any width). Each length keeps
 * its px value first, for browsers without container units.
 *
 * Only the `style` attributes of the element's own shadow root are touched (the host's opening
 * tag and nested elements' shadow roots are left alone), and only the properties that measure
 * along the horizontal axis. The client writes px through the CSSOM over all of them as it
 * hydrates, so this is the drawing before JavaScript only.
 */

/** Properties whose px value is a length along the horizontal axis. */
const ALONG_AXIS = new Set([
  'inset-inline-start',
  'width',
  'max-width',
  '--_w',
  '--_label',
  '--_label-shift',
  '--_line',
]);
/** Custom properties cannot carry a fallback declaration; plain ones keep their px first. */
const CUSTOM = /^--/;

/** `html`, the server-rendered `<news-timeline>`, with its horizontal plot drawn fluid. */
export function fluidAlongAxis(html: string): string {
  const plot = /class="plot horizontal"\s+style="[^"]*--_length:([\d.]+)px/.exec(html);
  const length = plot ? Number(plot[1]) : 0;
  if (!(length > 0)) return html;
  // Depth 1 is the element's own shadow root: the host's tag is at 0, nested roots (the legend's)
  // are deeper. Lit writes no <template> of its own other than declarative shadow roots.
  let depth = 0;
  return html.replace(/<template\b|<\/template>| style="([^"]*)"/g, (token, style?: string) => {
    if (style === undefined) {
      depth += token === '</template>' ? -1 : 1;
      return token;
    }
    return depth === 1 ? ` style="${fluidStyle(style, length)}"` : token;
  });
}

function fluidStyle(style: string, length: number): string {
  return style
    .split(';')
    .flatMap((declaration) => {
      const match = /^([\w-]+):(-?[\d.]+(?:e-?\d+)?)px$/.exec(declaration);
      if (!match || !ALONG_AXIS.has(match[1]!)) return [declaration];
      const [, name, px] = match;
      const share = `${name}:${round((Number(px) / length) * 100)}cqi`;
      return CUSTOM.test(name!) ? [share] : [declaration, share];
    })
    .join(';');
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
