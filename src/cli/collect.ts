/** Collects a repeatable option (`--objective a --objective b`) into a list, in order. */
export const collect = (value: string, previous: string[] = []) => [...previous, value]
