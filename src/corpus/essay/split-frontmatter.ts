import yaml from 'js-yaml';
import { ContentError } from '../content-error.ts';

/** A Markdown file cut into its YAML frontmatter and its body. */
export interface FrontmatterSplit {
  /** The parsed YAML (not yet validated). */
  data: unknown;
  /** The Markdown after the closing `---`. */
  body: string;
  /** How many file lines precede the body, so body line `n` is file line `n + bodyLineOffset`. */
  bodyLineOffset: number;
  /** The file line of a top-level key of the frontmatter, for errors about that key. */
  keyLine: (key: string) => number | undefined;
}

/** The one frontmatter fence of the project: `---`, YAML, `---` at the very top of a file. */
const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** True when the text opens with a closed `---` frontmatter fence. */
export function hasFrontmatter(source: string): boolean {
  return FENCE.test(source);
}

/** Cuts `---` fenced YAML frontmatter off a Markdown file; the fence is required. */
export function splitFrontmatter(source: string, file: string): FrontmatterSplit {
  const match = FENCE.exec(source);
  if (!match) throw new ContentError(file, 'expected YAML frontmatter between `---` lines at the top of the file', 1);
  const yamlText = match[1] ?? '';
  let data: unknown;
  try {
    data = yaml.load(yamlText, { filename: file, schema: yaml.JSON_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new ContentError(file, `invalid YAML frontmatter: ${reason}`, mark?.line === undefined ? 2 : mark.line + 2);
  }
  const bodyLineOffset = match[0].split(/\r?\n/).length - (match[0].endsWith('\n') ? 1 : 0);
  const yamlLines = yamlText.split(/\r?\n/);
  const keyLine = (key: string) => {
    // A top-level key starts its line, unquoted or quoted; line 1 of the file is the opening fence.
    const at = yamlLines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`));
    return at < 0 ? undefined : at + 2;
  };
  return { data, body: source.slice(match[0].length), bodyLineOffset, keyLine };
}
