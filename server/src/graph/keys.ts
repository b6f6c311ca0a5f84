// Stable, readable node keys (see cypher/MODEL.md): `<type>:<slug>` for global nodes and
// `<type>:<authority-slug>/<slug>` for nodes that belong to one council.
import crypto from 'node:crypto';

/** Lower case, `&` → `and`, anything not a letter or digit → `-`, runs collapsed, ends trimmed. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The part of a key after `<type>:`. */
export function keyBody(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** `org:worcester-city-council` → `worcester-city-council`. */
export function authoritySlug(authorityKey: string): string {
  return keyBody(authorityKey);
}

/** A key for a node of `type`, inside an authority when one is given. */
export function scopedKey(type: string, name: string, authorityKey?: string | null): string {
  const slug = slugify(name);
  return authorityKey ? `${type}:${authoritySlug(authorityKey)}/${slug}` : `${type}:${slug}`;
}

export function planKey(authorityKey: string, title: string): string {
  return scopedKey('plan', title, authorityKey);
}

export function objectiveKey(plan: string, title: string): string {
  return `objective:${keyBody(plan)}/${slugify(title).slice(0, 80).replace(/-+$/, '')}`;
}

/** Tasks: the first words for people, a hash of the whole normalised title for uniqueness. */
export function taskKey(plan: string, title: string): string {
  const normalised = title.toLowerCase().replace(/\s+/g, ' ').trim();
  const hash = crypto.createHash('sha256').update(normalised).digest('hex').slice(0, 8);
  const words = slugify(title).split('-').slice(0, 6).join('-');
  return `task:${keyBody(plan)}/${words}-${hash}`;
}

export function measureKey(task: string, order: number): string {
  return `measure:${keyBody(task)}/${order}`;
}

/** A document's key from its file name (any folder part is ignored: the key must not depend on where the file lies). */
export function sourceKey(documentName: string): string {
  const base = documentName.split(/[\\/]/).pop() ?? documentName;
  return `source:${slugify(base.replace(/\.[a-z0-9]+$/i, ''))}`;
}
