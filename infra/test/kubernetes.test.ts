import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  containersOf,
  podSpecOf,
  renderKustomization,
  type Container,
  type KubernetesObject,
} from '../kubernetes/render.ts';
import { SECRET_KEYS, SECRET_NAME } from '../kubernetes/secret-keys.ts';
import { unknownFields } from './kubernetes-field-check.ts';
import {
  allows,
  canConnect,
  selects,
  validateAgainstSchema,
  type Pod,
} from './kubernetes-objects.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const KUBERNETES = `${REPO}infra/kubernetes`;

/**
 * Every long-running process, its port, and the files whose settings it reads at start-up
 * (loadConfig shapes, `optional(source, …)` reads, the portal's env.ts and serve.js). Files that
 * a later change may add are listed too and read when present.
 */
const NODE_PROCESS = [
  'shared/src/graphql/service-main.ts',
  'shared/src/graphql/shutdown.ts',
  'shared/src/logging/logger.ts',
] as const;
const PROCESSES = {
  engagement: {
    port: 4001,
    sources: [
      ...NODE_PROCESS,
      'services/engagement/src/settings.ts',
      'services/engagement/src/modules/postcodes/online-lookups.ts',
    ],
  },
  surveys: {
    port: 4002,
    sources: [...NODE_PROCESS, 'services/surveys/src/settings.ts'],
  },
  newsletters: {
    port: 4003,
    sources: [
      ...NODE_PROCESS,
      'services/newsletters/src/settings.ts',
      'shared/src/config/force-branding.ts',
    ],
  },
  gateway: {
    port: 4000,
    sources: [
      'gateway/src/index.ts',
      'shared/src/graphql/shutdown.ts',
      'shared/src/logging/logger.ts',
    ],
  },
  portal: {
    port: 3000,
    sources: ['portal/src/env.ts', 'portal/serve.js', 'shared/src/config/force-branding.ts'],
  },
} as const;
type ProcessName = keyof typeof PROCESSES;
const PROCESS_NAMES = Object.keys(PROCESSES) as ProcessName[];
const SUBGRAPHS: ProcessName[] = ['engagement', 'surveys', 'newsletters'];

/**
 * Variables a process reads that the manifests deliberately leave unset, each with why. Any other
 * variable a process reads must be set, so a new setting can't be forgotten in the cluster.
 */
const LEFT_UNSET: Record<string, string> = {
  MAIL_CATCHER_DIR: 'mail to a folder is for the embedded demo; the cluster has SMTP_URL',
  CONFIRMATION_MAIL_HOURLY_BUDGET: 'the default (500 an hour) suits a force; README lists it',
  POSTCODES_IO_URL: 'only with ONLINE_LOOKUPS; the default is the public service',
  POLICE_API_URL: 'only with ONLINE_LOOKUPS; the default is the public service',
  LOOKUP_TIMEOUT_MS: 'only with ONLINE_LOOKUPS; the default suits',
  GATEWAY_ANONYMOUS_MAX_COST: "the gateway's limits: defaults documented in README, Security",
  GATEWAY_STAFF_MAX_COST: "the gateway's limits",
  GATEWAY_ANONYMOUS_REQUESTS_PER_MINUTE: "the gateway's limits",
  GATEWAY_STAFF_REQUESTS_PER_MINUTE: "the gateway's limits",
  GATEWAY_EXECUTION_TIMEOUT_MS: "the gateway's limits",
  GATEWAY_MAX_RESPONSE_BYTES: "the gateway's limits",
  PROTOCOL_HEADER: 'serve.js sets it itself from ORIGIN',
  HOST_HEADER: 'serve.js sets it itself from ORIGIN',
};

/** The variable names a source file reads: keys of its config shapes, and named reads. */
function variablesReadBy(file: string): string[] {
  const text = readFileSync(`${REPO}${file}`, 'utf8');
  const names = [
    ...text.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm),
    ...text.matchAll(/optional\(source, '([A-Z][A-Z0-9_]+)'\)/g),
    ...text.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g),
    ...text.matchAll(/process\.env\['([A-Z][A-Z0-9_]+)'\]/g),
  ].map((match) => match[1]!);
  return [...new Set(names)];
}

const base = renderKustomization(`${KUBERNETES}/base`);
const overlay = renderKustomization(`${KUBERNETES}/overlays/example`);

const find = (objects: KubernetesObject[], kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};
const ofKind = (objects: KubernetesObject[], kind: string) =>
  objects.filter((o) => o.kind === kind);
const mainContainer = (object: KubernetesObject): Container => containersOf(object)[0]!;
const podLabels = (object: KubernetesObject) =>
  ((object['spec'] as { template: { metadata: { labels: Record<string, string> } } }).template
    .metadata.labels ?? {}) as Record<string, string>;
const podOf = (object: KubernetesObject): Pod => ({
  labels: podLabels(object),
  ports: (mainContainer(object)['ports'] ?? []) as Pod['ports'],
});

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string; optional?: boolean };
    configMapKeyRef?: { name: string; key: string };
  };
}
const envOf = (container: Container) => (container['env'] ?? []) as EnvVar[];
const envFromOf = (container: Container) =>
  (container['envFrom'] ?? []) as { configMapRef?: { name: string } }[];

describe.each([
  ['base', base],
  ['overlays/example', overlay],
])('the kustomization %s', (_, objects) => {
  it('renders only objects that are valid against the Kubernetes schemas', async () => {
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) {
      await expect(
        validateAgainstSchema(object),
        `${object.kind} ${object.metadata.name}`,
      ).resolves.toBeUndefined();
    }
  });

  it('uses no field the Kubernetes API does not know (kubernetes-types, strictly)', () => {
    expect(unknownFields(objects)).toEqual([]);
  });

  it('has one name per kind', () => {
    const names = objects.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(names).toEqual([...new Set(names)]);
  });

  it('refers only to Secret keys the force is told to create, and uses every one', () => {
    const used = new Set<string>();
    for (const container of objects.flatMap(containersOf)) {
      for (const variable of envOf(container)) {
        const ref = variable.valueFrom?.secretKeyRef;
        if (!ref) continue;
        expect(ref.name).toBe(SECRET_NAME);
        const documented = SECRET_KEYS[ref.key];
        expect(documented, `${container.name}: secret key ${ref.key}`).toBeDefined();
        expect(variable.name).toBe(documented!.variable);
        expect(ref.optional ?? false).toBe(documented!.optional ?? false);
        used.add(ref.key);
      }
      expect(container['envFrom'] ?? []).not.toContainEqual(
        expect.objectContaining({ secretRef: expect.anything() }),
      );
    }
    expect([...used].sort()).toEqual(Object.keys(SECRET_KEYS).sort());
    // Secrets by reference only: the force creates the Secret, the manifests never hold one.
    expect(ofKind(objects, 'Secret')).toEqual([]);
  });

  it('refers only to ConfigMap keys that exist', () => {
    const configMaps = new Map(
      ofKind(objects, 'ConfigMap').map((map) => [
        map.metadata.name,
        (map['data'] ?? {}) as Record<string, string>,
      ]),
    );
    for (const container of objects.flatMap(containersOf)) {
      for (const variable of envOf(container)) {
        const ref = variable.valueFrom?.configMapKeyRef;
        if (!ref) continue;
        expect(configMaps.get(ref.name), `${container.name}: ConfigMap ${ref.name}`).toHaveProperty(
          [ref.key],
        );
      }
      for (const source of envFromOf(container)) {
        expect(configMaps.has(source.configMapRef!.name)).toBe(true);
      }
    }
  });

  it.each(PROCESS_NAMES)('sets every variable %s reads, or leaves it unset on purpose', (name) => {
    const container = mainContainer(find(objects, 'Deployment', name));
    const configMaps = ofKind(objects, 'ConfigMap');
    const set = new Set([
      ...envOf(container).map((variable) => variable.name),
      ...envFromOf(container).flatMap((source) =>
        Object.keys(
          (configMaps.find((map) => map.metadata.name === source.configMapRef?.name)?.['data'] ??
            {}) as object,
        ),
      ),
    ]);
    const read = PROCESSES[name].sources
      .filter((file) => existsSync(`${REPO}${file}`))
      .flatMap(variablesReadBy);
    expect(read.length).toBeGreaterThan(3);
    const missing = read.filter((variable) => !set.has(variable) && !(variable in LEFT_UNSET));
    expect(missing, `${name} reads these but the manifests do not set them`).toEqual([]);
    // Listening on 127.0.0.1 (the default) would make the pod unreachable.
    expect(envOf(container)).toContainEqual({ name: 'HOST', value: '0.0.0.0' });
    expect(envOf(container)).toContainEqual({ name: 'PORT', value: String(PROCESSES[name].port) });
  });

  it.each(PROCESS_NAMES)(
    'runs %s with probes, resources, a drain and a locked-down pod',
    (name) => {
      const deployment = find(objects, 'Deployment', name);
      const podSpec = podSpecOf(deployment)!;
      const container = mainContainer(deployment);
      const port = PROCESSES[name].port;
      expect(container['ports']).toEqual([{ name: 'http', containerPort: port }]);
      expect(container['livenessProbe']).toMatchObject({
        httpGet: { path: '/healthz', port: 'http' },
      });
      expect(container['readinessProbe']).toMatchObject({
        httpGet: { path: '/readyz', port: 'http' },
      });
      expect(container['resources']).toMatchObject({
        requests: { cpu: expect.any(String), memory: expect.any(String) },
        limits: { cpu: expect.any(String), memory: expect.any(String) },
      });
      expect(podSpec['terminationGracePeriodSeconds']).toBeGreaterThanOrEqual(30);
      expect(podSpec['securityContext']).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(container['securityContext']).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(podSpec['automountServiceAccountToken']).toBe(false);
      const annotations = (
        deployment['spec'] as { template: { metadata: { annotations: object } } }
      ).template.metadata.annotations;
      expect(annotations).toEqual({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': String(port),
        'prometheus.io/path': '/metrics',
      });
    },
  );

  it.each(PROCESS_NAMES)(
    'gives %s a Service and a PodDisruptionBudget that select its pods',
    (name) => {
      const deployment = find(objects, 'Deployment', name);
      const labels = podLabels(deployment);
      const service = find(objects, 'Service', name);
      const serviceSpec = service['spec'] as {
        selector: Record<string, string>;
        ports: { port: number; targetPort: string }[];
      };
      expect(selects({ matchLabels: serviceSpec.selector }, labels)).toBe(true);
      expect(serviceSpec.ports).toEqual([
        { name: 'http', port: PROCESSES[name].port, targetPort: 'http' },
      ]);
      const budget = find(objects, 'PodDisruptionBudget', name)['spec'] as {
        selector: { matchLabels: Record<string, string> };
        minAvailable: number;
      };
      expect(selects(budget.selector, labels)).toBe(true);
      // The fewest replicas it runs: its own count, or its autoscaler's minimum (never both).
      const autoscaler = ofKind(objects, 'HorizontalPodAutoscaler').find(
        (hpa) => (hpa['spec'] as { scaleTargetRef: { name: string } }).scaleTargetRef.name === name,
      );
      const ownCount = (deployment['spec'] as { replicas?: number }).replicas;
      expect(ownCount === undefined, `${name}: replicas beside an autoscaler`).toBe(
        autoscaler !== undefined,
      );
      const replicas = autoscaler
        ? (autoscaler['spec'] as { minReplicas: number }).minReplicas
        : ownCount!;
      expect(replicas).toBeGreaterThanOrEqual(2);
      expect(budget.minAvailable).toBeLessThan(replicas);
    },
  );

  it('selects a Deployment with every Service, and one Deployment only', () => {
    for (const service of ofKind(objects, 'Service')) {
      const selector = (service['spec'] as { selector: Record<string, string> }).selector;
      const picked = ofKind(objects, 'Deployment').filter((d) =>
        selects({ matchLabels: selector }, podLabels(d)),
      );
      expect(picked.map((d) => d.metadata.name)).toEqual([service.metadata.name]);
    }
  });

  it('scales the gateway, the portal and the mail workers (newsletters) automatically', () => {
    const scaled = ofKind(objects, 'HorizontalPodAutoscaler').map((hpa) => {
      const spec = hpa['spec'] as {
        scaleTargetRef: { kind: string; name: string };
        minReplicas: number;
        maxReplicas: number;
      };
      find(objects, spec.scaleTargetRef.kind, spec.scaleTargetRef.name);
      expect(spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(spec.maxReplicas).toBeGreaterThan(spec.minReplicas);
      return spec.scaleTargetRef.name;
    });
    expect(scaled.sort()).toEqual(['gateway', 'newsletters', 'portal']);
  });

  it('lets only the gateway reach the subgraphs, and the portal reach the gateway', () => {
    const policies = ofKind(objects, 'NetworkPolicy');
    const pods = Object.fromEntries(
      [...PROCESS_NAMES, 'migrate'].map((name) => [
        name,
        podOf(find(objects, name === 'migrate' ? 'Job' : 'Deployment', name)),
      ]),
    ) as Record<ProcessName | 'migrate', Pod>;
    for (const subgraph of SUBGRAPHS) {
      const port = PROCESSES[subgraph].port;
      expect(
        canConnect(policies, pods.gateway, pods[subgraph], port),
        `gateway → ${subgraph}`,
      ).toBe(true);
      for (const other of ['portal', 'migrate', ...SUBGRAPHS] as const) {
        // Refused by the subgraph's own ingress rules, whatever the caller's egress allows.
        expect(
          allows(policies, 'Ingress', pods[subgraph], pods[other], port),
          `${other} → ${subgraph}`,
        ).toBe(false);
      }
    }
    expect(canConnect(policies, pods.portal, pods.gateway, 4000)).toBe(true);
    for (const other of [...SUBGRAPHS, 'migrate'] as const) {
      expect(
        allows(policies, 'Ingress', pods.gateway, pods[other], 4000),
        `${other} → gateway`,
      ).toBe(false);
      expect(allows(policies, 'Ingress', pods.portal, pods[other], 3000), `${other} → portal`).toBe(
        false,
      );
    }
    expect(allows(policies, 'Ingress', pods.portal, pods.gateway, 3000)).toBe(false);
    // Everything else is refused by default, both ways.
    expect(find(objects, 'NetworkPolicy', 'default-deny')['spec']).toEqual({
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
    });
  });

  it('lets the subgraphs and the migrations reach PostgreSQL and only newsletters reach SMTP', () => {
    const policies = ofKind(objects, 'NetworkPolicy');
    const egressPorts = (labels: Record<string, string>) =>
      policies
        .map(
          (policy) =>
            policy['spec'] as { podSelector: object; egress?: { ports?: { port: number }[] }[] },
        )
        .filter((spec) => spec.egress && selects(spec.podSelector, labels))
        .flatMap((spec) => spec.egress!.flatMap((rule) => (rule.ports ?? []).map((p) => p.port)));
    for (const name of [...SUBGRAPHS, 'migrate']) {
      const workload = find(objects, name === 'migrate' ? 'Job' : 'Deployment', name);
      expect(egressPorts(podLabels(workload)), name).toContain(5432);
    }
    for (const name of PROCESS_NAMES) {
      const ports = egressPorts(podLabels(find(objects, 'Deployment', name)));
      expect(ports.includes(587), name).toBe(name === 'newsletters');
      if (name === 'gateway' || name === 'portal') expect(ports, name).not.toContain(5432);
    }
  });

  it('migrates in a Job that runs the migrate command with the database URL', () => {
    const job = find(objects, 'Job', 'migrate');
    const container = mainContainer(job);
    expect(container['args']).toEqual(['infra/migrate/migrate.ts']);
    expect(existsSync(`${REPO}infra/migrate/migrate.ts`)).toBe(true);
    expect(envOf(container).map((v) => v.name)).toContain('DATABASE_URL');
    expect(podSpecOf(job)!['restartPolicy']).toBe('Never');
  });

  it('starts each process with a command the image has', () => {
    for (const name of PROCESS_NAMES) {
      const container = mainContainer(find(objects, 'Deployment', name));
      const [entry] = (container['args'] as string[]) ?? [];
      expect(existsSync(`${REPO}${entry}`), `${name}: ${entry}`).toBe(true);
    }
  });
});

describe('the example overlay', () => {
  it('puts everything but the Namespace in its namespace', () => {
    for (const object of overlay) {
      if (object.kind === 'Namespace') expect(object.metadata.name).toBe('neighbourhood-link');
      else
        expect(object.metadata.namespace, `${object.kind} ${object.metadata.name}`).toBe(
          'neighbourhood-link',
        );
    }
  });

  it("runs the force's image, tagged, in every container", () => {
    const images = new Set(overlay.flatMap(containersOf).map((container) => container.image));
    expect([...images]).toEqual(['registry.example.org/neighbourhood-link:2026.12.0']);
  });

  it("sets the force's settings over the base's", () => {
    const settings = find(overlay, 'ConfigMap', 'neighbourhood-link')['data'] as Record<
      string,
      string
    >;
    expect(settings['PORTAL_URL']).toBe('https://neighbourhood.example-police.example.org');
    const branding = find(overlay, 'ConfigMap', 'neighbourhood-link-force')['data'] as Record<
      string,
      string
    >;
    expect(branding['FORCE_NAME']).toBe('Example Police');
    const postgres = find(overlay, 'NetworkPolicy', 'postgresql')['spec'] as { egress: object[] };
    expect(postgres.egress[0]).toEqual({
      to: [{ ipBlock: { cidr: '10.20.0.0/24' } }],
      ports: [{ protocol: 'TCP', port: 5432 }],
    });
  });

  it('routes the public host names to the portal and the API only', () => {
    const ingress = find(overlay, 'Ingress', 'neighbourhood-link')['spec'] as {
      rules: { http: { paths: { path: string; backend: { service: { name: string } } }[] } }[];
    };
    const routes = ingress.rules.flatMap((rule) =>
      rule.http.paths.map((path) => `${path.path} → ${path.backend.service.name}`),
    );
    expect(routes).toEqual(['/ → portal', '/graphql → gateway', '/exports/ → gateway']);
  });
});

describe("the operators' documentation", () => {
  it('lists every key of the Secret, and the install creates every one that is not optional', () => {
    const keysPage = readFileSync(`${KUBERNETES}/README.md`, 'utf8');
    const readme = readFileSync(`${REPO}README.md`, 'utf8');
    for (const [key, { variable, optional }] of Object.entries(SECRET_KEYS)) {
      expect(keysPage).toContain(`| \`${key}\``);
      expect(keysPage).toContain(`\`${variable}\``);
      expect(readme.includes(`--from-literal=${key}=`), key).toBe(!optional);
    }
  });
});

describe('the renderer the tests use', () => {
  it('refuses a kustomization field it cannot render', () => {
    expect(() =>
      renderKustomization(`${REPO}infra/test/fixtures/unsupported-kustomization`),
    ).toThrow(/cannot render `configMapGenerator`/);
  });

  it('names a misspelt field, however deep', () => {
    const deployment = structuredClone(find(base, 'Deployment', 'engagement'));
    mainContainer(deployment)['readinesProbe'] = mainContainer(deployment)['readinessProbe'];
    const problems = unknownFields([deployment]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Deployment/engagement:');
    expect(problems[0]).toContain(`'"readinesProbe"' does not exist in type 'Container'`);
  });

  it('refuses an invalid object against the schema', async () => {
    const deployment = structuredClone(find(base, 'Deployment', 'engagement'));
    (mainContainer(deployment)['ports'] as { containerPort: unknown }[])[0]!.containerPort = 'http';
    await expect(validateAgainstSchema(deployment)).rejects.toThrow(
      /containerPort must be integer/,
    );
  });
});
