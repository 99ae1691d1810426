/** The licence use a search filter asks about (the arguments of vmr_licence_allows). */
export interface LicenceUse {
  territory: string;
  usage: string;
  at: Date;
  maxPriceTier?: number | null;
  contentIdSafe?: boolean | null;
}
