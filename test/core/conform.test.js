import { expect } from '@open-wc/testing';
import { conformList, conformRecord } from '../../src/core/conform.js';
import { ResourceSchema, SupporterSchema } from '../../src/core/contract.js';
import { PeerBadResponseError } from '../../src/core/errors.js';
import '../support/rig.js';
const supporter = (overrides = {}) => ({
    id: 's-1',
    displayName: 'Rosa Example',
    experiences: ['veteran'],
    languages: ['en', 'es'],
    channels: [{ kind: 'text', value: '555-0101' }],
    availability: { status: 'available', since: '2026-11-01T10:00:00Z' },
    ...overrides,
});
describe('conform (tolerant reading of server data by the contract)', () => {
    it('keeps a valid record as it is', () => {
        const issues = [];
        expect(conformRecord(SupporterSchema, supporter(), issues)).to.deep.equal(supporter());
        expect(issues).to.deep.equal([]);
    });
    it('shows what it safely can: numbers as text, long text cut, non-lists as empty, bad entries dropped', () => {
        const issues = [];
        const result = conformRecord(SupporterSchema, supporter({ displayName: 42, bio: 'x'.repeat(100_000), experiences: 'veteran', languages: ['en', 7, { a: 1 }, 'es'], pronouns: null, extra: '<img src=x onerror=alert(1)>' }), issues);
        expect(result.displayName).to.equal('42');
        expect(result.bio).to.have.length(600);
        expect(result.experiences).to.deep.equal([]);
        expect(result.languages).to.deep.equal(['en', 'es']);
        expect(result).not.to.have.property('extra');
        expect(result).not.to.have.property('pronouns');
        expect(issues.map((issue) => issue.path)).to.include.members(['displayName', 'bio', 'experiences', 'languages[1]', 'languages[2]']);
    });
    it('drops a record without a usable id or name, and counts it', () => {
        const list = conformList(SupporterSchema, {
            items: [supporter(), supporter({ id: undefined }), supporter({ id: 's-3', displayName: '' }), 'nope', supporter({ id: 's-2' })],
            updatedAt: '2026-11-20T08:00:00Z',
        });
        expect(list.items.map((item) => item.id)).to.deep.equal(['s-1', 's-2']);
        expect(list.dropped).to.equal(3);
        expect(list.updatedAt).to.equal('2026-11-20T08:00:00Z');
    });
    it('keeps a supporter whose availability it cannot read, as "unknown", and says which record and field', () => {
        const list = conformList(SupporterSchema, {
            items: [
                supporter({ id: 'odd', availability: { status: 'asleep', since: 'x' } }),
                supporter({ id: 'none', availability: undefined }),
                supporter({ id: 'flat', availability: 'available' }),
            ],
        });
        expect(list.dropped).to.equal(0);
        expect(list.items.map((item) => item.availability)).to.deep.equal([{ status: 'unknown' }, { status: 'unknown' }, { status: 'unknown' }]);
        expect(list.issues).to.deep.include({ path: 'items[0].availability.status', recordId: 'odd', message: '"asleep" is not one of available, busy, on-break, off-duty; shown as "unknown"' });
        expect(list.issues).to.deep.include({ path: 'items[0].availability.since', recordId: 'odd', message: 'not a date; left out' });
        expect(list.issues).to.deep.include({ path: 'items[1].availability', recordId: 'none', message: 'missing; shown as {"status":"unknown"}' });
    });
    it('reads case and spacing variants of known values, and "true"/"false" as booleans', () => {
        const issues = [];
        const result = conformRecord(SupporterSchema, supporter({ availability: { status: ' On Break ', since: '2026-11-01T10:00:00Z' }, channels: [{ kind: 'EMAIL', value: 'a@b.org' }], acceptsRequests: 'False' }), issues);
        expect(result.availability.status).to.equal('on-break');
        expect(result.channels).to.deep.equal([{ kind: 'email', value: 'a@b.org' }]);
        expect(result.acceptsRequests).to.equal(false);
        expect(issues.map((issue) => issue.message)).to.deep.equal(['"EMAIL" read as "email"', '" On Break " read as "on-break"', '"False" read as false']);
    });
    it('keeps a listing with an id and a name, with stand-ins that claim nothing for what it cannot read', () => {
        const resource = conformRecord(ResourceSchema, {
            id: 'r-1',
            name: 'Listing',
            category: 'peer support',
            phones: [{ number: '555-0100', kind: 'fax' }],
            hours: 'ask',
            confidential: 'yes',
            cost: 'sliding',
            languages: [],
            audiences: ['Staff', 'pets'],
            verifiedOn: 'spring',
        });
        expect(resource).to.deep.equal({ id: 'r-1', name: 'Listing', category: 'other', phones: [], hours: { is24x7: false }, confidential: false, languages: [], audiences: ['staff'] });
        expect(conformRecord(ResourceSchema, { name: 'No id' })).to.equal(undefined);
    });
    it('accepts a bare array, and refuses a body with no list at all', () => {
        expect(conformList(SupporterSchema, [supporter()]).items).to.have.length(1);
        for (const body of [null, 'text', { data: [] }, { items: 'x' }, 12]) {
            expect(() => conformList(SupporterSchema, body)).to.throw(PeerBadResponseError);
        }
    });
    it('never lets a prototype key through', () => {
        const hostile = JSON.parse('{"id":"s-9","displayName":"A","experiences":[],"languages":[],"channels":[],"availability":{"status":"busy","since":"2026-01-01T00:00:00Z"},"__proto__":{"polluted":true}}');
        const result = conformRecord(SupporterSchema, hostile);
        expect({}.polluted).to.equal(undefined);
        expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
        expect(result.polluted).to.equal(undefined);
    });
});
