import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getEntriesByCategory } from './catalog/collection.ts';
import { CATEGORIES } from './catalog/taxonomy.ts';
import { SIDEBAR_MAX_CODES } from './catalog/browse.ts';
import { categoryUrl, errorUrl } from './catalog/urls.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const samePath = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/** A sidebar link, marked current when it points to the page being rendered. */
function sidebarLink(label: string, href: string, current: string, attrs: Record<string, string> = {}): SidebarEntry {
  return { type: 'link', label, href, isCurrent: samePath(current, href), badge: undefined, attrs };
}

/**
 * Adds the error codes to the sidebar, one collapsible group per category, so any code is two clicks away from any
 * page; each group opens with a link to its category page, and the group holding the current page starts open. A
 * catalog larger than SIDEBAR_MAX_CODES gets one link per category page instead, so every page's size stays
 * independent of the catalog's.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const current = context.url.pathname;
  const categories = await getEntriesByCategory();
  const total = categories.reduce((sum, group) => sum + group.entries.length, 0);
  if (total > SIDEBAR_MAX_CODES) {
    const links = categories.map(({ category, entries }) =>
      sidebarLink(`${CATEGORIES[category].label} (${entries.length})`, categoryUrl(category), current),
    );
    insertAfterCodeList(route.sidebar, {
      type: 'group',
      label: 'Error codes by category',
      entries: links,
      collapsed: false,
      badge: undefined,
    });
    return;
  }
  const groups: SidebarEntry[] = categories.map(({ category, entries }) => {
    const all = `All ${entries.length} ${entries.length === 1 ? 'code' : 'codes'}`;
    // Several groups hold an "All 3 codes": the accessible name says which (and starts with what is shown).
    const overview = sidebarLink(all, categoryUrl(category), current, {
      'aria-label': `${all} in ${CATEGORIES[category].label}`,
    });
    const links = [
      overview,
      ...entries.map((entry) => sidebarLink(entry.data.code, errorUrl(entry.data.page), current)),
    ];
    return {
      type: 'group',
      label: `${CATEGORIES[category].label} (${entries.length})`,
      entries: links,
      collapsed: !links.some((link) => link.type === 'link' && link.isCurrent),
      badge: undefined,
    };
  });
  insertAfterCodeList(route.sidebar, {
    type: 'group',
    label: 'Error codes by category',
    entries: groups,
    collapsed: false,
    badge: undefined,
  });
});

function insertAfterCodeList(sidebar: SidebarEntry[], group: SidebarEntry): void {
  const allCodesIndex = sidebar.findIndex((entry) => entry.type === 'link' && samePath(entry.href, '/errors/'));
  sidebar.splice(allCodesIndex + 1, 0, group);
}
