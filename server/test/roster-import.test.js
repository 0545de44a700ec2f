import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildApp } from '../app.js';
import { parseCsv, readRosterFile } from '../roster-import.js';
import { testApp } from './helpers.js';
const fixture = (name) => join('test/fixtures/roster', name);
const read = (name) => readRosterFile(name, readFileSync(fixture(name), 'utf8'), new Date('2026-11-24T12:00:00Z'));
test('CSV: quoted cells keep commas, doubled quotes and line breaks; records know their first line', () => {
    const records = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n3,4\n');
    assert.deepEqual(records.map((record) => record.line), [1, 2, 4]);
    assert.deepEqual(records[1].cells, ['x, y', 'say "hi"\nthere']);
});
test('a good CSV becomes supporters by the contract', () => {
    const result = read('good.csv');
    assert.ok(result.ok);
    assert.equal(result.supporters.length, 2);
    assert.deepEqual(result.supporters[0].experiences, ['new parent', 'critical incident']);
    assert.deepEqual(result.supporters[0].channels, [{ kind: 'phone', value: '555-0131' }, { kind: 'text', value: '555-0131' }]);
    assert.match(result.supporters[1].bio ?? '', /"welcome", commas too, and\na line break/);
});
test('a bad CSV reports every bad row by its line number', () => {
    const result = read('bad.csv');
    assert.equal(result.ok, false);
    const byLine = new Map();
    for (const problem of result.ok ? [] : result.problems)
        byLine.set(problem.line, [...(byLine.get(problem.line) ?? []), problem.message]);
    assert.deepEqual([...byLine.keys()].sort(), [3, 4, 5]);
    assert.match(byLine.get(3).join(' '), /"id" is not in the expected form/);
    assert.match(byLine.get(4).join(' '), /"displayName" must not be empty/);
    assert.match(byLine.get(4).join(' '), /must be one of: available, busy, on-break, off-duty/);
    assert.match(byLine.get(5).join(' '), /languages\.0/);
});
test('JSON rows are reported by the line where each record starts', () => {
    assert.ok(read('good.json').ok);
    const result = read('bad.json');
    assert.equal(result.ok, false);
    const messages = result.ok ? [] : result.problems;
    assert.ok(messages.every((problem) => problem.line === 10), JSON.stringify(messages));
    const text = messages.map((problem) => problem.message).join(' ');
    assert.match(text, /"displayName" is required/);
    assert.match(text, /"salary" is not part of this form/);
    assert.match(text, /"channels.0.kind" must be one of/);
    const broken = readRosterFile('x.json', '{\n  "items": [\n  {"id": }\n]}');
    assert.equal(broken.ok, false);
    assert.match(broken.ok ? '' : broken.problems[0].message, /not valid JSON/);
});
test('the CLI replaces the roster atomically, and changes nothing when any row is bad', async () => {
    const { app, dbFile } = await testApp();
    const env = { ...process.env, DB_FILE: dbFile };
    const cli = ['--import', 'tsx', 'server/cli/roster-import.ts'];
    const before = (await app.inject({ url: '/api/supporters' })).json().items.length;
    const bad = spawnSync(process.execPath, [...cli, fixture('bad.csv')], { env, encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /Nothing was changed/);
    assert.match(bad.stderr, /line 3: /);
    assert.equal((await app.inject({ url: '/api/supporters' })).json().items.length, before);
    const good = execFileSync(process.execPath, [...cli, fixture('good.csv')], { env, encoding: 'utf8' });
    assert.match(good, /2 added, 0 updated, 12 removed/);
    const reopened = await buildApp({ dbFile });
    const names = (await reopened.inject({ url: '/api/supporters' })).json().items.map((supporter) => supporter.displayName);
    await reopened.close();
    assert.deepEqual(names, ['Pat Lee-Example', 'Sam Ortiz-Sample']);
});
