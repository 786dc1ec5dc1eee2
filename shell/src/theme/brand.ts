/**
 * The brand the portal wears: that of the education provider where the person acts now (its name,
 * logo and accent colours from the configuration), checked before it is worn; DigiOne's own when
 * there is none or it cannot be used.
 */
import type { Locale } from '@digione/components/localization';
import type { BrandPalette } from '@digione/components/tenants';
import type { TenantInfo } from '@digione/sdk';
import type { BrandConfig, LocalizedText } from '../config/runtime-config.js';
import { checkBrand } from './brand-check.js';

/** An education provider, as far as its brand goes. */
export interface BrandedProvider {
  /** Its id in `/config.json`: business id (Y-tunnus) or OID. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly brand: BrandConfig | undefined;
}

/** A brand the portal may wear: checked, with its name filled in. */
export interface WornBrand {
  /** The education provider's id in `/config.json` (business id or OID). */
  readonly providerId: string;
  readonly name: LocalizedText;
  /** A path on the portal, an https URL or an SVG data URL. */
  readonly logo: string;
  readonly colors: BrandPalette;
}

/** DigiOne's own name, worn where no education provider's brand is. */
const PLATFORM: TenantInfo = Object.freeze({ id: 'digione', name: 'DigiOne' });

/** Each brand's verdict, once: worn, or refused (and said so, once). */
const verdicts = new WeakMap<BrandConfig, boolean>();

/**
 * The brand to wear for `provider`: its own when it has one that passes `checkBrand`; undefined
 * (DigiOne's) otherwise. A brand that fails is reported once, as one console error naming the
 * provider and each field at fault.
 */
export function wornBrand(provider: BrandedProvider | undefined): WornBrand | undefined {
  const brand = provider?.brand;
  if (!provider || !brand) return undefined;
  let usable = verdicts.get(brand);
  if (usable === undefined) {
    const problems = checkBrand(brand);
    usable = problems.length === 0;
    verdicts.set(brand, usable);
    if (!usable) {
      const fields = problems.map((p) => `brand.${p.field} (${p.theme}): ${p.message}`);
      console.error(
        `[DigiOne] The brand of education provider ${provider.id} cannot be used, so the portal ` +
          `wears DigiOne's: ${fields.join('; ')}`,
      );
    }
  }
  if (!usable) return undefined;
  return {
    providerId: provider.id,
    name: brand.name ?? provider.name,
    logo: brand.logo,
    colors: brand.colors,
  };
}

/** The tenant as apps see it (`context.tenant`): the provider whose brand is worn, or DigiOne. */
export function tenantOf(brand: WornBrand | undefined, locale: Locale): TenantInfo {
  return brand
    ? { id: brand.providerId, name: brand.name[locale], colors: brand.colors }
    : PLATFORM;
}
