/**
 * The Kubernetes schemas (kubernetes-models) accept fields they do not know, as the API server
 * does without `--validate=strict`: a misspelt `readinesProbe` would pass them and never probe.
 * This check types each object as its `kubernetes-types` interface in a generated TypeScript
 * file, so the compiler's excess-property check names every unknown field, at any depth.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import ts from 'typescript';
import type { KubernetesObject } from '../kubernetes/render.ts';

/** Where each apiVersion's interfaces live in kubernetes-types. */
const MODULES: Record<string, string> = {
  v1: 'kubernetes-types/core/v1',
  'apps/v1': 'kubernetes-types/apps/v1',
  'batch/v1': 'kubernetes-types/batch/v1',
  'autoscaling/v2': 'kubernetes-types/autoscaling/v2',
  'policy/v1': 'kubernetes-types/policy/v1',
  'networking.k8s.io/v1': 'kubernetes-types/networking/v1',
};

const TYPES_ROOT = dirname(createRequire(import.meta.url).resolve('kubernetes-types/package.json'));

/** Every unknown field or wrong type, as "<kind>/<name>: <compiler message>". */
export function unknownFields(objects: KubernetesObject[]): string[] {
  const imports = new Set<string>();
  const declarations = objects.map((object, index) => {
    const module = MODULES[object.apiVersion];
    if (!module) throw new Error(`no kubernetes-types module for ${object.apiVersion}`);
    const alias = `${object.kind}_${object.apiVersion.replace(/\W/g, '_')}`;
    imports.add(`import type { ${object.kind} as ${alias} } from '${module}';`);
    return `// ${object.kind}/${object.metadata.name}\nexport const o${index}: ${alias} = ${JSON.stringify(object)};`;
  });
  const fileName = '/virtual/manifests.ts';
  const text = [...imports, ...declarations].join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    paths: { 'kubernetes-types/*': [`${TYPES_ROOT}/*`] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === fileName ? text : readFile(name));
  host.fileExists = (name) => name === fileName || fileExists(name);
  host.getSourceFile = (name, version, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, text, version)
      : getSourceFile(name, version, ...rest);
  const program = ts.createProgram({ rootNames: [fileName], options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const declaration = text
      .split('\n')
      .slice(0, line + 1)
      .reverse()
      .find((l) => l.startsWith('// '));
    return `${declaration?.slice(3) ?? diagnostic.file.fileName}: ${message}`;
  });
}
