import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readHsdsExport } from '../hsds-import.js';
import { testApp } from './helpers.js';
const read = (name) => readHsdsExport(readFileSync(`test/fixtures/hsds/${name}`, 'utf8'), new Date('2026-11-24T12:00:00Z'));
test('an HSDS 3 export (tables joined by id) maps to directory listings', () => {
    const { resources, errors, notes } = read('sample.json');
    assert.deepEqual(errors, []);
    const byId = Object.fromEntries(resources.map((resource) => [resource.id, resource]));
    const warmline = byId['svc-warmline'];
    assert.equal(warmline.category, 'crisis-line');
    assert.equal(warmline.hours.is24x7, true);
    assert.equal(warmline.cost, 'free');
    assert.deepEqual(warmline.phones, [{ number: '555-0130', kind: 'voice' }, { number: '555-0131', kind: 'text', label: 'Text TALK' }]);
    assert.equal(warmline.url, 'https://lakeside.example.org');
    assert.deepEqual(warmline.languages, ['en', 'es']);
    assert.equal(warmline.verifiedOn, '2026-10-15');
    const grief = byId['svc-grief'];
    assert.equal(grief.category, 'support-group');
    assert.deepEqual(grief.hours, { is24x7: false, timeZone: 'Etc/GMT+6', schedule: [{ day: 2, opens: '18:30', closes: '20:00' }], note: 'Second Tuesday of the month' });
    const debt = byId['svc-debt'];
    assert.equal(debt.category, 'financial');
    assert.equal(debt.cost, 'low-cost');
    assert.equal(debt.url, undefined, 'http website left out');
    assert.equal(debt.hours.timeZone, 'America/Denver');
    assert.equal(byId['svc-yoga'].category, 'other');
    const text = notes.join('\n');
    assert.match(text, /not confidential/);
    assert.match(text, /fax number was left out/);
    assert.match(text, /is not https/);
    assert.match(text, /Gentle Yoga in the Park": no category recognised/);
});
test('a broken export reports each problem with its line and field', () => {
    const { errors } = read('broken.json');
    assert.deepEqual(errors, [
        { line: 7, message: 'services[1].name is missing.' },
        { line: 11, message: 'services[2].phones[0].number must be text.' },
    ]);
    assert.equal(readHsdsExport('{"services": [').errors.length, 1);
    assert.match(readHsdsExport('{"organizations": []}').errors[0].message, /Expected an HSDS export/);
});
test('the CLI replaces the directory atomically, and changes nothing when the file is broken', async () => {
    const { app, dbFile } = await testApp();
    const env = { ...process.env, DB_FILE: dbFile };
    const cli = ['--import', 'tsx', 'server/cli/resources-import.ts'];
    const names = async () => (await app.inject({ url: '/api/resources' })).json().items.map((resource) => resource.name);
    const before = await names();
    const broken = spawnSync(process.execPath, [...cli, 'test/fixtures/hsds/broken.json'], { env, encoding: 'utf8' });
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /Nothing was changed/);
    assert.match(broken.stderr, /line 7: services\[1\]\.name is missing/);
    assert.deepEqual(await names(), before);
    const output = execFileSync(process.execPath, [...cli, 'test/fixtures/hsds/sample.json'], { env, encoding: 'utf8' });
    assert.match(output, /Replaced the directory with 4 listing/);
    assert.match(output, /note: /);
    assert.deepEqual(await names(), ['Lakeside Crisis Warmline', 'Debt and Budget Coaching', 'Gentle Yoga in the Park', 'Tuesday Grief Circle']);
});
