/**
 * The public face of the transparency module (service commitments and the public transparency
 * page, docs/transparency.md): what the composition root may use.
 */
export * from './transparency.module.js';
export { registerTransparencyRoutes } from './transparency.routes.js';
export { CommitmentSource } from './service-commitment.entity.js';
