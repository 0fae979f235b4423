/**
 * Tables of data read from a project file the first time they are used, instead of being
 * evaluated with Code.js at the start of every execution.
 *
 * Apps Script evaluates every script file of the project at each execution (a menu, a trigger,
 * every sidebar call), but reads an HTML file only when HtmlService asks for it. The build
 * (scripts/build.ts, LAZY_DATA) writes the exports of some pure data modules of src/core as JSON to
 * `<File>.html` and puts, in Code.js only, a stand-in module in their place whose exports are
 * `lazyExport(...)` proxies. Core code reads them like the plain objects and arrays they are;
 * tests and scripts use the core modules themselves.
 * https://developers.google.com/apps-script/reference/html/html-service#createTemplateFromFile(String)
 * https://developers.google.com/apps-script/reference/html/html-template#getRawContent()
 */

/** The parsed files of this execution, by file name: each file is read and parsed once. */
const parsed = new Map<string, Readonly<Record<string, unknown>>>();

/** Reads a project data file (a JSON object of exports), once per execution. */
export function readProjectData(
  file: string,
  read: (file: string) => string = readRawProjectFile,
): Readonly<Record<string, unknown>> {
  const cached = parsed.get(file);
  if (cached) return cached;
  const value: unknown = JSON.parse(read(file));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`The project file ${file}.html holds no table of data.`);
  }
  const tables = value as Readonly<Record<string, unknown>>;
  parsed.set(file, tables);
  return tables;
}

function readRawProjectFile(file: string): string {
  return HtmlService.createTemplateFromFile(file).getRawContent();
}

function tableOf(file: string, name: string, read?: (file: string) => string): object {
  const table = readProjectData(file, read)[name];
  if (typeof table !== 'object' || table === null) {
    throw new Error(`The project file ${file}.html has no table ${name}.`);
  }
  return table;
}

/**
 * A stand-in for one exported table (an object or an array, as `shape` says) that reads the file
 * on first use. Only reads go through: the tables are constants.
 */
export function lazyExport<T extends object>(
  file: string,
  name: string,
  shape: T,
  read?: (file: string) => string,
): T {
  const table = (): object => tableOf(file, name, read);
  return new Proxy(shape, {
    get: (_shape, property) => Reflect.get(table(), property),
    has: (_shape, property) => Reflect.has(table(), property),
    ownKeys: () => Reflect.ownKeys(table()),
    getOwnPropertyDescriptor: (_shape, property) =>
      Reflect.getOwnPropertyDescriptor(table(), property),
  });
}
