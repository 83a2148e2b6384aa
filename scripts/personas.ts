// Prints how far the engine agrees with the expert persona suite, slot by slot, with every pick
// the expert would not sign. The test suite asserts the same figures (tests/unit/personas.test.ts).
import { EMBEDDED_CATALOG } from '../lib/catalog/embedded'
import { evaluatePersonas, loadPersonas } from '../tests/support/personas'

const teams = loadPersonas()
const r = evaluatePersonas(teams, EMBEDDED_CATALOG)
const bySlot = new Map<string, { n: number; ok: number }>()
for (const v of r.verdicts) {
  const s = bySlot.get(v.slot) ?? { n: 0, ok: 0 }
  s.n++
  if (v.agrees) s.ok++
  bySlot.set(v.slot, s)
}
console.log(`expert persona suite: ${teams.length} teams, ${r.verdicts.length} slots`)
for (const [slot, s] of bySlot) console.log(`  ${slot.padEnd(16)} ${s.ok}/${s.n}`)
for (const v of r.verdicts.filter((x) => !x.agrees)) console.log(`  DISAGREE ${v.team} / ${v.slot}: picked ${v.pick}; expert accepts ${v.accept.join(', ')} (best ${v.best})`)
for (const i of r.invalid) console.log(`  INVALID ${i.team}: ${i.issues}`)
console.log(`agreement ${(r.agreement * 100).toFixed(1)}% · fragile picks ${(r.fragileShare * 100).toFixed(1)}% · ties ${r.ties}`)
