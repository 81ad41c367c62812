import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../corpus/essay/split-frontmatter.ts';
import { REPOST_FILES } from '../corpus/repost/load-repost.ts';
import { frontmatterSchema } from '../corpus/repost/repost-schema.ts';

/** A sigil: one to three capitals or digits, starting with a capital (see `frontmatterSchema`). */
const SIGIL = frontmatterSchema.shape.sigil;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '23456789';

/**
 * A short sigil for a repost id that no other repost uses: the id's first letter ("gate" → G);
 * else that letter with the initials of the id's other parts ("mexc-it" → MI); else with the id's
 * later letters (GA, GT, GAT…); else with a digit (G2…). The first free candidate wins, so the
 * choice is stable for a given set of taken sigla.
 */
export function chooseSigil(id: string, taken: ReadonlySet<string>): string {
  for (const candidate of sigilCandidates(id)) {
    if (!taken.has(candidate) && SIGIL.safeParse(candidate).success) return candidate;
  }
  // Every two-character sigil with a digit is taken: only a very large corpus gets here.
  for (const a of LETTERS) for (const b of LETTERS + DIGITS) for (const c of LETTERS + DIGITS) if (!taken.has(a + b + c)) return a + b + c;
  throw new Error('no free sigil is left');
}

function* sigilCandidates(id: string): Generator<string> {
  const upper = id.toUpperCase();
  const first = /[A-Z]/.exec(upper)?.[0] ?? 'R';
  const rest = upper.slice(upper.indexOf(first) + 1).replace(/[^A-Z0-9]/g, '');
  const initials = upper
    .split('-')
    .slice(1)
    .map((part) => part[0] ?? '')
    .join('')
    .replace(/[^A-Z0-9]/g, '');
  yield first;
  if (initials) yield (first + initials).slice(0, 3);
  for (const a of rest) yield first + a;
  for (let i = 0; i < rest.length; i++) for (let j = i + 1; j < rest.length; j++) yield first + rest[i] + rest[j];
  for (const d of DIGITS) yield first + d;
  for (const a of LETTERS) yield first + a;
}

/**
 * The sigla already used under `<contentDir>/reposts/`, read from each repost's frontmatter
 * (`except` names a folder to ignore, the one being replaced). Unreadable folders are skipped:
 * the site build reports them, an import need not.
 */
export function takenSigils(contentDir: string, except?: string): Set<string> {
  const taken = new Set<string>();
  const reposts = join(contentDir, 'reposts');
  let names: string[] = [];
  try {
    names = readdirSync(reposts);
  } catch {
    return taken;
  }
  for (const name of names) {
    if (name === except) continue;
    try {
      const path = join(reposts, name, REPOST_FILES.essay);
      const { data } = splitFrontmatter(readFileSync(path, 'utf8'), path);
      const sigil = (data as { sigil?: unknown } | null)?.sigil;
      if (typeof sigil === 'string') taken.add(sigil);
    } catch {
      // Not a repost folder, or a broken one.
    }
  }
  return taken;
}
