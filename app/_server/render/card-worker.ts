// Worker-thread entry: renders share-card PNGs off the request thread (layout and rasterizing
// are CPU-bound), so a stream of distinct share links never delays health probes or pages.
import type { CardModel } from '@/lib/share/card-model'
import { renderCardPng } from './render-card'
import { serveJobs } from './worker-protocol'

serveJobs<CardModel>(renderCardPng)
