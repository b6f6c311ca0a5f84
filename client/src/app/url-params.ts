// URL state helpers: read typed values from a query string and write them back in a stable,
// readable form (keys keep their ':' and '/', lists are comma-separated, defaults are left out),
// so a link reproduces exactly the picture someone else sees.

export type ParamValue = string | number | boolean | readonly string[] | null | undefined;

export function readString(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value ? value : null;
}

export function readList(params: URLSearchParams, name: string): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function readInt(
  params: URLSearchParams,
  name: string,
  options: { min: number; max: number; fallback: number },
): number {
  const raw = params.get(name);
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) return options.fallback;
  return Math.min(options.max, Math.max(options.min, n));
}

export function readEnum<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const raw = params.get(name);
  return values.includes(raw as T) ? (raw as T) : fallback;
}

export function readFlag(params: URLSearchParams, name: string): boolean {
  const raw = params.get(name);
  return raw === '1' || raw === 'true';
}

function encode(value: string): string {
  return encodeURIComponent(value)
    .replace(/%3A/gi, ':')
    .replace(/%2F/gi, '/')
    .replace(/%2C/gi, ',');
}

/**
 * A query string ('?a=1&b=x,y', or '' when empty) from named values in the order given;
 * empty values, empty lists, false flags and values equal to their default are left out.
 */
export function writeParams(
  values: Record<string, ParamValue>,
  defaults: Record<string, ParamValue> = {},
): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === false || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      const list = (value as readonly string[]).map((v) => v.replace(/,/g, ' ')).join(',');
      const fallback = defaults[name];
      if (Array.isArray(fallback) && fallback.join(',') === list) continue;
      parts.push(`${encode(name)}=${encode(list)}`);
      continue;
    }
    if (defaults[name] === value) continue;
    parts.push(`${encode(name)}=${value === true ? '1' : encode(String(value))}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
