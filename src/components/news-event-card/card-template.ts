import { html, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../model/types.js';

/** What an element that shows a `<news-event-card>` passes on to it. */
export interface CardOptions {
  timeZone: string;
  locale: string;
  headingLevel: number;
  theme: string;
}

/**
 * A `<news-event-card>` inside another element's shadow root, its parts exported with `prefix`
 * (`detail-headline` in the timeline's detail, `card-headline` in the story).
 */
export function eventCard(event: TimelineEvent, card: CardOptions, prefix: string): TemplateResult {
  const parts = ['headline', 'when', 'facts', 'excerpt', 'media', 'caption']
    .map((part) => `${part}: ${prefix}-${part}`)
    .join(', ');
  return html`<news-event-card
    exportparts=${parts}
    .event=${event}
    time-zone=${card.timeZone}
    locale=${card.locale}
    heading-level=${card.headingLevel}
    theme=${card.theme}
  ></news-event-card>`;
}
