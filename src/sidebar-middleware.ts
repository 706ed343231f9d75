import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getErrorEntries, groupByCategory } from './catalog/collection.ts';
import { CATEGORIES } from './catalog/taxonomy.ts';
import { errorUrl } from './catalog/urls.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const samePath = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * Adds the error codes to the sidebar, one collapsible group per category, so any code is two clicks away from any
 * page. The group holding the current page starts open.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const current = context.url.pathname;
  const groups: SidebarEntry[] = groupByCategory(await getErrorEntries()).map(({ category, entries }) => {
    const links: SidebarEntry[] = entries.map((entry) => ({
      type: 'link',
      label: entry.data.code,
      href: errorUrl(entry.data.code),
      isCurrent: samePath(current, errorUrl(entry.data.code)),
      badge: undefined,
      attrs: {},
    }));
    return {
      type: 'group',
      label: `${CATEGORIES[category].label} (${entries.length})`,
      entries: links,
      collapsed: !links.some((link) => link.type === 'link' && link.isCurrent),
      badge: undefined,
    };
  });
  const codesGroup: SidebarEntry = { type: 'group', label: 'Error codes by category', entries: groups, collapsed: false, badge: undefined };
  const allCodesIndex = route.sidebar.findIndex((entry) => entry.type === 'link' && samePath(entry.href, '/errors/'));
  route.sidebar.splice(allCodesIndex + 1, 0, codesGroup);
});
