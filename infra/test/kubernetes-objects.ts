/**
 * Lookups over rendered Kubernetes objects, for the manifest tests: the models that validate each
 * kind, which pods a selector picks and whether NetworkPolicies let one pod reach another.
 */
import type { KubernetesObject } from '../kubernetes/render.ts';

interface Model {
  validate(): void;
}
type ModelClass = new (data: never) => Model;

/**
 * The Kubernetes schema of every kind the manifests hold, from `kubernetes-models` (the OpenAPI
 * schemas of the Kubernetes API, compiled for ajv). A kind not listed here is an error, not a pass:
 * add it when a manifest needs it.
 */
const MODELS: Record<string, () => Promise<ModelClass>> = {
  'v1/ConfigMap': async () => (await import('kubernetes-models/v1/ConfigMap')).ConfigMap,
  'v1/Namespace': async () => (await import('kubernetes-models/v1/Namespace')).Namespace,
  'v1/Service': async () => (await import('kubernetes-models/v1/Service')).Service,
  'apps/v1/Deployment': async () =>
    (await import('kubernetes-models/apps/v1/Deployment')).Deployment,
  'batch/v1/Job': async () => (await import('kubernetes-models/batch/v1/Job')).Job,
  'autoscaling/v2/HorizontalPodAutoscaler': async () =>
    (await import('kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'))
      .HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': async () =>
    (await import('kubernetes-models/policy/v1/PodDisruptionBudget')).PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': async () =>
    (await import('kubernetes-models/networking.k8s.io/v1/NetworkPolicy')).NetworkPolicy,
  'networking.k8s.io/v1/Ingress': async () =>
    (await import('kubernetes-models/networking.k8s.io/v1/Ingress')).Ingress,
};

/** Throws, naming the field, when the object breaks its kind's schema. */
export async function validateAgainstSchema(object: KubernetesObject): Promise<void> {
  const model = MODELS[`${object.apiVersion}/${object.kind}`];
  if (!model) throw new Error(`no Kubernetes schema for ${object.apiVersion} ${object.kind}`);
  const Class = await model();
  // The object is what the schema checks, so it is given as it is, untyped.
  new Class(object as never).validate();
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: {
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }[];
}

/** Kubernetes's rule: every matchLabels pair and every expression must hold. `{}` selects all. */
export function selects(selector: LabelSelector, labels: Record<string, string> = {}): boolean {
  const pairs = Object.entries(selector.matchLabels ?? {});
  const expressions = selector.matchExpressions ?? [];
  return (
    pairs.every(([key, value]) => labels[key] === value) &&
    expressions.every(({ key, operator, values = [] }) => {
      switch (operator) {
        case 'In':
          return key in labels && values.includes(labels[key]!);
        case 'NotIn':
          return !(key in labels) || !values.includes(labels[key]!);
        case 'Exists':
          return key in labels;
        case 'DoesNotExist':
          return !(key in labels);
      }
    })
  );
}

/** A pod as NetworkPolicies see it: its labels and the ports its containers name. */
export interface Pod {
  labels: Record<string, string>;
  ports: { name?: string; containerPort: number }[];
}

interface PolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: unknown;
}
interface PolicyPort {
  protocol?: string;
  port?: number | string;
}
interface PolicyRule {
  from?: PolicyPeer[];
  to?: PolicyPeer[];
  ports?: PolicyPort[];
}
interface PolicySpec {
  podSelector: LabelSelector;
  policyTypes?: ('Ingress' | 'Egress')[];
  ingress?: PolicyRule[];
  egress?: PolicyRule[];
}

/**
 * Whether the NetworkPolicies of one namespace allow `pod` to accept a TCP connection from `peer`
 * on `port` (Ingress), or to open one to `peer` on `port` (Egress), both pods of that namespace.
 * A pod no policy selects for that direction allows everything.
 */
export function allows(
  policies: KubernetesObject[],
  direction: 'Ingress' | 'Egress',
  pod: Pod,
  peer: Pod,
  port: number,
): boolean {
  const listening = direction === 'Ingress' ? pod : peer;
  const applying = policies
    .map((policy) => policy['spec'] as PolicySpec)
    .filter(
      (spec) =>
        selects(spec.podSelector, pod.labels) &&
        (spec.policyTypes ?? ['Ingress']).includes(direction),
    );
  if (applying.length === 0) return true;
  return applying.some((spec) =>
    (direction === 'Ingress' ? spec.ingress : spec.egress)?.some((rule) => {
      const peers = direction === 'Ingress' ? rule.from : rule.to;
      const peerOk =
        peers === undefined ||
        peers.some(
          // A peer with a namespaceSelector picks pods of other namespaces, never ours; an
          // ipBlock is outside the cluster. Only a bare podSelector picks a pod beside us.
          (candidate) =>
            candidate.podSelector !== undefined &&
            candidate.namespaceSelector === undefined &&
            selects(candidate.podSelector, peer.labels),
        );
      const portOk =
        rule.ports === undefined ||
        rule.ports.some(
          (allowed) =>
            (allowed.protocol ?? 'TCP') === 'TCP' &&
            (allowed.port === undefined ||
              allowed.port === port ||
              listening.ports.some((p) => p.name === allowed.port && p.containerPort === port)),
        );
      return peerOk && portOk;
    }),
  );
}

/** Both ends agree: the target accepts from the source and the source may open to the target. */
export function canConnect(
  policies: KubernetesObject[],
  source: Pod,
  target: Pod,
  port: number,
): boolean {
  return (
    allows(policies, 'Ingress', target, source, port) &&
    allows(policies, 'Egress', source, target, port)
  );
}
