export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <a className="button primary" href="/wizard">
          Start the wizard
        </a>{' '}
        <a className="button" href="/landscape">
          Browse the landscape
        </a>
      </p>
    </section>
  )
}
