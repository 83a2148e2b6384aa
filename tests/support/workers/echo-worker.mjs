// A stand-in render worker for pool tests: upper-cases its input, or misbehaves on request.
import { parentPort } from 'node:worker_threads'

parentPort.on('message', ({ id, input }) => {
  if (input === 'crash') process.exit(3)
  if (input === 'hang') return
  if (input === 'fail') return parentPort.postMessage({ id, ok: false, error: 'bad input' })
  const output = new TextEncoder().encode(String(input).toUpperCase())
  parentPort.postMessage({ id, ok: true, output }, [output.buffer])
})
