import { countFindings, span, type Formatter } from './types';

/** XML 1.0 text: escape markup, drop characters XML cannot hold. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** JUnit XML: one testsuite per file, one testcase per finding (errors and warnings fail). */
export const formatJunit: Formatter = (ctx) => {
  const n = countFindings(ctx.files);
  const failures = n.errors + n.warnings;
  const tests = ctx.files.reduce((acc, f) => acc + Math.max(1, f.findings.length), 0);
  let out = '<?xml version="1.0" encoding="utf-8"?>\n';
  out += `<testsuites name="walint" tests="${tests}" failures="${failures}" errors="0">\n`;
  for (const file of ctx.files) {
    const name = xmlEscape(file.path);
    const fileFailures = file.findings.filter((f) => f.severity !== 'info').length;
    out += `  <testsuite name="${name}" package="walint" tests="${Math.max(1, file.findings.length)}" failures="${fileFailures}" errors="0" skipped="0" time="0">\n`;
    if (!file.findings.length) out += `    <testcase name="${name}" classname="${name}" time="0"/>\n`;
    for (const f of file.findings) {
      const s = span(f);
      const title = xmlEscape(`${f.rule} at ${s.line}:${s.column}`);
      out += `    <testcase name="${title}" classname="${name}" file="${name}" line="${s.line}" time="0">\n`;
      const body = xmlEscape(`${file.path}:${s.line}:${s.column}: ${f.message} (${f.rule})`);
      if (f.severity === 'info') out += `      <system-out>${body}</system-out>\n`;
      else out += `      <failure message="${xmlEscape(f.message)}" type="${f.severity}">${body}</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  out += '</testsuites>\n';
  return out;
};
