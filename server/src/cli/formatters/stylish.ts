import { countFindings, span, type Formatter } from './types';

const ansi = (open: number, close: number) => (on: boolean, s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
const red = ansi(31, 39);
const yellow = ansi(33, 39);
const cyan = ansi(36, 39);
const dim = ansi(2, 22);
const bold = ansi(1, 22);
const underline = ansi(4, 24);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** ESLint-like: findings grouped by file, aligned columns, one summary line. */
export const formatStylish: Formatter = (ctx) => {
  const c = ctx.color;
  let out = '';
  for (const file of ctx.files) {
    if (!file.findings.length) continue;
    const rows = file.findings.map((f) => {
      const s = span(f);
      return { pos: `${s.line}:${s.column}`, severity: f.severity, message: f.message.replace(/\s*\r?\n\s*/g, ' '), rule: f.rule };
    });
    const posW = Math.max(...rows.map((r) => r.pos.length));
    const msgW = Math.min(100, Math.max(...rows.map((r) => r.message.length)));
    out += `\n${underline(c, file.path)}\n`;
    for (const r of rows) {
      const sev = r.severity === 'error' ? red(c, 'error  ') : r.severity === 'warning' ? yellow(c, 'warning') : cyan(c, 'info   ');
      out += `  ${dim(c, r.pos.padEnd(posW))}  ${sev}  ${r.message.padEnd(msgW)}  ${dim(c, r.rule)}\n`;
    }
  }
  const n = countFindings(ctx.files);
  const total = n.errors + n.warnings + n.infos;
  if (total > 0) {
    const summary = `✖ ${plural(total, 'problem', 'problems')} (${plural(n.errors, 'error', 'errors')}, ${plural(n.warnings, 'warning', 'warnings')}, ${plural(n.infos, 'info', 'infos')})`;
    const colour = n.errors ? red : n.warnings ? yellow : cyan;
    out += `\n${colour(c, bold(c, summary))}\n`;
    const checked = ctx.files.length;
    out += dim(c, `${plural(checked, 'file', 'files')} checked.`) + '\n';
  }
  if (ctx.maxWarnings) {
    out += `\n${red(c, `walint found too many warnings (maximum: ${ctx.maxWarnings.max}, found: ${ctx.maxWarnings.count}).`)}\n`;
  }
  return out;
};
