// "I need to talk this through": a supporter's own request to a fellow supporter travels the request
// path marked `peerToPeer`; whoever may read it sees who is asking, a coordinator's summary does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signIn, testApp, validRequest } from './helpers.js';

test('a peer-to-peer request says so to the supporter it is for, and to the team in a preview, never in a coordinator’s summary', async () => {
  const { app, dbFile } = await testApp();
  const named = validRequest({ supporterId: 'ana-rivera', peerToPeer: true, message: 'That call last night is still with me.' });
  const anyone = validRequest({ peerToPeer: true, preferences: { notMyTeam: true, team: 'Station 9' } });
  const ordinary = validRequest({ supporterId: 'ana-rivera' });
  for (const request of [named, anyone, ordinary]) {
    const response = await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': request.id }, payload: request });
    assert.equal(response.statusCode, 201, response.body);
  }
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const coordinator = await signIn(app, dbFile, 'coordinator');
  const byId = async (headers: Record<string, string>) => new Map<string, Record<string, unknown>>((await app.inject({ url: '/api/inbox', headers })).json().items.map((item: { id: string }) => [item.id, item]));
  const seenByAna = await byId(ana.headers);
  assert.equal(seenByAna.get(named.id)?.view, 'full');
  assert.equal(seenByAna.get(named.id)?.peerToPeer, true);
  assert.equal(seenByAna.get(anyone.id)?.view, 'preview');
  assert.equal(seenByAna.get(anyone.id)?.peerToPeer, true);
  assert.equal(seenByAna.get(ordinary.id)?.peerToPeer, undefined, 'an ordinary request carries no flag');
  const seenByCoordinator = await byId(coordinator.headers);
  for (const request of [named, anyone]) {
    assert.equal(seenByCoordinator.get(request.id)?.view, 'summary');
    assert.equal('peerToPeer' in seenByCoordinator.get(request.id)!, false, 'the summary does not say a supporter asked');
  }
});

test('a resend with the flag changed is a different body (the Idempotency-Key rule holds)', async () => {
  const { app } = await testApp();
  const request = validRequest({ supporterId: 'ana-rivera', peerToPeer: true });
  assert.equal((await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': request.id }, payload: request })).statusCode, 201);
  const changed = await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': request.id }, payload: { ...request, peerToPeer: false } });
  assert.equal(changed.statusCode, 422, changed.body);
});
