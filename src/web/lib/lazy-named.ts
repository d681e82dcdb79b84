import { lazy, type ComponentType } from 'react'

/** React.lazy for a module's named export: pages are loaded when first visited, not up front. */
export const lazyNamed = <K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }))
