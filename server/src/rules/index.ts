// The rule registry: every rule the engine runs, in one list. Order does not matter: `after` orders them.
import type { Rule } from '../engine/types';
import { boilerplate } from './boilerplate';
import { orthography } from './orthography';
import { unattributedClaim } from './unattributed-claim';
import { transliteration } from './transliteration';

export const allRules: readonly Rule[] = [boilerplate, orthography, transliteration, unattributedClaim];

export function ruleById(id: string): Rule | undefined {
  return allRules.find(r => r.id === id);
}
