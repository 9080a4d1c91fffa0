import type { PlatformId } from '../../domain/platforms';
import type { Translate } from '../../i18n';

type Product = { key: string; name: string };

/** The platform of a product key (`platform|id`). */
export const productPlatform = (t: Translate, product: Product) => t(`platform.${product.key.slice(0, product.key.indexOf('|')) as PlatformId}`);

/**
 * Products are per platform: the same listing on two platforms is two products. Their labels are
 * the names, with the platform added where a name is shown twice.
 */
export function productLabeller(t: Translate, products: readonly Product[]): (product: Product) => string {
  const count = new Map<string, number>();
  for (const p of products) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return (p) => (count.get(p.name)! > 1 ? `${p.name} · ${productPlatform(t, p)}` : p.name);
}
