export default function InvalidShareLink() {
  return (
    <section>
      <h1>This share link does not work</h1>
      <p className="lead">
        It is damaged or incomplete: links sometimes lose characters when pasted or wrapped in chat apps. Ask for the
        link again, or build your own stack.
      </p>
      <p>
        <a className="button primary" href="/wizard">
          Start the wizard
        </a>
      </p>
    </section>
  )
}
