import { describe, expect, it, vi } from 'vitest';
import { loadForceBranding } from '@engage/shared';
import { loadOnlineLookupsConfig } from '../../services/engagement/src/modules/postcodes/online-lookups.ts';
import { loadNewsletterSettings } from '../../services/newsletters/src/settings.ts';
import { containersOf, renderKustomization, type KubernetesObject } from '../kubernetes/render.ts';
import { SECRET_KEYS } from '../kubernetes/secret-keys.ts';

/**
 * Stand-ins for the Secret's values, each of the form the process checks (the real ones are the
 * force's). The optional DKIM key is left out, as a force without DKIM leaves it out.
 */
const SECRET_VALUES: Record<string, string> = {
  'database-url': 'postgres://engage:password@db.internal:5432/engage',
  'smtp-url': 'smtp://user:password@mail.internal:587',
};
const secretValue = (key: string) =>
  SECRET_KEYS[key]?.optional ? undefined : (SECRET_VALUES[key] ?? 'x'.repeat(64));

/** The environment a Deployment's container starts with, as the kubelet would build it. */
function environmentOf(objects: KubernetesObject[], deployment: string): NodeJS.ProcessEnv {
  const data = (name: string) =>
    (objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name)?.['data'] ??
      {}) as Record<string, string>;
  const object = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === deployment)!;
  const [container] = containersOf(object);
  const environment: NodeJS.ProcessEnv = {};
  for (const { configMapRef } of (container!['envFrom'] ?? []) as {
    configMapRef: { name: string };
  }[]) {
    Object.assign(environment, data(configMapRef.name));
  }
  for (const variable of (container!['env'] ?? []) as {
    name: string;
    value?: string;
    valueFrom?: {
      configMapKeyRef?: { name: string; key: string };
      secretKeyRef?: { key: string };
    };
  }[]) {
    const { configMapKeyRef, secretKeyRef } = variable.valueFrom ?? {};
    const value =
      variable.value ??
      (configMapKeyRef ? data(configMapKeyRef.name)[configMapKeyRef.key] : undefined) ??
      (secretKeyRef ? secretValue(secretKeyRef.key) : undefined);
    if (value !== undefined) environment[variable.name] = value;
  }
  return environment;
}

/**
 * The settings the manifests give pass each process's own start-up checks: a bad URL, a force
 * detail the portal and mail would refuse, or DKIM half set would stop the process in the cluster.
 */
describe.each(['base', 'overlays/example'])('the settings of %s', (dir) => {
  const objects = renderKustomization(new URL(`../kubernetes/${dir}`, import.meta.url).pathname);

  it('start newsletters: mail relay, links, DKIM all or nothing, the force', () => {
    const settings = loadNewsletterSettings(environmentOf(objects, 'newsletters'));
    expect(settings.mail).toEqual({ kind: 'smtp', url: SECRET_VALUES['smtp-url'] });
    expect(settings.dkim).toBeNull();
    expect(settings.portalUrl).toMatch(/^https:\/\//);
  });

  it('start surveys', async () => {
    // surveySettings keeps what it read first: a fresh module reads this environment.
    vi.resetModules();
    const { surveySettings } = await import('../../services/surveys/src/settings.ts');
    expect(surveySettings(environmentOf(objects, 'surveys')).PORTAL_URL).toMatch(/^https:\/\//);
  });

  it('start engagement with the online lookups off', () => {
    expect(loadOnlineLookupsConfig(environmentOf(objects, 'engagement')).ONLINE_LOOKUPS).toBe(
      false,
    );
  });

  it('brand the portal and the mail with the same force', () => {
    const portal = loadForceBranding(environmentOf(objects, 'portal'));
    expect(loadForceBranding(environmentOf(objects, 'newsletters'))).toEqual(portal);
    expect(portal.name).not.toBe('Demo Shire Police');
  });

  it('point the portal and the subgraphs at the same public address', () => {
    const portal = environmentOf(objects, 'portal');
    for (const name of ['surveys', 'newsletters']) {
      expect(environmentOf(objects, name)['PORTAL_URL']).toBe(portal['ORIGIN']);
    }
  });
});
