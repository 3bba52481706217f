/**
 * Every language that ships, registered at once: for stories, tests and pages that offer a
 * language picker. A page that knows its language imports just that file instead.
 */
import en from './en.js';
import ar from './ar.js';
import de from './de.js';
import es from './es.js';
import fr from './fr.js';
import he from './he.js';
import ja from './ja.js';
import pt from './pt.js';
import type { Translation } from '../translation.js';

export const ALL_TRANSLATIONS: readonly Translation[] = [en, ar, de, es, fr, he, ja, pt];
