/**
 * The public face of the library module: the templates shipped with Barometer and their loader,
 * which publishes them through the public GraphQL API as the library organisation.
 */
export { fingerprint, loadLibrary, type LibraryCall } from './library.service.js';
export { SHIPPED_TEMPLATES } from './shipped/index.js';
export type { ShippedTemplate, Text } from './shipped/build.js';
