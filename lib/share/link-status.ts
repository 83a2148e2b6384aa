import type { Catalog } from '../catalog/catalog'
import type { Changelog, DataChange } from '../catalog/changelog'
import { fingerprintOf } from './codec'

/** Whether a link was made with the data now served; when not, the page says so. */
export function dataChangedSince(linkFingerprint: string, catalog: Catalog): boolean {
  return linkFingerprint !== fingerprintOf(catalog.version)
}

export type DatedChange = DataChange & { version: string; date: string }

/** The changes a link has missed, or `known: false` when its data version is not in the changelog. */
export type ChangesSince = { known: true; changes: DatedChange[] } | { known: false }

const KIND_ORDER: Record<DataChange['kind'], number> = { changed: 0, removed: 1, added: 2 }

/**
 * What changed in the data after the version a link was made with, for the vendors of its stack:
 * every version newer than the one the fingerprint names. A fingerprint two versions share (24
 * bits can collide) is read as the older one, so a change is listed too often rather than missed.
 * Changed values come first, then what was removed, then facts recorded for the first time; each
 * group newest first.
 */
export function changesSince(fingerprint: string, changelog: Changelog, vendorIds: Iterable<string>): ChangesSince {
  const at = changelog.versions.findLastIndex((e) => e.fingerprint === fingerprint)
  if (at < 0) return { known: false }
  const ids = new Set(vendorIds)
  const changes = changelog.versions
    .slice(0, at)
    .flatMap((e) => e.changes.filter((c) => ids.has(c.vendor)).map((c) => ({ ...c, version: e.version, date: e.date })))
  return { known: true, changes: changes.map((c, i) => ({ c, i })).sort((x, y) => KIND_ORDER[x.c.kind] - KIND_ORDER[y.c.kind] || x.i - y.i).map((x) => x.c) }
}

const MAX_VALUE_LENGTH = 60
// Free-text facts (what a product optimizes, who owns it) can run to a paragraph; a line names the change.
const clip = (v: string | null) => (v === null ? 'none' : v.length > MAX_VALUE_LENGTH ? `${v.slice(0, MAX_VALUE_LENGTH - 1).trimEnd()}…` : v)

/** One line of the list: "Kubecost: Automation visibility → automated (2026-11-25)". */
export function describeChange(c: DatedChange): string {
  const what =
    c.path === ''
      ? c.kind === 'added'
        ? 'added to the data set'
        : 'removed from the data set'
      : c.kind === 'added'
        ? `${c.label} recorded: ${clip(c.to)}`
        : c.kind === 'removed'
          ? `${c.label} no longer recorded (was ${clip(c.from)})`
          : `${c.label} ${clip(c.from)} → ${clip(c.to)}`
  return `${c.vendorName}: ${what} (${c.date})`
}
