// The statement catalogue (src/db/statements.ts) declares each .cypher file's parameters and rows; the
// compiler checks those declarations against src/generated/statements.ts, which this test keeps equal to
// the files: a statement added, removed or given a new $parameter fails here until it is regenerated
// (UPDATE_STATEMENTS=1 npx jest test/unit/statements.test.ts) and then fails `tsc` until it is declared.
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const cypherDir = path.join(root, 'cypher');
const target = path.join(root, 'src', 'generated', 'statements.ts');

function statementFiles(dir = ''): string[] {
  return fs
    .readdirSync(path.join(cypherDir, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? statementFiles(path.posix.join(dir, e.name)) : [path.posix.join(dir, e.name)]))
    .filter((f) => f.endsWith('.cypher') && !f.startsWith('migrations/'))
    .sort();
}

/** The $parameters a statement reads; `//` comment lines are not part of it. */
function parameters(text: string): string[] {
  const code = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n');
  return [...new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))].sort();
}

function render(): string {
  const lines = statementFiles().map((file) => {
    const names = parameters(fs.readFileSync(path.join(cypherDir, file), 'utf8'));
    return `  '${file.replace(/\.cypher$/, '')}': ${names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never'};`;
  });
  return [
    '// Generated from cypher/**/*.cypher (not migrations) by test/unit/statements.test.ts: do not edit.',
    '// Run UPDATE_STATEMENTS=1 npx jest test/unit/statements.test.ts after changing a statement file.',
    '',
    '/** Each statement file by name, with the $parameters it reads. */',
    'export interface StatementParameterNames {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

describe('statement catalogue', () => {
  it('src/generated/statements.ts lists every statement file and its parameters', () => {
    const fresh = render();
    if (process.env.UPDATE_STATEMENTS === '1') fs.writeFileSync(target, fresh);
    expect(fs.readFileSync(target, 'utf8')).toBe(fresh);
  });
});
