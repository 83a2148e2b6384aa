import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

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

  it('match the container image: non-root user, standalone server, same port', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8')
    expect(dockerfile).toMatch(/USER 10001:10001/)
    expect(dockerfile).toMatch(/CMD \["node", "server.js"\]/)
    expect(deployment.spec.template.spec.securityContext.runAsUser).toBe(10001)
    expect(container.ports[0].containerPort).toBe(3000)
  })
})
