import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

/** Routes outside the global 'api' prefix (see configureHttp). */
const unprefixed = new Set(['/health/live', '/health/ready', '/metrics', '/']);

export interface NestRoute {
  /** "POST /cases/:caseId/items": the key the authorization fixture uses. */
  readonly key: string;
  readonly method: string;
  /** The path as requested, with the global prefix where it applies. */
  readonly url: string;
  /** The classes of the handler's parameters (its query and body DTOs among them). */
  readonly parameterTypes: readonly unknown[];
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter((part) => part !== '')
    .join('/')}`;

/** Every route of every controller Nest registered, read from Nest's own metadata. */
export function nestRoutes(app: INestApplication): NestRoute[] {
  const routes = new Map<string, NestRoute>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        const full = join(base, path);
        const verb = RequestMethod[method];
        const key = `${verb} ${full}`;
        routes.set(key, {
          key,
          method: verb,
          url: unprefixed.has(full) ? full : join('api', full),
          parameterTypes:
            (Reflect.getMetadata('design:paramtypes', prototype, name) as unknown[] | undefined) ??
            [],
        });
      }
    }
  }
  return [...routes.values()].sort((a, b) => a.key.localeCompare(b.key));
}
