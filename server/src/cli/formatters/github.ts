import { span, type Formatter } from './types';

/** Escaping of workflow command data (the message). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of workflow command properties (file, title...). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: annotations on the pull request's files. */
export const formatGithub: Formatter = (ctx) => {
  let out = '';
  for (const file of ctx.files) {
    for (const f of file.findings) {
      const s = span(f);
      const props = [`file=${escapeProperty(file.path)}`, `line=${s.line}`, `col=${s.column}`, `endLine=${s.endLine}`, `endColumn=${s.endColumn}`, `title=${escapeProperty(f.rule)}`].join(',');
      out += `::${COMMAND[f.severity]} ${props}::${escapeData(`${f.message} (${f.rule})`)}\n`;
    }
  }
  return out;
};
