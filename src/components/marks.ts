import { css } from './css.js';

export { markLook, type MarkLook } from '../layout/mark-look.js';

/** The category colours `markStyles` defines, `--_category-0` to `-5`. */
const CATEGORY_COLOR_COUNT = 6;

/** The colour of the category at `index` in colour order; the colours repeat after the sixth. */
export function categoryColor(index: number): string {
  return `var(--_category-${index % CATEGORY_COLOR_COUNT})`;
}

/**
 * Mark shapes shared by the timeline and its legend, so the legend shows exactly what is drawn.
 * A mark's colour is its own `color`, and its borders, outline and fills are `currentColor`:
 * declarations without var() are the same for every mark, where a `--_c` set on each mark and
 * read in border and background shorthands was substituted and parsed again for each mark.
 */
export const markStyles = css`
  :host {
    --_category-0: var(--news-timeline-category-0, var(--_accent));
    --_category-1: var(--news-timeline-category-1, #b35900);
    --_category-2: var(--news-timeline-category-2, #1f7a3a);
    --_category-3: var(--news-timeline-category-3, #8a3ffc);
    --_category-4: var(--news-timeline-category-4, #c0205a);
    --_category-5: var(--news-timeline-category-5, #00758f);
  }
  .mark {
    color: var(--_mark-color, var(--_accent));
    display: block;
    box-sizing: border-box;
    height: 12px;
    min-width: 12px;
    border-radius: 3px;
  }
  /* Later is to the left in right-to-left text (the timeline's or the legend's own direction,
     whichever element sets it): fading marks fade that way. */
  .mark:dir(rtl) {
    --_end-side: left;
  }
  .mark[data-look='point'] {
    width: 12px;
    border-radius: 50%;
    background: currentColor;
    border: 2px solid var(--_bg);
    outline: 1px solid;
  }
  .mark[data-look='band'] {
    background: color-mix(in srgb, currentColor 55%, transparent);
    border: 2px solid;
  }
  .mark[data-look='soft'] {
    background: linear-gradient(
      to var(--_end-side, right),
      transparent,
      color-mix(in srgb, currentColor 35%, transparent) 20% 80%,
      transparent
    );
    border-block: 2px dotted;
  }
  /* No fill: marks have no background of their own. */
  .mark[data-look='unspecified'] {
    border: 2px dashed;
  }
  .mark[data-look='ongoing'] {
    background: linear-gradient(
      to var(--_end-side, right),
      color-mix(in srgb, currentColor 55%, transparent) 70%,
      transparent
    );
    border-block: 2px solid;
    border-inline-start: 2px solid;
  }
  /* A stretch where nothing starts that a phone's drawing cut short (and its legend entry). */
  .cut {
    background: repeating-linear-gradient(-45deg, var(--_grid) 0 2px, transparent 0 6px);
  }
  .mark[data-look='cluster'] {
    height: 18px;
    min-width: 24px;
    border-radius: 9px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 11px;
    font-weight: 700;
    line-height: 18px;
    text-align: center;
    padding-inline: 4px;
  }
  @media (forced-colors: active) {
    .mark {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .mark[data-look='cluster'] {
      background: CanvasText;
      color: Canvas;
    }
    .mark[data-look='band'] {
      background: Canvas;
    }
    /* The hatch where time is cut, drawn and in the legend: gradients forced colours would drop. */
    :host {
      --_grid: GrayText;
    }
    i.cut {
      forced-color-adjust: none;
    }
  }
`;
