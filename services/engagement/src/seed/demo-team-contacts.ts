import type { DemoNeighbourhood } from '@engage/shared';

/**
 * DEMO DATA: each demo team's own phone number and email address, invented (example.org reaches
 * nobody; 0116 496 numbers are Ofcom's range for drama, never allocated).
 */
export function demoTeamContact(
  neighbourhood: DemoNeighbourhood,
  index: number,
): { contactPhone: string; contactEmail: string } {
  return {
    contactPhone: `0116 496 ${String(index).padStart(4, '0')}`,
    contactEmail: `${neighbourhood.slug}.team@demo-shire-police.example.org`,
  };
}
