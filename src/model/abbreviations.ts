/**
 * English words that end in a full stop without ending the sentence: the extractor's sentence
 * splitter and the TimelineJS importer's first sentence read them. No DOM.
 */

/** Lower case, without the stop. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft',
  'gen', 'maj', 'col', 'lt', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'insp', 'supt',
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'inc', 'ltd', 'corp', 'co',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]); // prettier-ignore
