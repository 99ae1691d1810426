import type { LicenceUsage } from '../../generated/prisma/enums.js';

/**
 * DDEX UseTypes (AVS, ERN 4) to our usage tree (docs/rights.md has the same table). A UseType
 * maps to the highest usage it covers: UserMakeAvailableUserProvided (user-generated video) is
 * ONLINE_VIDEO, whose grant covers SOCIAL and PODCAST_VIDEO. UseForIdentification is not a use
 * but Content ID registration (the grant's contentIdRegistered). UseTypes absent here (Stream,
 * PermanentDownload, ...) are not sync uses: they are skipped and reported.
 */
export const DDEX_USE_TYPES: Readonly<Record<string, LicenceUsage>> = {
  UserMakeAvailableUserProvided: 'ONLINE_VIDEO',
  DubForAdvertisement: 'ADVERTISING',
  DubForTV: 'BROADCAST',
  DubForRadio: 'BROADCAST',
  DubForMovies: 'FILM',
};

export const CONTENT_ID_USE_TYPE = 'UseForIdentification';

/**
 * DDEX CommercialModelTypes to a price tier (1 cheapest to 5). A deal with several takes the
 * cheapest; one with none of these is tier 3. The tier only ranks deals for maxPriceTier.
 */
export const DDEX_PRICE_TIERS: Readonly<Record<string, number>> = {
  FreeOfChargeModel: 1,
  AdvertisementSupportedModel: 2,
  SubscriptionModel: 3,
  PayAsYouGoModel: 4,
  RightsClaimModel: 1,
};

export const DEFAULT_DDEX_PRICE_TIER = 3;
