// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ErrorPage from '@/app/error'

afterEach(cleanup)

describe('the error page', () => {
  it('shows a friendly message with the error reference and lets the user try again', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const reset = vi.fn()
    render(<ErrorPage error={Object.assign(new Error('boom'), { digest: 'abc123' })} reset={reset} />)
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeTruthy()
    expect(screen.getByText(/answers are kept in this browser/)).toBeTruthy()
    expect(screen.getByText('Error reference: abc123')).toBeTruthy()
    expect(screen.queryByText('boom')).toBeNull() // internals stay out of the page
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(reset).toHaveBeenCalledOnce()
  })
})
