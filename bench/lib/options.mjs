// The benchmark scripts' command line options: `--name value`.

/** The value after `--name`, or `fallback` when the option is not given. */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}
