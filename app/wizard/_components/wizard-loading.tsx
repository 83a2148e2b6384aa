/** What the wizard shows until it has read the saved answers: the same on the server and the client. */
export function WizardLoading() {
  return (
    <div className="wizard">
      <h1>Day 2 stack wizard</h1>
      <p className="muted">Loading your answers…</p>
    </div>
  )
}
