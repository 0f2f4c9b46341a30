/**
 * Renders a kustomization the way `kubectl apply -k` would, for the tests: no kustomize binary runs
 * on the project's machines. It understands exactly the features our kustomizations use —
 * `resources` (files and folders), `namespace`, `images` and `patches` holding JSON patches
 * (RFC 6902, applied with fast-json-patch) — and refuses any other field, so a kustomization can't
 * quietly use a feature this renderer would skip. Strategic-merge patches are refused too: write
 * an overlay's changes as JSON patches.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsonPatch, { type Operation } from 'fast-json-patch';
import { parseAllDocuments } from 'yaml';

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

interface ImageChange {
  name: string;
  newName?: string;
  newTag?: string;
}

interface Patch {
  path?: string;
  patch?: string;
  target: { kind?: string; name?: string };
}

const UNDERSTOOD = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches']);

/** Kinds that live outside any namespace (the ones we could ever list). */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);

/** Every document of a YAML file, each checked to be a Kubernetes object. */
export function readObjects(file: string): KubernetesObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).flatMap((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
    const value: unknown = document.toJS();
    if (value === null) return [];
    if (!isObject(value) || typeof value['kind'] !== 'string') {
      throw new Error(`${file}: a document is not a Kubernetes object`);
    }
    return [value as KubernetesObject];
  });
}

export function renderKustomization(dir: string): KubernetesObject[] {
  const file = join(dir, 'kustomization.yaml');
  const [kustomization] = readObjects(file) as unknown as Record<string, unknown>[];
  if (!kustomization) throw new Error(`${file} is empty`);
  for (const field of Object.keys(kustomization)) {
    if (!UNDERSTOOD.has(field)) throw new Error(`${file}: the tests cannot render \`${field}\``);
  }
  let objects = ((kustomization['resources'] ?? []) as string[]).flatMap((resource) => {
    const path = join(dir, resource);
    return statSync(path).isDirectory() ? renderKustomization(path) : readObjects(path);
  });
  for (const patch of (kustomization['patches'] ?? []) as Patch[]) {
    objects = applyPatch(objects, patch, dir, file);
  }
  for (const image of (kustomization['images'] ?? []) as ImageChange[]) {
    objects = objects.map((object) => changeImage(object, image));
  }
  const namespace = kustomization['namespace'];
  if (typeof namespace === 'string') {
    objects = objects.map((object) =>
      CLUSTER_SCOPED.has(object.kind)
        ? object
        : { ...object, metadata: { ...object.metadata, namespace } },
    );
  }
  return objects;
}

function applyPatch(
  objects: KubernetesObject[],
  patch: Patch,
  dir: string,
  file: string,
): KubernetesObject[] {
  const text = patch.path ? readFileSync(join(dir, patch.path), 'utf8') : patch.patch;
  const operations: unknown = text === undefined ? undefined : parseAllDocuments(text)[0]?.toJS();
  if (!Array.isArray(operations)) {
    throw new Error(`${file}: a patch must be a JSON patch (a list of operations)`);
  }
  const { kind, name } = patch.target;
  let matched = 0;
  const patched = objects.map((object) => {
    if ((kind && object.kind !== kind) || (name && object.metadata.name !== name)) return object;
    matched++;
    // validateOperation: true makes a path that does not exist an error, as in kustomize.
    return jsonPatch.applyPatch(structuredClone(object), operations as Operation[], true, false)
      .newDocument;
  });
  if (matched === 0) throw new Error(`${file}: a patch's target (${kind} ${name}) matches nothing`);
  return patched;
}

function changeImage(object: KubernetesObject, change: ImageChange): KubernetesObject {
  const copy = structuredClone(object);
  for (const container of containersOf(copy)) {
    const [name, tag] = splitImage(container.image);
    if (name !== change.name) continue;
    const newTag = change.newTag ?? tag;
    container.image = `${change.newName ?? name}${newTag ? `:${newTag}` : ''}`;
  }
  return copy;
}

function splitImage(image: string): [string, string | undefined] {
  const slash = image.lastIndexOf('/');
  const colon = image.indexOf(':', slash + 1);
  return colon < 0 ? [image, undefined] : [image.slice(0, colon), image.slice(colon + 1)];
}

export interface Container {
  name: string;
  image: string;
  [field: string]: unknown;
}

/** The pod template of a Deployment or Job, if the object has one. */
export function podSpecOf(object: KubernetesObject): Record<string, unknown> | undefined {
  const spec = object['spec'];
  if (!isObject(spec) || !isObject(spec['template'])) return undefined;
  const podSpec = spec['template']['spec'];
  return isObject(podSpec) ? podSpec : undefined;
}

export function containersOf(object: KubernetesObject): Container[] {
  const podSpec = podSpecOf(object);
  if (!podSpec) return [];
  return [
    ...((podSpec['initContainers'] ?? []) as Container[]),
    ...((podSpec['containers'] ?? []) as Container[]),
  ];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
