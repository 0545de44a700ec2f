import { createHash } from 'node:crypto';
import { NotModifiedSchema, SupporterListSchema } from '../../src/core/contract.js';
import type { AccountsRepository } from '../db/accounts-repository.js';
import type { SupportersRepository } from '../db/supporters-repository.js';
import { ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';

export const supportersRoutes: ContractRoutes<{ supporters: SupportersRepository; accounts: AccountsRepository }> = async (app, { supporters, accounts }) => {
  app.get(
    '/supporters',
    {
      schema: {
        summary: 'The peer support roster',
        description:
          'Every supporter with lived experience, languages, ways to reach them, availability, and whether a request addressed to them reaches them (acceptsRequests: they have an active account). Answers 304 to a matching If-None-Match.',
        tags: ['roster'],
        response: { 200: ref(SupporterListSchema), 304: NotModifiedSchema },
      },
    },
    async (request, reply) => {
      const reachable = await accounts.activeSupporterIds();
      const roster = await supporters.list();
      const list = { ...roster, items: roster.items.map((supporter) => ({ ...supporter, acceptsRequests: reachable.has(supporter.id) })) };
      // A strong ETag of the payload lets a portal or proxy skip re-sending an unchanged roster.
      const etag = `"${createHash('sha256').update(JSON.stringify(list)).digest('base64url').slice(0, 27)}"`;
      reply.header('ETag', etag);
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        return reply.code(304).send();
      }
      return list;
    },
  );
};
