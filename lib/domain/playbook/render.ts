import { isVariable, type Variable } from './variables';

export type ReplyValues = Partial<Record<Variable, string | number | null | undefined>>;

const PLACEHOLDER = /\{([a-z]+)\}/g;

function format(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '';
  // A value never introduces a placeholder of its own.
  return v.replace(/[{}]/g, '').trim();
}

/**
 * Fill `{variable}` placeholders in one pass. Every known variable with a value is replaced; a variable without
 * a value (missing, empty, blank) stays as its placeholder so the agent sees the gap, and is listed in `missing`
 * (each once, in order of appearance). Unknown `{words}` are left alone.
 */
export function renderReply(text: string, values: ReplyValues = {}): { text: string; missing: Variable[] } {
  const missing: Variable[] = [];
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isVariable(name)) return whole;
    const raw = values[name];
    const v = raw == null ? '' : format(raw);
    if (v) return v;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text: out, missing };
}

/** The variables a text uses, each once, in order. */
export function variablesIn(text: string): Variable[] {
  const out: Variable[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (isVariable(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
