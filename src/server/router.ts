import FindMyWay from 'find-my-way';
import type { MountedRoute } from '../mock/dispatch.js';
import { httpMethods } from '../mock/route.js';

export interface RouteMatch {
  readonly route: MountedRoute;
  readonly params: Record<string, string>;
}

/** A method-and-path index over the mounted routes (find-my-way's radix tree): lookup cost does not grow with the route count. */
export interface Router {
  find(method: string, path: string): RouteMatch | null;
  /** The methods that do have a route at this path (for 405 and its Allow header). */
  allowed(path: string): string[];
}

export function createRouter(routes: readonly MountedRoute[]): Router {
  const tree = FindMyWay({ ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 4096 });
  const noop = (): void => {};
  for (const route of routes) tree.on(route.route.method, route.path, noop, route);
  return {
    find(method, path) {
      if (!(httpMethods as readonly string[]).includes(method)) return null;
      const found = tree.find(method as (typeof httpMethods)[number], path);
      if (!found) return null;
      const params: Record<string, string> = {};
      for (const k in found.params) {
        const v = found.params[k];
        if (v !== undefined) params[k] = v;
      }
      return { route: found.store as MountedRoute, params };
    },
    allowed(path) {
      return httpMethods.filter((m) => tree.find(m, path) !== null);
    },
  };
}
