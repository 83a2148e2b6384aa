import { renderToBuffer } from '@react-pdf/renderer'
import type { ReportModel } from '@/lib/report/build-report'
import { ReportPdf } from './report-pdf'

/** Renders the report model as PDF bytes in the calling thread (the worker, and tests). */
export async function renderReportPdf(model: ReportModel): Promise<Uint8Array> {
  return new Uint8Array(await renderToBuffer(<ReportPdf m={model} />))
}
