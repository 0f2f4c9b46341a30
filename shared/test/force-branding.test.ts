import { describe, expect, it } from 'vitest';
import { checkForceVariable, loadForceBranding } from '../src/config/force-branding.ts';
import { ConfigError } from '../src/config/load-config.ts';

describe("the force's name and contact details, from the environment", () => {
  it('are the demo force’s when nothing is set', () => {
    expect(loadForceBranding({})).toMatchObject({
      name: 'Demo Shire Police',
      emergencyNumber: '999',
      nonEmergencyNumber: '101',
      postalAddress: ['Demo Shire Police Headquarters', '1 Station Road', 'Demo Town', 'LE19 2BX'],
    });
  });

  it('are a real force’s when set, the address one line per comma', () => {
    const force = loadForceBranding({
      FORCE_NAME: 'Borsetshire Police',
      FORCE_WEBSITE: 'https://www.borsetshire.police.example',
      FORCE_POSTAL_ADDRESS: 'Police HQ, Felpersham, BR1 1AA',
    });
    expect(force.name).toBe('Borsetshire Police');
    expect(force.website).toBe('https://www.borsetshire.police.example');
    expect(force.postalAddress).toEqual(['Police HQ', 'Felpersham', 'BR1 1AA']);
  });

  it('stop the start with a message naming each variable that is blank or wrong', () => {
    const attempt = () =>
      loadForceBranding({
        FORCE_NAME: '  ',
        FORCE_REPORT_ONLINE_URL: 'ftp://report.example',
        FORCE_DPO_EMAIL: 'not an address',
        FORCE_NON_EMERGENCY_NUMBER: 'one-oh-one',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/FORCE_NAME is not valid: must not be blank/);
    expect(attempt).toThrow(/FORCE_REPORT_ONLINE_URL is not valid: expected a web address/);
    expect(attempt).toThrow(/FORCE_DPO_EMAIL is not valid: expected an email address/);
    expect(attempt).toThrow(/FORCE_NON_EMERGENCY_NUMBER is not valid: expected a telephone number/);
  });

  it('name the variable when checked one at a time, as the portal does', () => {
    expect(() => checkForceVariable('FORCE_CONTACT_EMAIL', 'nobody')).toThrow(
      /^FORCE_CONTACT_EMAIL is not valid: expected an email address/,
    );
    expect(checkForceVariable('FORCE_SHORT_NAME', undefined)).toBe('Demo Shire');
  });
});
