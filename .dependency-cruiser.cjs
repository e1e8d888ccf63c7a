// Module walls of the server (`npm run lint:deps`; issue 12, docs/architecture.md).
//
// A module is a folder directly under server/. Kernel folders (db, graphql, http, events, jobs)
// and the root files config.ts and logger.ts hold what every module builds on: anyone may import
// them, file by file, and they import no domain module. Every other folder is a domain module
// (org, questionnaires, indicators, responses, distribution, results, cases, fieldwork, actions,
// reports, audit, and any module added later): others reach it only through its index.ts. The
// composition root (server/app/ and server/main.ts) wires the modules together through their
// index.ts. Type-only imports count too: a type from another module's internals is still a
// dependency on them. One exception: the kernel may name org's types (the principal, the
// request's loaders, the tenant's Organization) through org's index.ts, type-only; they are
// erased at run time, so they make no cycle (docs/architecture.md, "The kernel").
const KERNEL = ['db', 'graphql', 'http', 'events', 'jobs'];
const ROOT = ['app'];
const notDomain = [...KERNEL, ...ROOT].join('|');
const kernelFiles = `^server/(${KERNEL.join('|')})/|^server/(config|logger|password-policy|mail|files)\\.ts$`;
// The kernel's type-only references to org (see above).
const kernelTypesOfOrg = { path: '^server/org/index\\.ts$', dependencyTypes: ['type-only'] };
// A cycle through the kernel needs a kernel → domain edge: at run time no-domain-in-kernel forbids
// those, so what remains are the erased type-only references, which are not cycles.
const viaKernel = `^server/(${KERNEL.join('|')})(/|$)|^server/(config|logger|password-policy|mail|files)\\.ts$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycle',
      severity: 'error',
      comment:
        'Two modules (folders directly under server/) depend on each other, directly or through others. ' +
        'Break the backward edge with a domain event, or move what both need into the module it belongs to.',
      scope: 'folder',
      // A folder inside a module counts as its module: its cycles with its own module are not module cycles.
      from: { path: '^server/([^/]+)', pathNot: viaKernel },
      to: { path: '^server/', pathNot: ['^server/$1(/|$)', viaKernel], circular: true, viaNot: viaKernel },
    },
    {
      name: 'no-deep-import',
      severity: 'error',
      comment:
        "Imports a domain module's internals. Import what it offers from its index.ts " +
        '(server/<module>/index.ts), or add it there if other modules need it.',
      from: { path: '^(server/[^/]+)' },
      to: {
        path: '^server/[^/]+/',
        pathNot: [`^server/(${notDomain})/`, '^$1/', '^server/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'no-domain-in-kernel',
      severity: 'error',
      comment:
        'A kernel file (db, graphql, http, events, jobs, config.ts, logger.ts) imports a domain module. ' +
        'The kernel is what modules build on; let the module register itself (an event subscriber, a ' +
        'resolver list) through the composition root (server/app/) instead.',
      from: { path: kernelFiles },
      to: { path: '^server/[^/]+/', pathNot: `^server/(${notDomain})/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-domain-types-in-kernel',
      severity: 'error',
      comment: "The kernel names only org's types, and only through org's index.ts (type-only).",
      from: { path: kernelFiles },
      to: {
        path: '^server/[^/]+/',
        pathNot: [`^server/(${notDomain})/`, kernelTypesOfOrg.path],
        dependencyTypes: ['type-only'],
      },
    },
    {
      name: 'no-file-cycle',
      severity: 'error',
      comment: 'Files that import each other, directly or through others. Move what both need into a third file.',
      from: { path: '^server/' },
      to: { circular: true, viaNot: viaKernel },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^server/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
