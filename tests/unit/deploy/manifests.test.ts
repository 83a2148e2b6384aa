import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { NODE_OPTIONS } from '@/server/runtime-options.mjs'

type EnvVar = { name: string; value?: string }

/** Strategic-merge semantics for one list: env entries merge by name (what kustomize does). */
function mergeEnvByName(base: EnvVar[], patches: { spec?: { template?: { spec?: { containers?: { name: string; env?: EnvVar[] }[] } } } }[]): EnvVar[] {
  const merged = new Map(base.map((e) => [e.name, e]))
  for (const p of patches)
    for (const c of p.spec?.template?.spec?.containers ?? []) if (c.name === 'web') for (const e of c.env ?? []) merged.set(e.name, { ...merged.get(e.name), ...e })
  return [...merged.values()]
}

const load = (file: string) => parse(readFileSync(`deploy/base/${file}`, 'utf8'))

describe('Kubernetes manifests', () => {
  const kustomization = load('kustomization.yaml')
  const deployment = load('deployment.yaml')
  const container = deployment.spec.template.spec.containers[0]

  it('are all listed in the kustomization', () => {
    expect(kustomization.resources.sort()).toEqual(['deployment.yaml', 'hpa.yaml', 'pdb.yaml', 'service.yaml'])
  })

  it('probe the health endpoint and set requests and limits', () => {
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) expect(container[probe].httpGet.path).toBe('/api/health')
    expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) })
    expect(container.resources.limits).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) })
  })

  it('run as non-root on a read-only root file system with writable scratch space', () => {
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true)
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false })
    expect(container.volumeMounts.map((m: { mountPath: string }) => m.mountPath)).toContain('/tmp')
  })

  it('wire the service, autoscaler and disruption budget to the deployment', () => {
    const labels = deployment.spec.template.metadata.labels
    expect(load('service.yaml').spec.selector).toEqual(labels)
    expect(load('pdb.yaml').spec.selector.matchLabels).toEqual(labels)
    const hpa = load('hpa.yaml')
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name })
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2)
    expect(load('service.yaml').spec.ports[0].targetPort).toBe(container.ports[0].name)
  })

  it('leave no env var blank in the base (a blank value used to take every page down)', () => {
    for (const e of container.env as { name: string; value?: string }[]) expect(e.value, e.name).toBeTruthy()
  })

  it('set the public URL in the production overlay by env var name, not by list position', () => {
    const overlay = parse(readFileSync('deploy/overlays/production/kustomization.yaml', 'utf8'))
    const patches = (overlay.patches as { patch: string }[]).map((p) => parse(p.patch))
    // JSON 6902 patches (a list of ops) address list items by index: not allowed here
    for (const p of patches) expect(Array.isArray(p), 'JSON patch with list indexes').toBe(false)
    const env = mergeEnvByName(container.env, patches)
    const url = env.find((e) => e.name === 'PUBLIC_BASE_URL')?.value
    expect(url).toMatch(/^https:\/\/[a-z0-9.-]+$/)
    // the base's own variables survive the merge
    expect(env.map((e) => e.name)).toEqual(expect.arrayContaining((container.env as { name: string }[]).map((e) => e.name)))
  })

  it('match the container image: non-root user, standalone server, same port', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8')
    expect(dockerfile).toMatch(/USER 10001:10001/)
    expect(dockerfile).toMatch(/CMD \["node", "serve.mjs"\]/)
    expect(deployment.spec.template.spec.securityContext.runAsUser).toBe(10001)
    expect(container.ports[0].containerPort).toBe(3000)
  })

  it('run the server with the same heap caps everywhere it starts', () => {
    expect(readFileSync('Dockerfile', 'utf8')).toContain(`NODE_OPTIONS="${NODE_OPTIONS}"`)
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.start).toContain(`NODE_OPTIONS:-${NODE_OPTIONS}`)
  })
})
