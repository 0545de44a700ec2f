// The outbox controller on its own: one element's submitted record, followed from saving to sent
// (or to "waiting to retry", or cancelled), through the shared outbox and the fault proxy.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveConfig } from '../../src/core/config.js';
import { outboxScopeFor } from '../../src/core/outbox.js';
import { OutboxController } from '../../src/core/outbox-controller.js';
import { PROXY_URL, clearFaults, injectFault } from '../support/rig.js';
import { emptyOutbox, requestsUrl, validRequest } from '../support/outbox-helpers.js';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  private waiting: { check: () => boolean; resolve: () => void }[] = [];
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.waiting = this.waiting.filter(({ check, resolve }) => (check() ? (resolve(), false) : true));
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
  /** Resolves at the first update asked for once `check` holds. */
  updatedWhen(check: () => boolean): Promise<void> {
    return new Promise((resolve) => this.waiting.push({ check, resolve }));
  }
}

function connected(onSent?: (id: string, receipt: unknown) => void) {
  const host = new Host();
  const scope = outboxScopeFor(resolveConfig({ endpoint: PROXY_URL, timeoutMs: 2_000 }));
  const sender = new OutboxController<{ who: string }>(host, scope, { onSent });
  sender.hostConnected();
  return { host, sender };
}

describe('OutboxController', () => {
  let disconnect: (() => void) | undefined;
  beforeEach(async () => {
    await clearFaults();
    await emptyOutbox();
  });
  afterEach(async () => {
    disconnect?.();
    disconnect = undefined;
    await clearFaults();
    await emptyOutbox();
  });

  it('follows a submitted record from saving to sent, keeps what the element remembers with it, and says so once', async () => {
    const sentIds: string[] = [];
    let sentReceipt: unknown;
    const { host, sender } = connected((id, receipt) => {
      sentIds.push(id);
      sentReceipt = receipt;
    });
    disconnect = () => sender.hostDisconnected();
    const request = validRequest();
    const sent = host.updatedWhen(() => sender.tracked?.state === 'sent');
    const submitting = sender.submit(requestsUrl(), request, request.id, { who: 'Ana' });
    expect(sender.tracked).to.deep.include({ id: request.id, state: 'saving', saved: false, meta: { who: 'Ana' } });
    expect(await submitting).to.deep.equal({ id: request.id, persisted: true });
    expect(sender.tracked!.saved).to.equal(true);
    await sent;
    expect(sentIds).to.deep.equal([request.id]);
    expect(sender.tracked!.receipt).to.equal(sentReceipt);
    expect((sentReceipt as { respondBy?: string }).respondBy).to.be.a('string');
    expect(sender.tracked!.record, 'no record once sent').to.equal(undefined);
    sender.forget();
    expect(sender.tracked).to.equal(undefined);
  });

  it('offline: says "retrying" with the record, lists it for nobody else, and forgets it once cancelled', async () => {
    await injectFault({ match: '/api/requests', drop: true });
    const { host, sender } = connected();
    disconnect = () => sender.hostDisconnected();
    const request = validRequest();
    const retrying = host.updatedWhen(() => sender.tracked?.state === 'retrying');
    await sender.submit(requestsUrl(), request, request.id, { who: 'anyone' });
    await retrying;
    expect(sender.tracked!.record!.lastError!.message).to.contain("We couldn't reach the server");
    expect(await sender.pendingFor(requestsUrl()), 'the tracked record is not "from an earlier visit"').to.deep.equal([]);
    const cancelled = host.updatedWhen(() => sender.tracked === undefined);
    await sender.cancel(request.id);
    await cancelled;
  });
});
