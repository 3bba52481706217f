// Bundles the element with Lit and its modules into minified ESM: what a page that does not use a
// bundler loads (examples, demo, screenshots, benchmark, size budget). The page loads
// dist/news-timeline.bundle.js, which imports what it shares with the on-demand parts from
// dist/chunks/; story mode (<news-timeline-story>) is such a part, fetched the first time a
// timeline enters story mode.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { minify as terser } from 'terser';
import { templateMinifier } from './template-minifier.mjs';
import { privatePropertyNames } from './custom-properties.mjs';
import { privateClassNames } from './class-names.mjs';
import { exportUnderLocalNames } from './export-names.mjs';

const PAGE_BUNDLE = 'dist/news-timeline.bundle.js';

/**
 * Chromium's explicit compile hint: the file's functions are compiled while the script streams
 * in, off the main thread, instead of lazily on their first call, which for the element is its
 * first render. Measured (bench/ab.mjs, main-thread CPU, 100 events): page load unchanged, first
 * render 46 -> 40 ms. Other browsers ignore the comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * `Number`'s constants as the global values they equal, which terser writes short (`Infinity` as
 * `1/0`): the sources spell them `Number.NaN`, 40 times in the page bundle. Both sides are
 * read-only, non-configurable properties of built-ins, so no script can make them differ (terser
 * replaces only the global `Number`, never a local of that name). Page payload 48,578 -> 48,514 B
 * gzip. (`@`: the value is code, not a string.)
 */
const NUMBER_CONSTANTS = {
  '@Number.NaN': 'NaN',
  '@Number.POSITIVE_INFINITY': 'Infinity',
  '@Number.NEGATIVE_INFINITY': '-Infinity',
};

/**
 * Terser's options for its pass over esbuild's minified output: esbuild minifies each module
 * while it bundles, terser then sees the whole file and inlines and drops across modules what
 * esbuild leaves (single-use functions and constants, unused results), and renames by frequency
 * over the whole file. Page payload 49,629 -> 48,103 B gzip. Only options that keep what the code
 * does, whatever it runs on: `module` because every file is an ES module (strict mode, its own
 * scope, so its top-level names can shorten); four passes, each finding what the one before made
 * possible (the third saved 45 B, the fourth 12 B once the code grew, a fifth nothing). Not
 * `unsafe` (about 100 B more: it assumes built-ins are not replaced and rewrites e.g. `String(x)`
 * to `"" + x`, which differs for objects that convert themselves by hint) nor `pure_getters: true`
 * (40 B: it assumes reading a property runs no code, and Lit's reactive properties are accessors).
 * `unsafe_arrows` is on: it writes a function expression that never reads `this` or `arguments`
 * as an arrow (55 B with `ecma: 2020`), unsafe only for a function expression constructed with
 * `new` or whose `prototype` is used, which neither Lit nor our code has (schema-reader.ts's one
 * constructor function is a declaration for this reason: declarations and classes stay).
 * `inline: 1` (of 0-3; the default is 3): terser inlines the body of a short function into its
 * callers only where the call passes no arguments; at 2 and 3 it inlines calls with arguments too,
 * by assigning each argument to a new variable of the caller (`(n = x, { kind: 'nullable', inner:
 * n })`), which cost more bytes than the call: 19 B (48,734 -> 48,715 B). Which rewrites terser
 * makes, not what they do.
 * `ascii_only` writes the few characters beyond ASCII in strings, regular expressions and untagged
 * templates (`…`, `–`, `⌘`, the CJK stops) as `\u` escapes, which read as the same characters;
 * a tagged template (html``, css``) keeps its text as written, as its raw strings are the tag's
 * to read. Six ASCII bytes each where UTF-8 takes two or three rarer ones, and gzip codes the
 * common bytes in fewer bits: 48,366 -> 48,315 B.
 */
const TERSER_OPTIONS = {
  module: true,
  // The bundles are ES2022 (esbuild's target): terser may write ES2020 too.
  ecma: 2020,
  compress: { passes: 4, global_defs: NUMBER_CONSTANTS, unsafe_arrows: true, inline: 1 },
  mangle: true,
  format: { ascii_only: true },
};

/**
 * Property names of our own internal objects (controllers, layout results, the schema's nodes,
 * plot contexts), which terser cannot shorten: only names are mangled, and a property's name
 * could be anything's. esbuild renames these, the same way across the page bundle and its chunks
 * (one build). Page payload 48,689 -> 48,075 B gzip. A name belongs here only if no page, data,
 * event, translation, element property, DOM or Lit API reads it, and never in a string (esbuild
 * renames identifiers, not `'axisLength' in x` or `x['axisLength']`);
 * tests/unit/bundle-properties.test.ts checks the sources for such strings. esbuild renames every
 * `x.name` of a listed name in the bundle, whatever `x` is: a name our code also reads on a DOM
 * object or passes to a DOM API stays out, however internal our own use of it (`transform`: the
 * pan layer writes `style.transform`; `block`, `focus`, `observe`, `signal`, `cancel`). So do
 * `added`, `changed` and `unchanged` (the update event's diff), `eventId` and `severity` (the
 * problems of the load and error events), `zoomBy`, `refreshNow` and `goTo` (element methods),
 * `direction` and `total` (the story element's). Names taken in later: 48,679 -> 48,432 B; then
 * `frame`, `firstView`, `ticks`, `navigation`, `translation`, `presence`, which the test had
 * taken for strings in import paths and types: 48,357 -> 48,318 B; then `names`, `node`, `shape`,
 * `tooLong`, `skipped`, `wall`, `lanes`, `revisions`, `announcer`, `viewport`: 48,279 B; then
 * `drawnStory`, `sheetMoved`, `onSheetMoved`, `settled`: 48,787 -> 48,755 B (`noun`, `limit`,
 * `shown`, `endPan` each made the gzip larger or no smaller: esbuild's new names shift others');
 * then `lane`, `lines`, `rows` and `revision`, which the property test had taken for strings in
 * class, attribute and custom property names (`lane-2`, `data-revision`, `--_mark-rows`), with
 * `zoomed`: 48,811 -> 48,778 B (not `shift`, 2 B more: an array's method, which a `.shift()` in
 * the page's code would then call by a name arrays do not have); then `headlines`, `orientation`
 * and `overscan`, once frame.ts compared its inputs by name rather than through a list of their
 * names as strings; `open`, once the background band's open row took the class `wide`; and
 * `drawingWords` and `loadedTimeline`, named `words` and `loaded` until an error message's word
 * and the source's status kept them out: 48,778 -> 48,713 B (from a bytes helper); then the
 * number nodes' `minimum`, `maximum` and `integer`, the view's `p0`, `p1` and `limit`: 48,700 ->
 * 48,677 B (`t0`, `t1`, `thumbnails` and the element's protected `headingLevels` made it no
 * smaller with them); then the index's `dated`, once the page's story padded the extents itself
 * (measure.ts, `paddedExtent`) and no module of the page named it in a string: 48,761 -> 48,750 B;
 * then the story's `index` and the selection's `following`: 48,781 -> 48,759 B (esbuild also
 * renames lit-html's `index` of a template's parts, which that module alone makes and reads: no
 * other module, and no other copy of Lit, sees a template of this one's); then `items` (the
 * index's, the view's, the schema's list nodes'), once the property test let a name among other
 * words be, as in the message "has 300 items; only the first 250 were read": 48,759 -> 48,719 B;
 * then the schema nodes' `noun` and the pan layer's `endPan`, no smaller when tried before (the
 * new names fall differently with each build's names): 48,677 -> 48,655 B (with `t0`, `t1`,
 * `thumbnails` or `shown` too, each alone smaller, 1-13 B more); then the index's `finest`:
 * 48,655 -> 48,650 B (not `etag`, a response header's name in a string too).
 */
export const INTERNAL_PROPERTIES = [
  // layout
  'axisLength',
  'bandSpan',
  'baseDomain',
  'bent',
  'byLane',
  'candidates',
  'copy',
  'count',
  'cuts',
  'dated',
  'datedExtent',
  'domain',
  'drift',
  'eraRows',
  'extent',
  'extraLines',
  'finest',
  'firstView',
  'fitInset',
  'fitLabels',
  'fixedMs',
  'folded',
  'frame',
  'gap',
  'headlines',
  'index',
  'interval',
  'invert',
  'items',
  'keepClear',
  'labelAt',
  'labelEdge',
  'labelExtent',
  'labelExtentOf',
  'labelExtra',
  'labelGap',
  'labelLines',
  'labels',
  'labelText',
  'labelWidth',
  'lane',
  'laneCount',
  'laneHeight',
  'laneLabelEnd',
  'lanes',
  'laneTop',
  'lineHeight',
  'lines',
  'limit',
  'linesBefore',
  'maxDrift',
  'maxLanes',
  'maxLine',
  'members',
  'minLabel',
  'minLabelRoom',
  'minMs',
  'minSpacing',
  'oneSpot',
  'open',
  'opened',
  'opening',
  'orientation',
  'overscan',
  'packed',
  'p0',
  'p1',
  'parentMonths',
  'plan',
  'prefixMaxEnd',
  'project',
  'publicationText',
  'publishedLabel',
  'rows',
  'skipped',
  'threshold',
  'tickLabels',
  'ticks',
  'tickStep',
  'twoSpot',
  'viewEnd',
  'viewStart',
  'wall',
  'widened',
  'widths',
  'wrappable',
  'wrapWidth',
  'years',
  'zoomed',
  // the schema and its reader
  'defaulted',
  'failures',
  'fallback',
  'idKey',
  'inner',
  'inputIndices',
  'integer',
  'itemNoun',
  'labelKey',
  'maxItems',
  'maxLength',
  'maximum',
  'minLength',
  'minimum',
  'node',
  'noun',
  'presence',
  'reason',
  'report',
  'reportFailures',
  'shape',
  'subject',
  'subjectDepth',
  'subjectItem',
  'toArray',
  'tooLong',
  'trusted',
  'uniqueKey',
  'validators',
  'warnWhenMissing',
  // the element's controllers and templates
  'active',
  'announce',
  'announcer',
  'announceWhenIdle',
  'attach',
  'byCategory',
  'callbacks',
  'cancelRefocus',
  'canZoom',
  'centerOn',
  'clamp',
  'closeDetail',
  'clusters',
  'colorByCategory',
  'contextChanged',
  'detach',
  'distance',
  'drawing',
  'drawingWords',
  'drawn',
  'drawnStory',
  'drawnShift',
  'enabled',
  'endPan',
  'eraNames',
  'eventAt',
  'fallbackLocale',
  'fatalError',
  'flashHint',
  'focused',
  'focusKey',
  'follow',
  'following',
  'fullNames',
  'generation',
  'handleKeydown',
  'hintVisible',
  'hosts',
  'inexact',
  'inputs',
  'keepRange',
  'known',
  'layOut',
  'listCluster',
  'loadedTimeline',
  'maxScale',
  'movedWithin',
  'nameItems',
  'names',
  'namesWaiting',
  'navigation',
  'navigationContext',
  'notePan',
  'observer',
  'onKeydown',
  'onSheetMoved',
  'openCluster',
  'panning',
  'plainWheel',
  'prefill',
  'readLightDom',
  'refocus',
  'refreshError',
  'removedSelection',
  'reset',
  'reveal',
  'revision',
  'revisionGeneration',
  'revisions',
  'scaleBy',
  'scrollToDetail',
  'setRefresh',
  'settled',
  // source-controller.ts and its on-demand refreshing (source-refresh.ts)
  'connected',
  'fetchText',
  'inFlight',
  'landed',
  'onRefreshed',
  'refreshSeconds',
  'schedule',
  'sheetMoved',
  'shownRange',
  'showRange',
  'toggleList',
  'toggleStory',
  'transformTo',
  'translation',
  'translationsChanged',
  'viewed',
  'viewport',
  'world',
  'zoomStep',
];

/** Code that only imports other files: the page's entry, which imports its one chunk. */
const ONLY_IMPORTS = /^(?:import\s*"[^"]*";\s*)+$/;

/**
 * What the passes after esbuild's make of its output, as a comment in what esbuild hashes for the
 * chunks' names (terser drops it). The chunks import each other by the names terser gives
 * (export-names.mjs), so a newer terser, other options or another rewrite change a chunk with no
 * change to its sources; its name must change too, or a browser holding the old page chunk (its
 * name unchanged) would fetch a new story-mode chunk that asks it for names it does not have.
 */
const AFTER_ESBUILD = `//after-esbuild:${createHash('sha256')
  .update(createRequire(import.meta.url)('terser/package.json').version)
  .update(JSON.stringify(TERSER_OPTIONS))
  .update(readFileSync(new URL('./export-names.mjs', import.meta.url)))
  .digest('hex')
  .slice(0, 16)}`;

/**
 * Terser's pass over the JavaScript of an esbuild result built with `write: false`, in place;
 * source maps (beside their file, `.js.map`) follow the code. The compile hint, a comment terser
 * would drop, stays at the top of the files that had it, but for files that only import: they
 * have no functions to compile, and the entry is a response of its own, gzipped alone (page
 * payload 29 B smaller).
 */
async function minifyAgain(result) {
  const maps = new Map(
    result.outputFiles
      .filter((file) => file.path.endsWith('.js.map'))
      .map((file) => [file.path, file]),
  );
  result.outputFiles = await Promise.all(
    result.outputFiles.map(async (file) => {
      if (!file.path.endsWith('.js')) return file;
      const map = maps.get(`${file.path}.map`);
      const hinted =
        file.text.startsWith(COMPILE_HINT) &&
        !ONLY_IMPORTS.test(file.text.replace(/^(?:\/\/.*\n)+/, '').trim());
      const { code, map: newMap } = await terser(file.text, {
        ...TERSER_OPTIONS,
        format: { ...TERSER_OPTIONS.format, preamble: hinted ? COMPILE_HINT : undefined },
        sourceMap: map ? { content: map.text } : false,
      });
      if (map) maps.set(map.path, outputFile(map.path, newMap));
      return outputFile(file.path, code);
    }),
  );
  // The page's chunk exports its bindings under their own names (export-names.mjs): 60 B.
  result.outputFiles = exportUnderLocalNames(
    result.outputFiles.map((file) => maps.get(file.path) ?? file),
  ).map(({ path, text }) => outputFile(path, text));
  return result;
}

/** An output file shaped like esbuild's (path, contents, text). */
function outputFile(path, text) {
  return { path, text, contents: new TextEncoder().encode(text) };
}

/** Writes an esbuild result that was built with `write: false`. */
async function writeOutputs(result) {
  await Promise.all(
    result.outputFiles.map(async ({ path, contents }) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, contents);
    }),
  );
}

/**
 * With code splitting, esbuild keeps the code only the entry uses in the entry file and moves what
 * it shares with an on-demand part (story mode) to a chunk, so a page loads two files of the same
 * code, each compressed on its own, joined by long lists of imported and exported names. This makes
 * each on-demand part depend on the whole entry (which it does: it only ever loads from a page that
 * ran the entry), so all of the page's code is shared and lands in one chunk; the entry file is
 * left importing it. The page then loads one compressed stream: 1.1 KB less gzipped, measured.
 * The part is reached through a small wrapper (import the entry, re-export the part), so the part
 * itself loads like any module. Nothing runs twice: the chunk is one module for the page and parts.
 */
function pageCodeInOneChunk(entry) {
  const entryPath = resolve(entry);
  return {
    name: 'page-code-in-one-chunk',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        const { path, errors } = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        return errors.length > 0 ? { errors } : { path, namespace: 'on-demand' };
      });
      build.onLoad({ filter: /.*/, namespace: 'on-demand' }, ({ path }) => ({
        contents: `import ${JSON.stringify(entryPath)};\nexport * from ${JSON.stringify(path)};\n`,
        resolveDir: dirname(path),
        loader: 'js',
      }));
    },
  };
}

/**
 * Edits to Lit's production modules, as esbuild loads them, that drop what the page never uses
 * but neither esbuild nor terser can prove unused; each keeps what the code does:
 *
 * - `directive-helpers` (ordered-parts.ts takes four of its helpers, story mode's `keyed` one)
 *   reads `ChildPart` out of lit-html's private exports (`_$LH`) at its top level, for
 *   `insertPart` alone. Reading a property may run code, so that read stayed, and with it the whole
 *   `_$LH` object (14 of lit-html's internals by name), although nothing calls `insertPart`
 *   (ordered-parts.ts makes its parts itself). The module now reads `_$LH.I` where `insertPart`
 *   makes a part: the same class, read later (`_$LH` is an object literal no code writes to).
 *   Page payload 48,780 -> 48,700 B.
 * - lit-html makes its `svg` and `mathml` tags at load, by calls (`tag(2)`, `tag(3)`) that return
 *   a new function and do nothing else; the page uses `html` only. Marked pure, as the calls are,
 *   esbuild drops them: 48,677 -> 48,653 B.
 * - With the tags gone, lit-html renders only what `html` makes, and the bundles' modules write no
 *   other template: no `svg`` or `mathml`` (their wrapping element and its unwrapping go: 48,780 ->
 *   48,715 B), no compiled templates (lit's compiler's `_$litType$` objects; a template is always
 *   prepared from its strings: -35 B; nor is the result's type read where nothing needs it now:
 *   -8 B) and no element bindings (`<div ${ref(…)}>`; lit-html no longer makes their part, and
 *   `ElementPart` leaves the page bundle: -48 B; nor finds their marker attribute: -9 B), and
 *   no raw-text element (`<textarea>`, `<style>`, `<script>`,
 *   `<title>`) with a binding or a `<` in its text, which lit-html otherwise scans for its end
 *   tag and splits into text and parts after the template is parsed: without either, text
 *   without a binding or a `<` reads the same (48,781 -> 48,644 B; -137 B); no binding in a
 *   comment (`<!-- ${x} -->`), which makes no part but takes its value: lit-html no longer
 *   searches comments for markers (48,625 -> 48,593 B). A template's parts are then attribute
 *   and child parts only, and a clone makes each as one or the other (-5 B), pushed as it is
 *   made; an instance's list of parts then has no hole (hydration pushes only parts too), and
 *   its update looks for none (48,694 -> 48,686 B).
 *   tests/unit/lit-edits.test.ts holds every module under src/ to that, with lit-html's own
 *   preparation of each html`` template. (Only a template from elsewhere, a subclass's render()
 *   written with another Lit copy's `svg`` or compiler, would now render wrong.)
 * - `@lit/reactive-element` reads four of its static properties by a name passed through
 *   `JSCompiler_renameProperty` (`hasOwnProperty(d("finalized"))`), a function that returns the
 *   name it is given (a hint for Closure Compiler, which Lit builds with); terser keeps the calls.
 *   The names are written as they are: 48,758 -> 48,743 B.
 * - lit-html's production build keeps `wrap`, which returns the node it is given (the development
 *   build wraps nodes for the ShadyDOM polyfill's no-patch mode), for its one use: removing a
 *   part's nodes reads each node itself: 48,743 -> 48,732 B.
 * - No module under src/ renders an async directive (`until`, `ref`, `asyncReplace`,
 *   `asyncAppend`, or one of its own on `AsyncDirective`): lit-html's production build still
 *   tells its parts and directives when a render root connects or disconnects, for such
 *   directives alone, by names only `async-directive` reads or sets (`_$AU`, a part's and a
 *   directive's `isConnected`; `_$AN`, their disconnectable children; `_$AP` and `_$AO`, the
 *   hooks it installs). Without it a part neither keeps its connection nor calls the hooks, and
 *   LitElement neither hands its root part `isConnected` nor calls `setConnected` from its
 *   connected and disconnected callbacks (ReactiveElement's run as before): 48,732 -> 48,601 B.
 *   tests/unit/lit-edits.test.ts holds every module under src/ to that, through every Lit module
 *   it imports. (Only an async directive from elsewhere, in a subclass's render() written with
 *   another Lit copy, would now never hear that it connected or disconnected.)
 * - A `CSSResult` that Lit's own css`` tag made keeps its template's strings, and its style sheet
 *   is shared with every result of the same strings through a `WeakMap`. Our styles are made by
 *   src/components/css.ts, through `unsafeCSS`, which keeps no strings: the map is never read.
 *   Each result makes its own style sheet once, as it did (a result of Lit's css`` would too, no
 *   longer sharing it): 48,601 -> 48,556 B.
 * - `CSSResult`'s constructor throws, with a message for developers, unless Lit's `css` or
 *   `unsafeCSS` calls it (they pass a module-private token). The bundles export neither the class
 *   nor the tags, and only `unsafeCSS` constructs it here, with the token: no call of ours throws.
 *   Only a script that takes the class from an element's `elementStyles` and calls `new` on it
 *   would now get a result where it got the error; such a script can already restyle the shadow
 *   root as it likes (the check guards an API, not a trust boundary). The check, its message and
 *   the token go: 48,549 -> 48,484 B.
 *   `unsafeCSS` then makes its text with `value + ""` alone, which its check for a string only
 *   skipped for a value that is one already: 48,686 -> 48,682 B.
 * - A reactive property declared with `useDefault` (Lit 3.3) keeps its first value, to tell a
 *   reflected default from a set one, and one declared over an accessor of the class's own
 *   prototype is marked `wrapped`, and its value at the first update recorded as a change. No
 *   element here has either: no declaration under src/ names `useDefault`, and no class declares
 *   a method or accessor by the name of a reactive property it declares (the editor's legacy
 *   decorators sit on fields, which are not on the prototype). tests/unit/lit-edits.test.ts
 *   holds src/ to both. The map of first values (`_$Ej`) is then never filled, the flag never
 *   set, and the reads of both give what they gave: the options' `useDefault: false`, the check
 *   for a wrapped accessor, the first-value reads and the first update's loop over every
 *   property for wrapped ones go: 48,762 -> 48,589 B. (Only a subclass a page derives from the
 *   class `customElements.get` returns, declaring such a property, would now see it behave as
 *   in Lit before 3.3.)
 * - Nor does any declaration here give a `converter`, a `hasChanged`, `noAccessor` or `type:
 *   Object` or `Array` (the element's attributes are strings, booleans and numbers), nor sit over
 *   a method or accessor of its class (the test above holds src/ to each, and to one declaration
 *   per property). So an attribute always goes through the default converter, whose JSON cases
 *   are never reached, a change is always `notEqual`'s, every declaration gets an accessor, and
 *   the accessor always reads and writes the value under its own symbol, which is what Lit's
 *   looked-up descriptor did where the class had none of its own: those reads, the JSON cases and
 *   the options' defaults for them go: 48,589 -> 48,445 B. (Again, only a page's subclass
 *   declaring such an option would see a difference.) An attribute's value is then read by the
 *   default converter itself, not through variables holding it or its options (48,808 -> 48,800
 *   B), and a change is `Object.is`'s negation, `notEqual`, written where it is read: 48,797 B.
 *   The converter's `fromAttribute`, left with the Boolean and Number cases and the string as it
 *   is, is one expression of them, which terser then writes where it is called: 48,638 ->
 *   48,607 B.
 * - A declaration with `state: true` (an internal reactive property) has no attribute: Lit's
 *   `state` decorator says `attribute: false` itself, and every such declaration in `static
 *   properties` here does too (the lit-edits test), so `createProperty` need not set it: 48,733 ->
 *   48,726 B. (Only a page's subclass declaring `state: true` alone would see an attribute
 *   observed.)
 * - Lit's standard decorators (TC39's, with `accessor`) leave their declarations in
 *   `litPropertyMetadata` under the class's `Symbol.metadata`, which `finalize` reads. Our
 *   elements declare `static properties`, and the editor's decorators are TypeScript's legacy
 *   ones (tsconfig.json's `experimentalDecorators`, which esbuild follows; the lit-edits test
 *   checks it), which call `createProperty` themselves: for every class here the map holds
 *   nothing, so the read goes (the global map and `Symbol.metadata` are still set, for other
 *   copies of Lit on the page): 48,445 -> 48,421 B.
 * - An event binding's value may be a listener object (`handleEvent`) or carry listener options
 *   (`capture`, `once`, `passive`, set by Lit's `eventOptions`), which lit-html compares from one
 *   render to the next to add the listener again. Every `@event=${…}` under src/ is a plain
 *   function (or `nothing`, or undefined), checked by the lit-edits test with the type checker:
 *   the options read undefined on both sides, so only the nothing transitions add or remove, as
 *   they did, and the value is always called: 48,421 -> 48,379 B.
 *   Nor is a directive ever an event binding's value (the same check), the one reader of an event
 *   part's `type` (5, set by a constructor that does nothing else; lit-html reads the type of
 *   template parts, and hydration passes event parts an argument their `_$AI` does not take):
 *   the constructor goes, 48,726 -> 48,715 B. Nor does an event part resolve its value as a
 *   directive, which it never is (it keeps no directive to clear either): `nothing` for
 *   undefined or null, as it was, 48,682 -> 48,677 B.
 * - What is left of the default declaration (a property declared with no options, a name never
 *   declared), `attribute: true`, `type: String` and `reflect: false`, reads the same as no
 *   option at all: an attribute named by the property in lower case, the converter's string case,
 *   no reflection. It is an empty object: 48,379 -> 48,369 B.
 * - lit-html's `render()` is called by LitElement alone, with its render options (so is it by
 *   Lit's hydration support; no module under src/ imports it, the lit-edits test): it reads them
 *   without a fallback for none, 48,643 -> 48,638 B.
 * - lit-html imports a template's nodes into the render options' `creationScope` (a scoped
 *   custom element registry's document or shadow root) where one is given; our elements' options
 *   are LitElement's (`host`, `renderBefore`) and no module under src/ names one (the lit-edits
 *   test), so they are always imported into `document`, as they were: 48,315 -> 48,303 B.
 * - Each of the three modules pushes its version onto a global array (`litHtmlVersions`,
 *   `litElementVersions`, `reactiveElementVersions`), which no code of Lit's production build
 *   reads: only a development build of another Lit copy on the page does, to warn that more than
 *   one is loaded, and tools that detect Lit. The pushes go: 48,797 -> 48,763 B. (A page's own
 *   script reading those globals would find our copy of Lit missing from them.)
 * - What no code in the bundles reads or calls goes: an attribute part's `tagName` (a part reaches
 *   only the directives our templates use, and none of theirs reads it), LitElement's `_$Do`
 *   (the root part, read only by the connection callbacks already gone; hydrate support does not
 *   read it), LitElement's default `render()`, which renders nothing (every element here has its
 *   own, the lit-edits test; -7 B, 48,650 -> 48,643 B), ReactiveElement's empty `enableUpdating`
 *   (each instance's constructor sets its own, the promise's resolver), the check that `_$Eh` is set (finalize always sets it) and an
 *   attribute part's first `_$AH`, which its constructor sets again in both branches: 48,791 ->
 *   48,763 B.
 * - `createProperty` makes a property's accessor itself, where it asked the class's static
 *   `getPropertyDescriptor` for it: no class here overrides that method (tests/unit/lit-edits
 *   .test.ts holds src/ to it), so the accessor is the same one: 48,763 -> 48,732 B. (Only a
 *   page's subclass overriding it would see a difference.)
 * - A class's `static properties` are declared by `Object.keys`, where Lit took their own names
 *   and symbols: every one here is an object literal of named, not computed, keys (the lit-edits
 *   test), whose keys those are: 48,732 -> 48,720 B. (Only a page's subclass declaring a
 *   symbol-keyed or non-enumerable property would see a difference.)
 * - `requestUpdate` reads the property's new value itself: its `useNewValue` and `newValue`
 *   arguments are passed only by the accessors of Lit's standard decorators (not ours, the
 *   lit-edits test), and every call here passes none: 48,720 -> 48,707 B.
 * - Nor has ReactiveElement the static `addInitializer`, nor the list of initializers it keeps
 *   and each instance runs: it is called only by decorators (Lit's standard `customElement`,
 *   other packages' such as @lit/localize's `localized`), and no module under src/ names one or
 *   the method (the lit-edits test): 48,707 -> 48,666 B. (Only a page's script calling
 *   `addInitializer` on the class `customElements.get` returns would see it missing.)
 *   What is left of the `_$Ev` method the constructor called, for the instance's initializers
 *   among other things, runs in the constructor itself (no other code calls it, nor Lit's
 *   hydration and polyfill support): 48,704 -> 48,694 B.
 * - Every style our elements adopt is a `CSSResult` (src/components/css.ts makes them through
 *   `unsafeCSS`), never a `CSSStyleSheet`, which Lit also takes (adopted as it is, or read into
 *   text where the browser cannot adopt style sheets). The checks for one and the reading go (the
 *   lit-edits test finds no `CSSStyleSheet` under src/): 48,670 -> 48,638 B. (Only a page's subclass
 *   with a `CSSStyleSheet` in its `styles` would see a difference.)
 * - Every reflected property here is text (`layout`, `theme`, `view`, `selected`, `mode`): none
 *   is declared `type: Boolean`, the one type the default converter writes as something else than
 *   the value (an empty attribute, Trusted Types' empty script, or none). A reflected value is set
 *   as it is, and the converter's `toAttribute` and the empty script go (the lit-edits test holds
 *   every declaration with `reflect` to another type): 48,638 -> 48,572 B.
 *   The value is then written without a variable holding it, and without checking the option
 *   `reflect` again: a property is queued for reflection (`_$Eq`) only when it is true, and that
 *   queue is the one caller: 48,715 -> 48,704 B.
 * - No class here overrides ReactiveElement's hooks `scheduleUpdate`, `getUpdateComplete`,
 *   `shouldUpdate` or `firstUpdated`, and no module calls them or `removeController` (the
 *   lit-edits test): an update is performed without the `scheduleUpdate` step and always goes
 *   ahead, `updateComplete` is the update's promise, and the empty hooks and `removeController`
 *   go: 48,572 -> 48,491 B. (Only a page's subclass overriding a hook, or a script calling one of them
 *   or `removeController` on an element, would see a difference.)
 *   With `shouldUpdate` gone, the flag `performUpdate` kept for its answer is true wherever it is
 *   read (an update that throws rethrows before the read): the update goes on to `_$AE` without
 *   it, 48,747 -> 48,733 B.
 * - A property's attribute, where the declaration does not name it, is its name in lower case:
 *   every property here is declared by a string name (`Object.keys`, or a decorated field), never
 *   a symbol, so the check for one goes: 48,491 -> 48,487 B.
 * - A directive keeps its part (`_$Ct`) and its attribute index (`_$Ci`) only for
 *   `AsyncDirective`, which reads them to set its value later; no module under src/ renders an
 *   async directive (the lit-edits test), so a directive keeps its parent alone: 48,487 -> 48,475 B.
 * - An element's `styles` become its `elementStyles` flattened, as they are: Lit also drops a style
 *   listed twice, keeping its last place, and no element here lists one twice (the lit-edits test
 *   compares each element's list with Lit's own): the set, the reversal and the rebuilding go:
 *   48,775 -> 48,747 B. (Only a page's subclass listing a style twice would adopt it twice, which
 *   cascades the same but for an `@layer` order, which none of ours declares.)
 *
 * Every bundle built here takes them: the page's, the hydrating one and the editor's (whose
 * `<textarea>`s bind only `.value`); the npm modules import Lit unedited.
 *
 * Another version of a package (each edit names the one it was read against; package-lock.json
 * pins them), or a module that no longer reads as expected, fails the build rather than quietly
 * keep the bytes or break (the development build, which the bundles never take, is not edited).
 * tests/unit/lit-edits.test.ts also finds each edited module and checks that the edits leave no
 * name in it undefined.
 */
export const LIT_EDITS = [
  {
    file: /[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/,
    version: '2.1.2',
    edits: [
      ['s=Symbol(),o=new WeakMap;', 's=Symbol();'],
      [
        'constructor(t,e,o){if(this._$cssResult$=!0,o!==s)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");',
        'constructor(t){this._$cssResult$=!0;',
      ],
      [',s=Symbol();', ';'],
      ['"string"==typeof t?t:t+"",void 0,s)', 't+"")'],
      ['return new n(o,t,s)}', 'return new n(o)}'],
      ['o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet)', 'o.map(t=>t.styleSheet)'],
      [
        'c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t;',
        'c=t=>t;',
      ],
      [
        'this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o.set(s,t))}return t}',
        'this.cssText=t}get styleSheet(){let t=this.o;return e&&void 0===t&&(this.o=t=new CSSStyleSheet).replaceSync(this.cssText),t}',
      ],
    ],
  },
  {
    file: /[\\/]lit-html[\\/]directive\.js$/,
    version: '3.3.3',
    edits: [
      ['get _$AU(){return this._$AM._$AU}', ''],
      ['_$AT(t,e,i){this._$Ct=t,this._$AM=e,this._$Ci=i}', '_$AT(t,e){this._$AM=e}'],
    ],
  },
  {
    file: /[\\/]lit-element[\\/]lit-element\.js$/,
    version: '4.2.2',
    edits: [
      ['this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),', ''],
      [';(s.litElementVersions??=[]).push("4.2.2")', ''],
      [
        'connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}',
        '',
      ],
      [',this._$Do=void 0}', '}'],
      ['this._$Do=e(r', 'e(r'],
      ['render(){return r}', ''],
    ],
  },
  {
    file: /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
    version: '2.1.2',
    edits: [
      [',d=(t,s)=>t,', ','],
      [',(a.reactiveElementVersions??=[]).push("2.1.2")', ''],
      ['hasOwnProperty(d("elementProperties"))', 'hasOwnProperty("elementProperties")'],
      ['hasOwnProperty(d("finalized"))', 'hasOwnProperty("finalized")'],
      ['hasOwnProperty(d("properties"))', 'hasOwnProperty("properties")'],
      [
        'y[d("elementProperties")]=new Map,y[d("finalized")]=new Map',
        'y.elementProperties=new Map,y.finalized=new Map',
      ],
      [
        'static createProperty(t,s=b){if(s.state&&(s.attribute=!1),',
        'static createProperty(t,s=b){if(',
      ],
      ['getOwnPropertyDescriptor:h,', ''],
      [
        'switch(s){case Boolean:t=t?l:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}',
        'switch(s){case Boolean:t=t?l:null}',
      ],
      [
        'fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}}return i}',
        'fromAttribute(t,s){return s===Boolean?null!==t:s===Number&&null!==t?Number(t):t}',
      ],
      ['b={attribute:!0,type:String,converter:u,reflect:!1,useDefault:!1,hasChanged:f}', 'b={}'],
      ['!s.noAccessor){const i=Symbol()', '1){const i=Symbol()'],
      [
        'const{get:e,set:r}=h(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t}};return{get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i)}',
        'return{get(){return this[s]},set(e){const h=this[s];this[s]=e,this.requestUpdate(t,h,i)}',
      ],
      ['(void 0!==i.converter?.toAttribute?i.converter:u).toAttribute(', 'u.toAttribute('],
      [
        'const t=i.getPropertyOptions(e),h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u;this._$Em=e;const r=h.fromAttribute(s,t.type);this[e]=r??this._$Ej?.get(e)??r,',
        'this._$Em=e,this[e]=u.fromAttribute(s,i.getPropertyOptions(e).type),',
      ],
      ['(i.hasChanged??f)(h,s)', '!Object.is(h,s)'],
      ['this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', ''],
      [
        'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
        '',
      ],
      ['||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', ''],
      [
        'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}',
        'C(t,s,{reflect:e}){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}',
      ],
      [
        'const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}',
        '',
      ],
      ['enableUpdating(t){}', ''],
      ['this._$Eh&&[...this._$Eh.keys()]', '[...this._$Eh.keys()]'],
      [
        'const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);void 0!==h&&e(this.prototype,t,h)}}static getPropertyDescriptor(t,s,i){return{get(){return this[s]},set(e){const h=this[s];this[s]=e,this.requestUpdate(t,h,i)},configurable:!0,enumerable:!0}}',
        'const i=Symbol();e(this.prototype,t,{get(){return this[i]},set(e){const h=this[i];this[i]=e,this.requestUpdate(t,h,s)},configurable:!0,enumerable:!0})}}',
      ],
      ['getOwnPropertyNames:r,getOwnPropertySymbols:o,', ''],
      [
        'const t=this.properties,s=[...r(t),...o(t)];for(const i of s)this.createProperty(i,t[i])',
        'const t=this.properties;for(const i of Object.keys(t))this.createProperty(i,t[i])',
      ],
      [
        'requestUpdate(t,s,i,e=!1,h){if(void 0!==t){const r=this.constructor;if(!1===e&&(h=this[t]),i??=r.getPropertyOptions(t),!(!Object.is(h,s)))return;',
        'requestUpdate(t,s,i){if(void 0!==t){if(i??=this.constructor.getPropertyOptions(t),Object.is(this[t],s))return;',
      ],
      ['static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
      ['void 0!==t.l&&(this.l=[...t.l]),', ''],
      [',this.constructor.l?.forEach(t=>t(this))', ''],
      [
        'this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate()}',
        'this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate()}',
      ],
      [
        'if(void 0!==e&&!0===i.reflect){const h=u.toAttribute(s,i.type);this._$Em=t,null==h?this.removeAttribute(e):this.setAttribute(e,h)',
        'if(void 0!==e){this._$Em=t,null==s?this.removeAttribute(e):this.setAttribute(e,s)',
      ],
      ['toAttribute(t,s){switch(s){case Boolean:t=t?l:null}return t},', ''],
      ['c=a.trustedTypes,l=c?c.emptyScript:"",', ''],
      [
        'const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}',
        'return this.performUpdate(),!this.isUpdatePending}',
      ],
      [
        'get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}',
        'get updateComplete(){return this._$ES}',
      ],
      ['removeController(t){this._$EO?.delete(t)}', ''],
      [
        'static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(t(s))}else void 0!==s&&i.push(t(s));return i}',
        'static finalizeStyles(s){return[s??[]].flat(1/0)}',
      ],
      [
        'let t=!1;const s=this._$AL;try{t=this.shouldUpdate(s),t?(this.willUpdate(s),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(s)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(s)}',
        'const s=this._$AL;try{this.willUpdate(s),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(s)}catch(s){throw this._$EM(),s}this._$AE(s)}',
      ],
      ['shouldUpdate(t){return!0}', ''],
      ['this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t))', 'this.hasUpdated=!0'],
      ['firstUpdated(t){}', ''],
      ['"string"==typeof t?t.toLowerCase():void 0}', 't.toLowerCase()}'],
    ],
  },
  {
    file: /[\\/]lit-html[\\/]directive-helpers\.js$/,
    version: '3.3.3',
    edits: [
      ['import{_$LH as o}from"./lit-html.js";', 'import{_$LH as LH}from"./lit-html.js";'],
      ['const{I:t}=o,', 'const '],
      ['e=new t(i,n,o,o.options)', 'e=new LH.I(i,n,o,o.options)'],
    ],
  },
  {
    file: /[\\/]lit-html[\\/]lit-html\.js$/,
    version: '3.3.3',
    edits: [
      ['e=(t?.creationScope??l).importNode(i,!0)', 'e=l.importNode(i,!0)'],
      ['||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive', ''],
      [
        '"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)',
        'this._$AH.call(this.options?.host??this.element,t)',
      ],
      ['const t=globalThis,i=t=>t,', 'const t=globalThis,'],
      ['const s=i(t).nextSibling;i(t).remove()', 'const s=t.nextSibling;t.remove()'],
      [
        'class R{constructor(t,i){this._$AV=[],this._$AN=void 0,',
        'class R{constructor(t,i){this._$AV=[],',
      ],
      [
        'return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t)',
        'return this._$AM.parentNode}u(t)',
      ],
      [
        'class k{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,i,s,e){this.type=2,this._$AH=A,this._$AN=void 0,',
        'class k{constructor(t,i,s,e){this.type=2,this._$AH=A,',
      ],
      [',this.options=e,this._$Cv=e?.isConnected??!0}', ',this.options=e}'],
      [
        '_$AR(t=this._$AA.nextSibling,s){for(this._$AP?.(!1,!0,s);',
        '_$AR(t=this._$AA.nextSibling){for(;',
      ],
      ['setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
      [
        'get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,i,s,e,h){this.type=1,this._$AH=A,this._$AN=void 0,',
        'get tagName(){return this.element.tagName}constructor(t,i,s,e,h){this.type=1,this._$AH=A,',
      ],
      ['h?._$AO?.(!1),', ''],
      ['w=x(2),T=x(3)', 'w=/* @__PURE__ */ x(2),T=/* @__PURE__ */ x(3)'],
      ['let n,l=2===i?"<svg>":3===i?"<math>":"",c=v;', 'let n,l="",c=v;'],
      ['+(2===i?"</svg>":3===i?"</math>":"")', ''],
      ['constructor({strings:t,_$litType$:i},e)', 'constructor({strings:t},e)'],
      ['[f,v]=N(t,i)', '[f,v]=N(t)'],
      [',(t.litHtmlVersions??=[]).push("3.3.3")', ''],
      [',2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}', '){}'],
      [
        'e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
        'e=this._$AC(t)',
      ],
      ['const{values:i,_$litType$:s}=t,', 'const{values:i}=t,'],
      [
        'let i;2===r.type?i=new k(h,h.nextSibling,this,t):1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t)),this._$AV.push(i)',
        'this._$AV.push(2===r.type?new k(h,h.nextSibling,this,t):new r.ctor(h,r.name,r.strings,this,t))',
      ],
      [
        'for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i])),i++',
        'for(const s of this._$AV)void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i]),i++',
      ],
      ['else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t))', ''],
      [
        'if(r.data===n)d.push({type:2,index:l});else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}',
        'r.data===n&&d.push({type:2,index:l});',
      ],
      ['?(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p):', '?c=p:'],
      ['(c=n??v,d=-1)', '(c=v,d=-1)'],
      ['c===_||c===m?c=v:(c=p,n=void 0)', 'c=v'],
      [
        'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
        '',
      ],
      ['get tagName(){return this.element.tagName}', ''],
      [
        'const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{})}',
        'const e=s.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s)}',
      ],
      ['this.type=1,this._$AH=A,', 'this.type=1,'],
      [
        'class z extends H{constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5}_$AI(t,i=this){if((t=M(this,t,i,0)??A)===E)return;',
        'class z extends H{_$AI(t){if((t??=A)===E)return;',
      ],
    ],
  },
];

function litWithoutUnused() {
  return {
    name: 'lit-without-unused',
    setup(build) {
      for (const { file, version: expected, edits } of LIT_EDITS) {
        build.onLoad({ filter: file }, async ({ path }) => {
          // Written against this version's files: an edit that still matches a newer file could
          // leave a name it took away in use elsewhere, which only a run would show.
          const { version } = JSON.parse(
            await readFile(join(dirname(path), 'package.json'), 'utf8'),
          );
          if (version !== expected) {
            throw new Error(
              `${path}: LIT_EDITS were written for version ${expected}, not ${version}`,
            );
          }
          let source = await readFile(path, 'utf8');
          for (const [from, to] of edits) {
            if (source.split(from).length !== 2) {
              throw new Error(`${path}: expected ${from} once (a new Lit? see LIT_EDITS)`);
            }
            source = source.replace(from, to);
          }
          return { contents: source, loader: 'js' };
        });
      }
    },
  };
}

/**
 * Minified ESM with everything `entry` imports, in Lit's production build: one file, or with
 * `splitting` the entry plus its on-demand parts and the chunks they share, beside `outfile`.
 */
async function bundlePage(
  entry,
  {
    outfile,
    write,
    minify = true,
    sourcemap = false,
    splitting = false,
    eager = false,
    mangleInternal = false,
  },
) {
  const result = await build({
    // Comments terser drops but the hint (minifyAgain): the salt only changes chunk names.
    banner: { js: eager ? `${COMPILE_HINT}\n${AFTER_ESBUILD}` : AFTER_ESBUILD },
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    ...(mangleInternal && { mangleProps: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`) }),
    sourcemap,
    legalComments: 'none',
    ...(splitting
      ? {
          // Dynamic imports (story mode) become their own files; what they share with the entry
          // goes to a chunk the entry imports, so nothing is loaded twice.
          splitting: true,
          outdir: dirname(outfile),
          entryNames: basename(outfile, '.js'),
          chunkNames: 'chunks/[name]-[hash]',
        }
      : { outfile }),
    // Written after terser's pass.
    write: false,
    metafile: true,
    // Lit's production build: no dev-mode warnings, smaller.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    // Lit's templates as written carry comments and indentation: minified here (CSS in full, HTML
    // white space where it provably does not matter). The hydrating bundle keeps html`` as written:
    // Lit's hydration checks a digest of the template strings against the server's markup.
    plugins: [
      ...(minify
        ? [
            templateMinifier({
              html: !entry.startsWith('src/ssr/'),
              // With the internal properties, the private custom properties shortened too (one
              // map for the page bundle and its chunks): 48,748 -> 48,556 B.
              names: mangleInternal
                ? await privatePropertyNames(join(dirname(entry), 'components'))
                : undefined,
              // And the internal classes (`wheel-hint`, `list-when`…), checked against every
              // module of src/: 48,796 -> 48,710 B.
              classes: mangleInternal ? await privateClassNames(dirname(entry)) : undefined,
            }),
          ]
        : []),
      ...(splitting ? [pageCodeInOneChunk(entry)] : []),
      litWithoutUnused(),
    ],
  });
  if (minify) await minifyAgain(result);
  if (write) await writeOutputs(result);
  return result;
}

export async function bundleElement({
  outfile = PAGE_BUNDLE,
  write = true,
  minify = true,
  // The map is written for local debugging but not linked: the package ships no sources or maps.
  sourcemap = write ? 'external' : false,
  // Another copy of the sources (the benchmark's A/B build of an older commit).
  entry = 'src/news-timeline.ts',
} = {}) {
  return bundlePage(entry, {
    outfile,
    write,
    minify,
    sourcemap,
    splitting: true,
    eager: true,
    mangleInternal: true,
  });
}

/**
 * `dist/news-timeline.hydrate.bundle.js`: the element bundle with Lit's hydration support loaded
 * first, for pages that serve `news-timeline/ssr` output (the elements adopt the server's DOM).
 */
export async function bundleHydrating({
  outfile = 'dist/news-timeline.hydrate.bundle.js',
  write = true,
} = {}) {
  return bundlePage('src/ssr/hydrate.ts', {
    outfile,
    write,
    minify: true,
    sourcemap: false,
    eager: true,
  });
}

/** Languages other than English, one file each, that register themselves when a page loads them. */
export const TRANSLATIONS = ['ar', 'de', 'es', 'fr', 'he', 'ja', 'pt'];

/**
 * `dist/translations/<code>.js`: each language on its own, minified, with the few hundred bytes of
 * registry it needs (esbuild's minifier only: terser's pass made each 7-15 B larger gzipped). It registers into the registry the page bundle shares through `globalThis`,
 * so `<script type="module" src="dist/translations/fr.js">` beside the bundle, in either order,
 * is all a page without a bundler adds. English is in the page bundle and needs no file.
 */
export async function bundleTranslations({ outdir = 'dist/translations', write = true } = {}) {
  return build({
    entryPoints: TRANSLATIONS.map((code) => `src/i18n/translations/${code}.ts`),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // Module scripts are always read as UTF-8: the words stay as they are, not as \u escapes.
    charset: 'utf8',
    legalComments: 'none',
    outdir,
    write,
    metafile: true,
    logLevel: 'warning',
  });
}

/**
 * `dist/news-timeline-editor.bundle.js`: the review editor with everything it needs (the reader's
 * elements for its preview, the extractor, the importers and exporters, d3-dsv), for a newsroom
 * page without a bundler. Kept apart from the reader's page bundle, which never includes it, and
 * out of the package (`node scripts/bundle.mjs --editor`); the size test measures it.
 */
export async function bundleEditor({
  outfile = 'dist/news-timeline-editor.bundle.js',
  write = true,
} = {}) {
  return bundlePage('src/news-timeline-editor.ts', { outfile, write });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Chunk names carry a content hash: a build for the package starts from an empty chunks folder,
  // so it never ships stale ones. (Only here: tests build into dist/ side by side, and a page of
  // one may be loading chunks while another builds.)
  await rm(join(dirname(PAGE_BUNDLE), 'chunks'), { recursive: true, force: true });
  await bundleElement();
  await bundleTranslations();
  // The editor's one-file bundle is not built by default: it would add 270 KB to the package for
  // pages without a bundler. `node scripts/bundle.mjs --editor` builds it.
  if (process.argv.includes('--editor')) await bundleEditor();
  // Likewise the bundle with hydration support, for server-rendered pages: `--hydrate`.
  if (process.argv.includes('--hydrate')) await bundleHydrating();
}
