// Test cases' common header, without a database (the unit tests use it too).

/** The header of an open case: its agency's country is the agency code's prefix ("EE-PPA": EE). */
export const openCase = (agency: string, reference: string, openedOn: string, typology: string) => ({
  reference,
  agency: { code: agency, country: agency.slice(0, 2) },
  typologies: [typology],
  status: 'OPEN',
  openedOn,
});
