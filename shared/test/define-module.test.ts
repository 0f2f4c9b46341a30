import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { defineModule, defineService } from '../src/graphql/define-module.ts';

class AreaEntity {}
class TeamEntity {}
class AreaResolver {}
class TeamResolver {}
class TeamExtension {}
const em = {} as EntityManager;
const noSeed = async () => undefined;
const service = {
  name: 'engagement' as const,
  migrations: [],
  migrationsFolder: '.',
  seedDemoData: noSeed,
};

const areas = defineModule({
  name: 'areas',
  entities: [AreaEntity],
  resolvers: [AreaResolver],
  references: { Area: { __resolveReference: (reference: { id: string }) => reference } },
  createLoaders: () => ({ areaById: 'areas' }),
});
const teams = defineModule({
  name: 'teams',
  entities: [TeamEntity],
  resolvers: [TeamResolver],
  orphanedTypes: [TeamExtension],
  createLoaders: () => ({ teamById: 'teams' }),
  subscriptions: { 'neighbourhood.upserted': async () => undefined },
});

describe('a service assembled from its modules', () => {
  it('has every module’s entities, resolvers, references, loaders and event handlers', () => {
    class Outbox {}
    const definition = defineService({ ...service, modules: [areas, teams], entities: [Outbox] });
    expect(definition.entities).toEqual([Outbox, AreaEntity, TeamEntity]);
    expect(definition.schema.resolvers).toEqual([AreaResolver, TeamResolver]);
    expect(definition.schema.orphanedTypes).toEqual([TeamExtension]);
    expect(Object.keys(definition.schema.references ?? {})).toEqual(['Area']);
    expect(Object.keys(definition.subscriptions ?? {})).toEqual(['neighbourhood.upserted']);
    const loaders = definition.createLoaders(em);
    expect(loaders).toEqual({ areaById: 'areas', teamById: 'teams' });
    // The merged type reaches the context: both modules' loaders are typed.
    expect([loaders.areaById, loaders.teamById]).toEqual(['areas', 'teams']);
  });

  it('refuses two modules handling the same event, naming both', () => {
    const twin = defineModule({
      name: 'twin',
      subscriptions: { 'neighbourhood.upserted': async () => undefined },
    });
    expect(() => defineService({ ...service, modules: [teams, twin] })).toThrow(
      'engagement: the event neighbourhood.upserted is declared by teams and twin.',
    );
  });

  it('refuses two modules giving the same loader', () => {
    const twin = defineModule({ name: 'twin', createLoaders: () => ({ teamById: 'twin' }) });
    const definition = defineService({ ...service, modules: [teams, twin] });
    expect(() => definition.createLoaders(em)).toThrow(/loader teamById is declared by teams/);
  });

  it('refuses a service with no resolvers', () => {
    const empty = defineModule({ name: 'empty' });
    expect(() => defineService({ ...service, modules: [empty] })).toThrow(/no resolvers/);
  });
});
