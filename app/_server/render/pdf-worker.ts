// Worker-thread entry: renders report PDFs off the request thread (the layout engine is
// CPU-bound and synchronous), so report downloads never delay health probes or pages.
import type { ReportModel } from '@/lib/report/build-report'
import { renderReportPdf } from './render-pdf'
import { serveJobs } from './worker-protocol'

serveJobs<ReportModel>(renderReportPdf)
