/**
 * The licence use a search filter, the tracks listing, an explanation and licenceCheck ask about:
 * one validated campaign (territories × period), whatever form the request took.
 */
export type { CampaignUse as LicenceUse } from './rights/campaign.js';
