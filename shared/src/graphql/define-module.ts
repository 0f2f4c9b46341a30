import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventHandlers } from '../events/subscribe.ts';
import type { ReferenceResolvers } from './federated-schema.ts';
import type { ServiceEntity } from '../orm/service-orm.ts';
import type { ServiceDefinition } from './service.ts';

/** type-graphql's own type for resolver and object-type classes. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes Function
type SchemaClass = Function;

/**
 * One domain module of a service, as `src/modules/<module>/index.ts` declares it: everything the
 * service must wire in for it, so the service's own wiring is a list of modules.
 */
export interface ServiceModule<Loaders extends object = object> {
  /** The folder's name, for the messages that say which module declared what. */
  name: string;
  entities: readonly ServiceEntity[];
  resolvers: readonly SchemaClass[];
  /** Entities this subgraph extends but never returns from a root field. */
  orphanedTypes: readonly SchemaClass[];
  /** `__resolveReference` per entity type, each batched (see `*.reference.ts`). */
  references: ReferenceResolvers;
  /** Per request: the module's batching loaders, spread into `context.loaders`. */
  createLoaders: (em: EntityManager) => Loaders;
  /** The other services' events this module handles (each handler idempotent). */
  subscriptions: EventHandlers;
}

/** What a module declares; every part but its name may be left out. */
export type ModuleParts<Loaders extends object> = Partial<Omit<ServiceModule<Loaders>, 'name'>> &
  Pick<ServiceModule<Loaders>, 'name'>;

/** Declares a module; its loaders' type is inferred from `createLoaders`. */
export function defineModule<Loaders extends object = Record<never, never>>(
  parts: ModuleParts<Loaders>,
): ServiceModule<Loaders> {
  return {
    entities: [],
    resolvers: [],
    orphanedTypes: [],
    references: {},
    createLoaders: () => ({}) as Loaders,
    subscriptions: {},
    ...parts,
  };
}

/**
 * The loaders of a list of modules or loader factories, merged: the type `context.loaders` has.
 * A service's `context.ts` names its loader factories with it (it imports loaders, never module
 * indexes, whose resolvers import the context), and `defineService` checks the two agree.
 */
export type MergedLoaders<Parts extends readonly unknown[]> = Parts extends readonly [
  infer First,
  ...infer Rest,
]
  ? LoadersOf<First> & MergedLoaders<Rest>
  : unknown;

type LoadersOf<Part> =
  Part extends ServiceModule<infer Loaders>
    ? Loaders
    : Part extends (em: EntityManager) => infer Loaders
      ? Loaders
      : never;

/** A service: its modules, plus what belongs to the service as a whole. */
export interface ServiceParts<Modules extends readonly ServiceModule[]> extends Omit<
  ServiceDefinition<MergedLoaders<Modules>>,
  'entities' | 'schema' | 'createLoaders' | 'subscriptions'
> {
  modules: Modules;
  /** Entities of no one module that every module may write (the outbox, the audit trail). */
  entities?: ServiceEntity[];
}

/**
 * Assembles a service's modules into the definition that `startService`, the test harness and
 * the gateway's composition use. Two modules may not claim the same reference type, event or
 * loader: each has exactly one home.
 */
export function defineService<const Modules extends readonly ServiceModule[]>({
  modules,
  entities = [],
  ...service
}: ServiceParts<Modules>): ServiceDefinition<MergedLoaders<Modules>> {
  const [firstResolver, ...resolvers] = modules.flatMap((module) => module.resolvers);
  if (!firstResolver) throw new Error(`${service.name} has no resolvers.`);
  return {
    ...service,
    entities: [...entities, ...modules.flatMap((module) => module.entities)],
    schema: {
      resolvers: [firstResolver, ...resolvers],
      orphanedTypes: modules.flatMap((module) => module.orphanedTypes),
      references: mergeOnce(service.name, 'reference', modules, (module) => module.references),
    },
    subscriptions: mergeOnce(service.name, 'event', modules, (module) => module.subscriptions),
    createLoaders: (em) =>
      mergeOnce(service.name, 'loader', modules, (module) =>
        module.createLoaders(em),
      ) as MergedLoaders<Modules>,
  };
}

/** Merges one part of every module, refusing a key that two modules declare. */
function mergeOnce<Part extends object>(
  service: string,
  kind: string,
  modules: readonly ServiceModule[],
  part: (module: ServiceModule) => Part,
): Part {
  const merged: Record<string, unknown> = {};
  const owners = new Map<string, string>();
  for (const module of modules) {
    for (const [key, value] of Object.entries(part(module))) {
      const owner = owners.get(key);
      if (owner) {
        throw new Error(
          `${service}: the ${kind} ${key} is declared by ${owner} and ${module.name}.`,
        );
      }
      owners.set(key, module.name);
      merged[key] = value;
    }
  }
  return merged as Part;
}
