/** What the admin app installs besides vue-i18n: the router and the one query client. */
import { VueQueryPlugin } from '@tanstack/vue-query';
import type { App } from 'vue';
import { createQueryClient } from './data';
import { router } from './router';

export function install(app: App): void {
  app.use(router);
  app.use(VueQueryPlugin, { queryClient: createQueryClient() });
}
