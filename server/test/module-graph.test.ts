// server/db has no import cycle: connection.ts is imported by the repositories and imports none of
// them; database.ts, which seeds, sits above both. Type-only imports count too: a cycle through
// types still ties the modules together for every reader and every refactoring.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dbDir = resolve(serverDir, 'db');

/** Relative imports and re-exports of a module (`import type` included), as files. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
    .filter((path) => existsSync(path));
}

/** Every cycle reachable from these modules, following imports wherever they lead (into src/ too). */
function cyclesFrom(starts: string[], importsOfFile: (file: string) => string[]): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of importsOfFile(file)) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of starts) if (!state.has(file)) visit(file);
  return cycles;
}

test('the cycle finder finds a cycle, type-only or not', () => {
  const graph: Record<string, string[]> = { 'database.ts': ['sample-data.ts'], 'sample-data.ts': ['repository.ts'], 'repository.ts': ['database.ts'] };
  assert.deepEqual(cyclesFrom(['database.ts'], (file) => graph[file] ?? []), [['database.ts', 'sample-data.ts', 'repository.ts', 'database.ts']]);
  const parsed = ts.preProcessFile("import type { Db } from './database.js';\nexport { x } from './x.js';\n", true, true).importedFiles.map((file) => file.fileName);
  assert.deepEqual(parsed, ['./database.js', './x.js']);
});

test('server/db has no import cycle', () => {
  const modules = readdirSync(dbDir).filter((name) => name.endsWith('.ts')).map((name) => resolve(dbDir, name));
  assert.ok(modules.length >= 8, 'the db modules were found');
  const cycles = cyclesFrom(modules, importsOf).map((cycle) => cycle.map((file) => relative(serverDir, file)).join(' → '));
  assert.deepEqual(cycles, []);
  // The repositories take the connection from connection.ts, which knows nothing of them.
  assert.deepEqual(importsOf(resolve(dbDir, 'connection.ts')).map((file) => relative(dbDir, file)), ['migrations.ts']);
});
