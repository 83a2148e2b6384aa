import { ImageResponse } from 'next/og'
import { SummaryCard } from '@/app/r/[token]/summary-card'
import type { CardModel } from '@/lib/share/card-model'

/** The 1200x630 share card as PNG bytes, rendered in the calling thread (the worker, and tests). */
export async function renderCardPng(model: CardModel): Promise<Uint8Array> {
  return new Uint8Array(await new ImageResponse(<SummaryCard m={model} />, { width: 1200, height: 630 }).arrayBuffer())
}
