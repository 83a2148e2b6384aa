import { spawnSync } from 'node:child_process'
import { withCosts } from '@/lib/cost/attach'
import fc from 'fast-check'
import { expect } from 'vitest'
import { renderReportPdf } from '@/app/_server/render/render-pdf'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { SLOT_LABEL } from '@/lib/catalog/slots'
import { buildReport } from '@/lib/report/build-report'
import { renderMarkdown } from '@/lib/report/render-markdown'
import { recommend } from '@/lib/recommend'
import { CRITERION_IDS } from '@/lib/scoring/criteria-ids'
import { WideAnswersArb } from './answers-arb'

const words = (s: string) => s.replace(/\s+/g, ' ')

/** The text of a PDF with line breaks folded, via poppler's pdftotext. */
export function pdfText(pdf: Uint8Array): string {
  const out = spawnSync('pdftotext', ['-', '-'], { input: pdf })
  if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr.toString()}`)
  return words(out.stdout.toString())
}

/**
 * Renders the PDF, Markdown and JSON reports for `runs` random valid answer sets and checks each
 * is complete: every slot and every picked vendor named, the data version stated, the JSON equal
 * to the engine's output. Split over two test files so both test workers share the load.
 */
export async function checkReportsComplete(seed: number, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(WideAnswersArb, async (answers) => {
      // as the report route builds it: the engine's output with monthly costs
      const rec = withCosts(recommend(answers, EMBEDDED_CATALOG), EMBEDDED_CATALOG)
      const model = buildReport(rec, EMBEDDED_CATALOG, '2026-11-25')
      const expected = rec.stack.flatMap((p) => [SLOT_LABEL[p.slot], ...(p.vendor ? [EMBEDDED_CATALOG.byId.get(p.vendor)!.name] : [])])
      const pdf = await renderReportPdf(model)
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-')
      const text = pdfText(pdf)
      if (answers.scope.length === 4 && answers.signals.length === 3) {
        // every area in scope: a one-page summary, and at most six pages in all
        const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }).stdout)?.[1])
        expect(pages, 'PDF pages').toBeLessThanOrEqual(6)
        const second = spawnSync('pdftotext', ['-f', '2', '-l', '2', '-', '-'], { input: pdf, encoding: 'utf8' }).stdout
        expect(second.split('\n').slice(0, 6).join(' '), 'the summary fits its page').toContain('Appendix: options per slot')
      }
      for (const name of expected) expect(text, 'PDF').toContain(words(name))
      expect(text).toContain(rec.dataVersion)
      const md = renderMarkdown(model)
      for (const name of expected) expect(md, 'Markdown').toContain(name)
      // short enough to review, in the words of the product, never its internal keys
      expect(md.split('\n').length, 'Markdown lines').toBeLessThanOrEqual(150)
      const prose = md.replace(/<https:[^>]*>/g, '')
      for (const p of rec.stack) if (p.vendor?.includes('-')) expect(prose, 'vendor ids').not.toMatch(new RegExp(`(?<![\\w-])${p.vendor}(?![\\w-])`))
      for (const c of CRITERION_IDS) expect(prose, 'criterion ids').not.toMatch(new RegExp(`[:,] ${c} \\d`))
      expect(JSON.parse(JSON.stringify(rec))).toEqual(JSON.parse(JSON.stringify(withCosts(recommend(answers, EMBEDDED_CATALOG), EMBEDDED_CATALOG))))
    }),
    { seed, numRuns: runs },
  )
}
